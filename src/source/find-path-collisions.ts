/**
 * Finds content files whose paths differ only by letter case or Unicode normalisation
 * (NFC `é` against NFD `e` + accent): they are two files here but one on a case-folding or
 * normalising file system (macOS, Windows), so a checkout there would lose one. Pure.
 */
import type { Issue } from "../diagnostics/issue";

/** The key two colliding paths share: NFC, lower case. */
export function collisionKey(path: string): string {
  return path.normalize("NFC").toLowerCase().normalize("NFC");
}

/** One `file-collision` issue on each file of every colliding group, naming the others. */
export function findPathCollisions(paths: readonly string[]): Issue[] {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const key = collisionKey(path);
    const group = groups.get(key);
    if (group) group.push(path);
    else groups.set(key, [path]);
  }
  const issues: Issue[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((other) => other !== file).sort().map((other) => `\`${other}\``).join(", ");
      const message = `this file's name differs from ${others} only in capitals or accent encoding, so some computers see one file; rename one of them`;
      issues.push({ file, line: 1, column: 1, field: "-", code: "file-collision", severity: "error", message });
    }
  }
  return issues;
}

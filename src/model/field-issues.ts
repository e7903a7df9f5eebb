/**
 * Turns schema findings into editor issues: each at the offending key or list item, with
 * our permanent codes and wording, never the schema library's. Shared by the article and
 * topic-data validators, which supply the per-field wording tables.
 */
import { distance } from "fastest-levenshtein";
import type { z } from "zod";
import type { Issue, IssueCode } from "../diagnostics/issue";
import { fieldName, type FieldPath, type FieldPositions } from "../source/parse-yaml";

/** Wording for one kind of data, keyed by field pattern (`tags[]`, `image.alt`, `` for the top). */
export interface FieldWording {
  /** What a field holds, for type errors: `text`, `true or false`… */
  readonly expected: Readonly<Record<string, string>>;
  /** What to do about a missing or empty field: `add the headline`. */
  readonly hints: Readonly<Record<string, string>>;
  /** The fields a mapping may hold, for "did you mean". */
  readonly known: Readonly<Record<string, readonly string[]>>;
  /** Codes that replace `required` for a missing field (`image.alt` → `image-alt`). */
  readonly missingCodes?: Readonly<Record<string, IssueCode>>;
  /** Codes that replace `empty` for an empty field (`tags` → `tags-count`). */
  readonly emptyCodes?: Readonly<Record<string, IssueCode>>;
}

/** Where issues go and how fields are worded. */
export interface IssueTarget {
  readonly file: string;
  readonly positions: FieldPositions;
  readonly wording: FieldWording;
}

/** Codes a schema rule may raise directly; anything else is worded here. */
const ruleCodes: ReadonlySet<string> = new Set<IssueCode>([
  "empty",
  "date-format",
  "date-invalid",
  "slug-format",
  "url-format",
  "lang-unknown",
]);

function isRuleCode(code: unknown): code is IssueCode {
  return typeof code === "string" && ruleCodes.has(code);
}

/** `tags[2]` → `tags[]`, so one wording covers every item. */
export function fieldPattern(path: FieldPath): string {
  const name = fieldName(path.map((part) => (typeof part === "number" ? -1 : part)));
  return name === "-" ? "" : name.replaceAll("[-1]", "[]");
}

/** An issue at `path`, positioned from the YAML. */
export function issueAt(target: IssueTarget, path: FieldPath, code: IssueCode, message: string, severity: Issue["severity"] = "error"): Issue {
  const { line, column } = target.positions.of(path);
  return { file: target.file, line, column, field: fieldName(path), code, severity, message };
}

/** "`tag` is not a known field; did you mean `tags`?" */
export function unknownFieldIssue(target: IssueTarget, path: FieldPath): Issue {
  const name = String(path[path.length - 1]);
  const known = target.wording.known[fieldPattern(path.slice(0, -1))] ?? [];
  const suggestion = suggest(name, known);
  const where = path.length > 1 ? ` in \`${fieldName(path.slice(0, -1))}\`` : "";
  const advice = suggestion ? `did you mean \`${suggestion}\`?` : "remove it or correct its name";
  return issueAt(target, path, "unknown-field", `\`${name}\` is not a known field${where}; ${advice}`);
}

/** The known name within edit distance 2 of `name` (case ignored), if any. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const gap = distance(name.toLowerCase(), candidate.toLowerCase());
    if (gap < bestDistance) {
      best = candidate;
      bestDistance = gap;
    }
  }
  return best;
}

/** Describes a value the way an editor wrote it: `"yes"`, `the number 12`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (value instanceof Uint8Array) return "binary data";
  if (typeof value === "object") return "a group of fields";
  return "something else";
}

/** Maps every schema finding for `input` to our issues. */
export function schemaIssues(target: IssueTarget, input: unknown, findings: readonly z.core.$ZodIssue[]): Issue[] {
  const issues: Issue[] = [];
  for (const finding of findings) {
    const path = finding.path.filter((part): part is string | number => typeof part !== "symbol");
    if (finding.code === "unrecognized_keys") {
      for (const key of finding.keys) issues.push(unknownFieldIssue(target, [...path, key]));
      continue;
    }
    issues.push(findingIssue(target, input, path, finding));
  }
  return issues;
}

function findingIssue(target: IssueTarget, input: unknown, fullPath: FieldPath, finding: z.core.$ZodIssue): Issue {
  // A scalar written where a group of fields is allowed (`source: ""`) is reported at its own key.
  const path = scalarPrefix(input, fullPath);
  const pattern = fieldPattern(path);
  const field = fieldName(path);
  const { wording } = target;
  const hint = wording.hints[pattern] ?? "write a value or remove the line";
  const present = hasPath(input, path);
  const value = valueAt(input, path);

  if (!present || value === null || (finding.code === "custom" && finding.params?.["code"] === "empty")) {
    if (!present) return issueAt(target, path, wording.missingCodes?.[pattern] ?? "required", `\`${field}\` is required: ${hint}`);
    return issueAt(target, path, wording.emptyCodes?.[pattern] ?? "empty", `\`${field}\` is empty: ${hint}`);
  }
  if (finding.code === "custom") {
    const code: unknown = finding.params?.["code"];
    if (isRuleCode(code)) return issueAt(target, path, code, finding.message);
  }
  const expected = wording.expected[pattern] ?? "something else";
  const quoted = expected === "text" && (typeof value === "number" || typeof value === "boolean");
  const quoteAdvice = quoted ? `; put it in quotes: "${String(value)}"` : "";
  return issueAt(target, path, "type", `expected ${expected}, got ${describeValue(value)}${quoteAdvice}`);
}

function scalarPrefix(input: unknown, path: FieldPath): FieldPath {
  let current = input;
  for (let index = 0; index < path.length; index += 1) {
    if (typeof current !== "object" || current === null) return path.slice(0, index);
    current = childOf(current, path[index]);
  }
  return path;
}

function hasPath(input: unknown, path: FieldPath): boolean {
  let current = input;
  for (const part of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, part)) return false;
    current = childOf(current, part);
  }
  return true;
}

function valueAt(input: unknown, path: FieldPath): unknown {
  let current = input;
  for (const part of path) current = typeof current === "object" && current !== null ? childOf(current, part) : undefined;
  return current;
}

function childOf(container: object, part: string | number | undefined): unknown {
  if (part === undefined || !Object.hasOwn(container, part)) return undefined;
  return (container as Record<string | number, unknown>)[part];
}

/**
 * `communique related <slug>`: explains an article's Related Topics: each entry with
 * its score and the shared topics behind it, or why it fills the block.
 */
import { parseArgs } from "node:util";
import { prepareSite } from "../build/prepare-site";
import { formatIssues } from "../diagnostics/format-issues";
import { hasErrors } from "../diagnostics/issue";
import { relatedMatches, type Bulletin } from "../model/build-bulletin";
import { buildTimeVariable, resolveBuildTime } from "../time/build-time";
import { loadProject, type CommandIo } from "./project";

/** Lines describing the Related Topics of the entry at `index`. */
export function explainRelated(bulletin: Bulletin, index: number): string[] {
  const entry = bulletin.entries[index];
  if (!entry) return [];
  const name = (slug: string) => bulletin.topics.get(slug)?.topic.name ?? slug;
  const lines = [
    `${entry.article.title}`,
    `  ${entry.url}  (${entry.article.file})`,
    `  topics: ${entry.topics.map(name).join(", ")}`,
    "",
  ];
  const matches = relatedMatches(bulletin, index);
  if (matches.length === 0) lines.push("  No related articles.");
  matches.forEach((match, i) => {
    const other = bulletin.entries[match.entry];
    if (!other) return;
    const why =
      match.reason === "topics"
        ? `shares ${match.shared.map(name).join(", ")}`
        : `newest in section ${other.article.section} (fills the block)`;
    lines.push(`  ${i + 1}. ${match.score.toFixed(3).padStart(7)}  ${other.article.title}`);
    lines.push(`     ${other.url}  ${other.article.date.toISODate()}  ${why}`);
  });
  return lines;
}

/** Runs the command; returns the exit code. */
export async function runRelated(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { root: { type: "string", default: io.cwd }, "build-time": { type: "string" } },
  });
  const slug = positionals[0];
  if (!slug) {
    io.stderr("Usage: communique related <slug>   (the last part of an article's URL)");
    return 2;
  }
  const project = await loadProject(values.root);
  const buildTime = resolveBuildTime(values["build-time"] ?? process.env[buildTimeVariable], new Date(), project.config.timeZone);
  const prepared = await prepareSite({ ...project, mode: "production", buildTime, modelOnly: true });
  if (hasErrors(prepared.issues) || !prepared.bulletin) {
    io.stderr(formatIssues(prepared.issues, { articles: prepared.files }));
    return 1;
  }
  const { bulletin } = prepared;
  const matches = bulletin.entries.flatMap((entry, index) => (entry.article.slug === slug ? [index] : []));
  if (matches.length === 0) {
    io.stderr(`No published article has the slug "${slug}".`);
    return 1;
  }
  io.stdout(matches.map((index) => explainRelated(bulletin, index).join("\n")).join("\n\n"));
  return 0;
}

/**
 * `communique build`: the production build into `_site/`, atomic. Prints every problem
 * (and writes nothing) on bad content; on success, what was written and when the next
 * scheduled article falls due, so a scheduled rebuild can publish it.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "../build/build-site";
import { formatIssues } from "../diagnostics/format-issues";
import { buildTimeVariable, resolveBuildTime } from "../time/build-time";
import { loadProject, type CommandIo } from "./project";

/** Runs the command; returns the exit code. */
export async function runBuild(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      root: { type: "string", default: io.cwd },
      output: { type: "string" },
      "build-time": { type: "string" },
    },
  });
  const started = performance.now();
  const project = await loadProject(values.root);
  const buildTime = resolveBuildTime(values["build-time"] ?? process.env[buildTimeVariable], new Date(), project.config.timeZone);
  const output = values.output ? resolve(io.cwd, values.output) : join(project.root, "_site");
  const report = await buildSite({ ...project, buildTime, output });
  const { prepared } = report;
  if (prepared.issues.length > 0 || !report.ok) io.stderr(formatIssues(prepared.issues, { articles: prepared.files }));
  if (!report.ok) {
    io.stderr("Nothing was written; the previous site is untouched.");
    return 1;
  }
  const articles = prepared.bulletin?.entries.length ?? 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const search = (report.searchTime / 1000).toFixed(2);
  io.stdout(
    `Built ${articles} articles (${report.pages} pages) into ${output} in ${seconds} s (search index ${search} s), as of ${buildTime.toISO()}.`,
  );
  const next = prepared.bulletin?.nextScheduled;
  if (next) io.stdout(`Next scheduled article: ${next.file}, due ${next.date.toISO()}; rebuild then to publish it.`);
  return 0;
}

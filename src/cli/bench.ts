/**
 * `communique bench --articles N`: generates a realistic N-article bulletin in a temporary
 * folder, builds it for production in this process, and prints wall time, the time of
 * each phase, pages written and peak memory. Measures; never asserts.
 */
import { mkdtemp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { generateCorpus, generateTopicData } from "../bench/generate-corpus";
import { scaffoldProject } from "../bench/scaffold-project";
import { buildSite } from "../build/build-site";
import { resolveSiteConfig } from "../config";
import { formatIssues } from "../diagnostics/format-issues";
import type { CommandIo } from "./project";

/** Runs the benchmark; returns the exit code. */
export async function runBench(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      articles: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
    },
  });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 1) {
    io.stderr(`--articles must be a whole number of at least 1, not "${values.articles}".`);
    return 2;
  }
  const config = resolveSiteConfig({ name: "Bench Bulletin" });
  const buildTime = DateTime.fromISO("2026-11-28T12:00:00", { zone: config.timeZone });
  const root = await mkdtemp(join(tmpdir(), "communique-bench-"));
  try {
    const generatedAt = performance.now();
    await scaffoldProject(root, { name: config.name });
    await mkdir(join(root, "content", "_data"), { recursive: true });
    await writeFile(join(root, "content", "_data", "topics.yaml"), generateTopicData(Number(values.seed)));
    for (const file of generateCorpus({ articles: count, seed: Number(values.seed), startDate: buildTime })) {
      const path = join(root, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
    }
    io.stdout(`Generated ${count} articles in ${seconds(performance.now() - generatedAt)} s (${root}).`);

    const started = performance.now();
    const report = await buildSite({ root, config, buildTime, output: join(root, "_site") });
    const wall = performance.now() - started;
    if (!report.ok) {
      io.stderr(formatIssues(report.prepared.issues, { articles: report.prepared.files }));
      return 1;
    }
    const { times } = report.prepared;
    const pages = await countFiles(join(root, "_site"), ".html");
    const rows: [string, string][] = [
      ["articles", String(count)],
      ["pages written", String(pages)],
      ["wall s", seconds(wall)],
      ["  load + validate s", seconds(times.load)],
      ["  model (topics, related) s", seconds(times.model)],
      ["  views (markdown, view models) s", seconds(times.views)],
      ["  render + write (Eleventy) s", seconds(report.renderTime)],
      ["peak RSS MB", (process.resourceUsage().maxRSS / 1024).toFixed(0)],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    io.stdout(rows.map(([label, value]) => `${label.padEnd(width)}  ${value.padStart(9)}`).join("\n"));
    return 0;
  } finally {
    if (!values.keep) await rm(root, { recursive: true, force: true });
  }
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

async function countFiles(folder: string, extension: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((entry) => entry.endsWith(extension)).length;
}

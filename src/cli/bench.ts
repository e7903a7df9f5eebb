/**
 * `communique bench --articles 1000,4000,16000`: for each size, generates a realistic
 * bulletin in a temporary folder, then runs the floor (read, markdown-it, write; no
 * templates) and the full production build on it, each in a child process of its own,
 * and prints one table: wall times, the build's ratio to the floor, the time of each
 * phase, pages written and peak memory. `--rounds N` alternates floor and build N times
 * on each bulletin and shows the round with the median ratio. `--dev` instead measures the
 * edit loop of the dev server on one bulletin (default 4,000 articles). Measures; never
 * asserts.
 */
import { fork } from "node:child_process";
import { createServer } from "node:net";
import { mkdtemp, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { measureDevLoop } from "../bench/dev-loop";
import { drawPicture } from "../bench/draw-picture";
import { generateCorpus, generateTopicData, type CorpusFile } from "../bench/generate-corpus";
import type { Job, JobResult } from "../bench/run-job";
import { scaffoldProject } from "../bench/scaffold-project";
import { formatTable } from "../bench/format-table";
import { defaultSiteConfig, resolveSiteConfig } from "../config";
import { parseArticleFile } from "../source/load-bulletin";
import { articleUrl } from "../urls";
import type { CommandIo } from "./project";

const siteName = "Bench Bulletin";
const defaultSizes = "1000,4000,16000";
const buildTime = "2026-11-28T12:00:00+07:00";
/** Where the floor and the build write, in the generated project. */
const outputFolders = ["_floor", "_site", "_eleventy"];

/** Runs the benchmark; returns the exit code. */
export async function runBench(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      articles: { type: "string", default: defaultSizes },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      dev: { type: "boolean", default: false },
      rounds: { type: "string" },
      images: { type: "string", default: "0" },
    },
  });
  if (values.dev) return runDevBench(values.articles === defaultSizes ? "4000" : values.articles, Number(values.rounds ?? "5"), Number(values.seed), io);
  const sizes = values.articles.split(",").map((text) => Number(text.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    io.stderr(`--articles takes whole numbers of at least 1, separated by commas, not "${values.articles}".`);
    return 2;
  }
  const images = Number(values.images);
  if (!Number.isInteger(images) || images < 0) {
    io.stderr(`--images takes a whole number, not "${values.images}".`);
    return 2;
  }
  const rounds = Number(values.rounds ?? "1");
  if (!Number.isInteger(rounds) || rounds < 1) {
    io.stderr(`--rounds takes a whole number of at least 1, not "${values.rounds}".`);
    return 2;
  }
  const rows: Row[] = [];
  for (const size of sizes) {
    const root = await mkdtemp(join(tmpdir(), "communique-bench-"));
    try {
      const generatedAt = performance.now();
      await generateProject(root, size, Number(values.seed), images);
      io.stdout(`Generated ${size} articles in ${seconds(performance.now() - generatedAt)} s${values.keep ? ` (${root})` : ""}.`);
      // Rounds alternate the floor and the build, so a slow spell of the machine weighs
      // on both; the table shows the round with the median ratio.
      const measured: Row[] = [];
      for (let round = 0; round < rounds; round++) {
        // Every round starts from no output, like the first: a build replacing a previous
        // site would add the time of deleting it. The outputs are moved aside and deleted
        // only after the last round, as deleting thousands of files slows the disk's
        // writes for a while after.
        for (const folder of round > 0 ? outputFolders : []) await rename(join(root, folder), join(root, `${folder}-${round}`));
        const floor = await runChild({ kind: "floor", root, siteName, buildTime });
        const build = await runChild({ kind: "build", root, siteName, buildTime });
        // With pictures, a second build shows what the image cache saves.
        const rebuild = images > 0 && build.ok && round === 0 ? await runChild({ kind: "build", root, siteName, buildTime }) : undefined;
        if (build.ok && rebuild?.ok) {
          const first = seconds(build.phases["images"] ?? 0);
          io.stdout(`Pictures: ${images}, processed in ${first} s; in a second build, from the image cache, ${seconds(rebuild.phases["images"] ?? 0)} s.`);
        }
        // Eleventy alone writing the files this build wrote: the part of the build that is
        // Eleventy's, whatever our own code costs.
        const eleventy = build.ok ? await runChild({ kind: "eleventy", root, siteName, buildTime }) : build;
        if (!floor.ok || !build.ok || !eleventy.ok) {
          const [job, failed] = !floor.ok ? ["floor", floor] : !build.ok ? ["build", build] : ["Eleventy floor", eleventy];
          io.stderr(`The ${job} of ${size} articles failed: ${failed.ok ? "" : failed.message}`);
          return 1;
        }
        measured.push({ articles: size, floor, build, eleventy, pages: await countFiles(join(root, "_site"), ".html") });
      }
      for (let round = 1; round < rounds; round++) {
        await Promise.all(outputFolders.map((folder) => rm(join(root, `${folder}-${round}`), { recursive: true, force: true })));
      }
      const shown = medianRound(measured);
      rows.push(shown);
      if (rounds > 1) {
        const ratios = measured.map(ratioToFloor).sort((a, b) => a - b);
        io.stdout(`${size} articles, ${rounds} rounds: × floor ${ratios.map((ratio) => ratio.toFixed(2)).join(", ")}; the table shows the median round.`);
      }
      io.stdout(formatTable(rows.map(toColumns)));
    } finally {
      if (!values.keep) await rm(root, { recursive: true, force: true });
    }
  }
  return 0;
}

type Measured = Extract<JobResult, { ok: true }>;

/** One size's measurements: what a row of the table shows. */
export interface Row {
  readonly articles: number;
  readonly pages: number;
  readonly floor: Measured;
  readonly build: Measured;
  /** Eleventy alone writing the files the build wrote (see `writeBuiltSiteWithEleventy`). */
  readonly eleventy: Measured;
}

/** The build's time without pictures and search (reported on their own) over the floor's. */
export function ratioToFloor({ floor, build }: Row): number {
  return pagesTimeOf(build) / floor.wall;
}

/**
 * Of several rounds on one bulletin, the one whose ratio to the floor is the median (the
 * lower of the middle two for an even number), so every column of the row is one run's.
 */
export function medianRound(rounds: readonly Row[]): Row {
  const sorted = [...rounds].sort((a, b) => ratioToFloor(a) - ratioToFloor(b));
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!middle) throw new Error("medianRound: no rounds.");
  return middle;
}

function pagesTimeOf(build: Measured): number {
  return build.wall - (build.phases["images"] ?? 0) - (build.phases["search"] ?? 0);
}

/**
 * One table row: the headings in order, each with its value. `model` includes Related
 * Topics, which `related` also shows alone.
 */
export function toColumns(row: Row): [string, string][] {
  const { articles, pages, floor, build, eleventy } = row;
  const phase = (name: string): string => {
    const time = build.phases[name];
    return time === undefined ? "-" : seconds(time);
  };
  // Pictures and the search index are reported on their own; the floor has neither.
  const pagesTime = pagesTimeOf(build);
  return [
    ["articles", String(articles)],
    ["pages", String(pages)],
    ["floor s", seconds(floor.wall)],
    ["build s", seconds(pagesTime)],
    ["× floor", ratioToFloor(row).toFixed(2)],
    ["11ty alone s", seconds(eleventy.wall)],
    ["11ty × floor", (eleventy.wall / floor.wall).toFixed(2)],
    ["ms/article", (pagesTime / articles).toFixed(2)],
    ["load", phase("load")],
    ["model", phase("model")],
    ["related", phase("related")],
    ["views", phase("views")],
    ["feeds+maps", phase("files")],
    ["render+write", phase("render")],
    ["images", phase("images")],
    ["search", phase("search")],
    ["peak MB", megabytes(build.peakRss)],
    ["floor MB", megabytes(floor.peakRss)],
  ];
}

/** `bench --dev`: one bulletin, the dev server's edit loop. */
async function runDevBench(articles: string, rounds: number, seed: number, io: CommandIo): Promise<number> {
  const count = Number(articles);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1) {
    io.stderr(`--dev takes one --articles number and --rounds of at least 1, not "${articles}" and "${rounds}".`);
    return 2;
  }
  const root = await mkdtemp(join(tmpdir(), "communique-bench-dev-"));
  try {
    const first = await generateProject(root, count, seed);
    const config = resolveSiteConfig({ name: siteName });
    const parsed = parseArticleFile(first.path, first.text, { config, imageExists: () => false });
    if (!parsed.article) throw new Error(`The generated article ${first.path} is not valid.`);
    const url = articleUrl(parsed.article.date.setZone(config.timeZone), parsed.article.slug);
    io.stdout(`Generated ${count} articles; starting the dev server and editing ${first.path} (${rounds} rounds).`);
    const report = await measureDevLoop({ root, file: first.path, url, port: await freePort(), rounds });
    const summary = (times: readonly number[]): string =>
      `median ${seconds(median(times))} s, worst ${seconds(Math.max(...times))} s (${times.map(seconds).join(", ")})`;
    io.stdout(
      [
        `dev server ready (first full build) in ${seconds(report.startup)} s`,
        `body edit shown in:  ${summary(report.body)}`,
        `tag edit shown in:   ${summary(report.tags)}`,
      ].join("\n"),
    );
    return 0;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Writes a generated bulletin of `articles` (`images` of them with a picture) into `root`; returns its first article file. */
async function generateProject(root: string, articles: number, seed: number, images = 0): Promise<CorpusFile> {
  await scaffoldProject(root, { name: siteName });
  await mkdir(join(root, "content", "_data"), { recursive: true });
  await writeFile(join(root, "content", "_data", "topics.yaml"), generateTopicData(seed));
  const startDate = DateTime.fromISO(buildTime, { zone: defaultSiteConfig.timeZone });
  let first: CorpusFile | undefined;
  for (const file of generateCorpus({ articles, seed, startDate, images })) {
    first ??= file;
    const path = join(root, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
    if (file.picture) await writeFile(join(root, file.picture.path), await drawPicture(file.picture));
  }
  if (!first) throw new Error("The generated bulletin has no article.");
  return first;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A TCP port no one listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs a job in a fresh Node process with the default heap; resolves with what it sent. */
function runChild(job: Job): Promise<JobResult> {
  const entry = fileURLToPath(new URL("../bench/run-job.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    const child = fork(entry, [JSON.stringify(job)], { execArgv: ["--import", import.meta.resolve("tsx")], stdio: "inherit" });
    let result: JobResult | undefined;
    child.on("message", (message) => {
      result = message as JobResult;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      resolve(result ?? { ok: false, message: `the ${job.kind} process ended (${signal ?? `exit code ${code}`}) without a result` });
    });
  });
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

function megabytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(0);
}

async function countFiles(folder: string, extension: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true });
  return entries.filter((entry) => entry.endsWith(extension)).length;
}

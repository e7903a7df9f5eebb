/**
 * `communique bench --dev`: how long an editor waits under the dev server. Starts the
 * real `communique serve` on a generated bulletin, then, several times over, saves a
 * change to one article and polls the served pages until the change shows: a new
 * sentence in the body (its page), and a new tag (the new topic's page lists it).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toSlug } from "../slug";

/** What to measure. */
export interface DevLoopOptions {
  /** The generated project. */
  readonly root: string;
  /** Project-relative path of the article to edit. */
  readonly file: string;
  /** Its page, site-relative: `/2020/01/17/some-slug/`. */
  readonly url: string;
  readonly port: number;
  /** Edits of each kind. */
  readonly rounds: number;
}

/** Milliseconds from saving the file until the served page showed the change. */
export interface DevLoopReport {
  /** From starting the server until the article's page was served. */
  readonly startup: number;
  readonly body: readonly number[];
  readonly tags: readonly number[];
}

/** Gives up on a change that has not shown after this long. */
const changeTimeout = 120_000;
/** How long a warm-up save may take to show before it is saved again, and how often. */
const warmUpWait = 10_000;
const warmUpAttempts = 30;
/** Time between two requests for a page. */
const pollInterval = 20;

/** Runs the dev server on `options.root` and measures the edit loop; always stops the server. */
export async function measureDevLoop(options: DevLoopOptions): Promise<DevLoopReport> {
  const { root, file, url, port } = options;
  const started = performance.now();
  const server = startServer(root, port);
  try {
    const base = `http://localhost:${port}`;
    await waitFor(`${base}${url}`, () => true, 600_000, server);
    const startup = performance.now() - started;
    const path = join(root, file);
    // The server answers before its file watcher is ready, and a save before that is never
    // seen: save a first, unmeasured change until it shows.
    for (let attempt = 1; ; attempt += 1) {
      const marker = `Bench warm-up ${attempt}`;
      await writeFile(path, appendSentence(await readFile(path, "utf8"), `${marker}.`));
      const shown = await waitFor(`${base}${url}`, (html) => html.includes(marker), warmUpWait, server).then(
        () => true,
        () => false,
      );
      if (shown) break;
      if (attempt === warmUpAttempts) throw new Error(`The dev server did not pick up changes to ${file}.`);
    }
    const body: number[] = [];
    const tags: number[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      const marker = `Bench edit ${round} ${Date.now()}`;
      const text = await readFile(path, "utf8");
      let saved = performance.now();
      await writeFile(path, appendSentence(text, `${marker}.`));
      await waitFor(`${base}${url}`, (html) => html.includes(marker), changeTimeout, server);
      body.push(performance.now() - saved);

      const topic = `Bench topic ${round} ${Date.now()}`;
      const edited = await readFile(path, "utf8");
      saved = performance.now();
      await writeFile(path, addTag(edited, topic));
      await waitFor(`${base}/topics/${toSlug(topic)}/`, (html) => html.includes(`href="${url}"`), changeTimeout, server);
      tags.push(performance.now() - saved);
    }
    return { startup, body, tags };
  } finally {
    await stopServer(server);
  }
}

/** `text` (a whole article file) with `sentence` as a new last paragraph of its body. */
export function appendSentence(text: string, sentence: string): string {
  return `${text.trimEnd()}\n\n${sentence}\n`;
}

/**
 * `text` (a whole article file whose tags are a block list, `tags:` then `  - Tag` lines)
 * with `tag` added as the last tag.
 */
export function addTag(text: string, tag: string): string {
  const lines = text.split("\n");
  const start = lines.indexOf("tags:");
  if (start === -1) throw new Error("addTag: the front matter has no `tags:` block list.");
  let end = start + 1;
  while (lines[end]?.startsWith("  - ")) end += 1;
  lines.splice(end, 0, `  - ${tag}`);
  return lines.join("\n");
}

function startServer(root: string, port: number): ChildProcess {
  const main = fileURLToPath(new URL("../cli/main.ts", import.meta.url));
  return spawn(process.execPath, ["--import", import.meta.resolve("tsx"), main, "serve", "--root", root, "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid, "SIGTERM");
  await exited;
}

/** Polls `url` until its page satisfies `done`; fails after `timeout` ms or if the server ends. */
async function waitFor(url: string, done: (html: string) => boolean, timeout: number, server: ChildProcess): Promise<void> {
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The dev server ended (exit code ${server.exitCode}).`);
    const html = await fetch(url, { cache: "no-store" })
      .then(async (response) => (response.ok ? response.text() : undefined))
      .catch(() => undefined);
    if (html !== undefined && done(html)) return;
    await new Promise((resolve) => setTimeout(resolve, pollInterval));
  }
  throw new Error(`${url} did not show the change within ${timeout / 1000} s.`);
}

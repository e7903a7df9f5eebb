/**
 * The production build, atomic: validate and model first; render into a fresh sibling
 * folder and build its search index there; swap it in only when everything succeeded. A
 * failed build leaves the previous output exactly as it was, and no page of a deleted
 * article survives a good one.
 */
import { randomBytes } from "node:crypto";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { DateTime } from "luxon";
import type { SiteConfig } from "../config";
import { hasErrors } from "../diagnostics/issue";
import { releasePageMemory, withPageMemory } from "../eleventy/page-memory";
import { handOff } from "../eleventy/run-context";
import { writeWithEleventy } from "../eleventy/run-eleventy";
import { buildTextFiles, feedArticleIndexes, type FeedArticle } from "../feeds/build-text-files";
import { indexSite } from "../search/index-site";
import type { ArticlePageView, SiteData } from "../views/types";
import { splitIntoBatches, withOnlyPages } from "./page-lists";
import { prepareSite, type PreparedSite } from "./prepare-site";

/**
 * Most pages one Eleventy run writes. Fewer runs cost a little start-up time each; more
 * pages per run cost memory (about 80 KB a page while the run lasts, and what the garbage
 * collector has not yet freed of the runs before). At 16,000 articles, 1,000 pages a run
 * peaked at 1.33 GB where 4,000 peaked at 1.50 GB, in the same time.
 */
export const pagesPerRun = 1000;

export interface BuildOptions {
  readonly root: string;
  readonly config: SiteConfig;
  readonly buildTime: DateTime;
  /** Absolute output folder. */
  readonly output: string;
  /** Most pages one Eleventy run writes. @default pagesPerRun */
  readonly pagesPerRun?: number;
}

export interface BuildReport {
  readonly ok: boolean;
  /** The prepared bulletin; its times include the article views and text files made here. */
  readonly prepared: PreparedSite;
  /** HTML pages written (articles, lists, archives, home, topics index, 404). */
  readonly pages: number;
  /** Milliseconds spent in Eleventy (render and write); 0 when not reached. */
  readonly renderTime: number;
  /** Milliseconds spent building the search index (Pagefind); 0 when not reached. */
  readonly searchTime: number;
}

/** Builds the bulletin into `options.output`, or leaves it untouched. */
export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  await recoverInterruptedSwap(options.output);
  const prepared = await prepareSite({ ...options, mode: "production", articlesOnDemand: true });
  if (hasErrors(prepared.issues)) return { ok: false, prepared, pages: 0, renderTime: 0, searchTime: 0 };
  const { bulletin, data, articleView } = prepared;
  if (!bulletin || !data || !articleView) throw new Error("buildSite: a bulletin without errors was prepared without its pages.");

  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const fresh = `${options.output}.new-${suffix}`;
  const perRun = options.pagesPerRun ?? pagesPerRun;
  let images = prepared.images;
  let pages = 0;
  let renderTime = 0;
  let searchTime = 0;
  let viewTime = 0;
  let fileTime = 0;
  // Eleventy keeps every page of a run in memory until the run ends: a bounded number of
  // pages per run keeps memory flat however large the bulletin is.
  const run = async (part: SiteData): Promise<void> => {
    const started = performance.now();
    // The pictures are put into the output once, with the first run.
    handOff({ ...prepared, data: part, images });
    images = [];
    // Each run cuts its pages' bytes from the memory the run before used (see page-memory).
    await withPageMemory(() => writeWithEleventy({ root: options.root, output: fresh, runMode: "build" }));
    renderTime += performance.now() - started;
  };
  try {
    // Article pages first, a run at a time, their views made just before: their rendered
    // bodies are never all in memory at once. The feeds keep those of the articles they show.
    const inFeeds = feedArticleIndexes(bulletin);
    const feedArticles = new Map<string, FeedArticle>();
    let searchable = 0;
    for (let start = 0; start < bulletin.entries.length; start += perRun) {
      const viewing = performance.now();
      const views: ArticlePageView[] = [];
      for (let index = start; index < Math.min(start + perRun, bulletin.entries.length); index++) {
        const view = articleView(index);
        views.push(view);
        if (view.search) searchable += 1;
        if (inFeeds.has(index)) {
          // As UTF-8 bytes, outside the JavaScript heap, until the feeds are written.
          const bodyHtml = Buffer.from(view.bodyHtml, "utf8");
          feedArticles.set(view.path, { bodyHtml, ...(view.figure ? { figure: view.figure } : {}) });
        }
      }
      viewTime += performance.now() - viewing;
      await run(withOnlyPages(data, { articles: views }));
      pages += views.length;
    }
    const filing = performance.now();
    const files = buildTextFiles(bulletin, data, options.buildTime, { articles: feedArticles });
    fileTime = performance.now() - filing;
    feedArticles.clear();
    for (const part of splitIntoBatches({ ...data, files }, perRun)) await run(part);
    pages += data.topicPages.length + data.sectionPages.length + data.archives.length + data.singles.length;
    // Indexed before the swap: when indexing fails, the previous site stays in place.
    searchTime = (await indexSite({ site: fresh, language: options.config.lang, pages: searchable })).time;
  } catch (error) {
    await rm(fresh, { recursive: true, force: true });
    throw error;
  } finally {
    handOff(undefined);
    releasePageMemory();
  }

  const previous = `${options.output}.old-${suffix}`;
  const hadOutput = await exists(options.output);
  if (hadOutput) await rename(options.output, previous);
  await rename(fresh, options.output);
  if (hadOutput) await rm(previous, { recursive: true, force: true });
  const times = { ...prepared.times, views: prepared.times.views + viewTime, files: fileTime };
  return { ok: true, prepared: { ...prepared, times }, pages, renderTime, searchTime };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A build killed between its two renames leaves no output folder, only the previous one
 * set aside as `<output>.old-*`: put it back. Half-built `<output>.new-*` folders of killed
 * builds are removed. Runs before every build, so the previous site is never lost.
 */
async function recoverInterruptedSwap(output: string): Promise<void> {
  const parent = dirname(output);
  const name = basename(output);
  const siblings = await readdir(parent).catch(() => [] as string[]);
  const setAside = siblings.filter((entry) => entry.startsWith(`${name}.old-`));
  if (!(await exists(output)) && setAside.length > 0) {
    const [latest] = (
      await Promise.all(setAside.map(async (entry) => ({ entry, time: (await stat(join(parent, entry))).mtimeMs })))
    ).sort((a, b) => b.time - a.time);
    if (latest) await rename(join(parent, latest.entry), output);
  }
  const leftovers = (await readdir(parent)).filter((entry) => entry.startsWith(`${name}.new-`) || entry.startsWith(`${name}.old-`));
  await Promise.all(leftovers.map((entry) => rm(join(parent, entry), { recursive: true, force: true })));
}
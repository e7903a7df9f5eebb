/**
 * Builds the Pagefind search index of a rendered site in place: reads the folder's article
 * pages and writes the bundle (`pagefind.js`, the index and its fragments) into
 * `<site>/pagefind/`. Pagefind indexes only the pages marked `data-pagefind-body`: the
 * published article pages. Runs are queued, one at a time per process, because Pagefind
 * works as one service process; it is stopped once no run is left.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { articlePagesGlob, searchBundleUrl } from "../urls";
import type { ArticlePageView } from "../views/types";

export interface SearchIndexOptions {
  /** Absolute path of the rendered site. */
  readonly site: string;
  /**
   * The bulletin's language. Every article goes into one index in this language, so the
   * search page finds articles in every language the bulletin publishes.
   */
  readonly language: string;
  /**
   * How many pages carry `data-pagefind-body`. With 0 an empty index is written: Pagefind
   * would otherwise index every page of a site where no page is marked.
   */
  readonly pages: number;
  /**
   * Fail unless Pagefind indexed exactly `pages` pages: a page that lost its marks, or a
   * stray page that gained them, fails the build instead of changing search quietly.
   * @default true
   */
  readonly strict?: boolean;
}

export interface SearchIndexReport {
  /** Pages in the index. */
  readonly pages: number;
  /** Milliseconds spent indexing and writing. */
  readonly time: number;
}

let queued = 0;
let last: Promise<unknown> = Promise.resolve();

/** Indexes `options.site`, after any run already queued in this process. */
export async function indexSite(options: SearchIndexOptions): Promise<SearchIndexReport> {
  queued++;
  const previous = last;
  let release = (): void => undefined;
  last = new Promise<void>((resolve) => (release = resolve));
  try {
    await previous;
    return await writeIndex(options);
  } finally {
    queued--;
    // The service is a child process: left running, it would keep the CLI from exiting.
    if (queued === 0) await pagefind.close();
    release();
  }
}

/**
 * Stops the Pagefind service, and with it every run in progress: their promises reject.
 * The dev server calls this when a new build starts, so indexing never competes with it.
 */
export async function stopIndexing(): Promise<void> {
  await pagefind.close();
}

async function writeIndex(options: SearchIndexOptions): Promise<SearchIndexReport> {
  const started = performance.now();
  const created = await pagefind.createIndex({ forceLanguage: options.language });
  const { index } = created;
  if (index === undefined) throw searchError(options.site, created.errors);
  try {
    if (options.pages > 0) {
      // Only article pages can carry the marks; reading no other page saves a fifth of the time.
      const added = await index.addDirectory({ path: options.site, glob: articlePagesGlob });
      if (added.errors.length > 0) throw searchError(options.site, added.errors);
    }
    const bundle = join(options.site, searchBundleUrl);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw searchError(options.site, written.errors);
    const pages = indexedPages(JSON.parse(await readFile(join(bundle, "pagefind-entry.json"), "utf8")));
    if ((options.strict ?? true) && pages !== options.pages) {
      throw new Error(`The search index of ${options.site} holds ${pages} pages; ${options.pages} were marked for it.`);
    }
    return { pages, time: performance.now() - started };
  } finally {
    await index.deleteIndex();
  }
}

/** How many of the article pages are indexed: the published ones, which carry `search`. */
export function searchablePages(articles: readonly ArticlePageView[]): number {
  return articles.filter((article) => article.search !== undefined).length;
}

/** The number of pages in Pagefind's `pagefind-entry.json`, over all its languages. */
export function indexedPages(entry: unknown): number {
  const languages = isRecord(entry) && isRecord(entry["languages"]) ? Object.values(entry["languages"]) : [];
  return languages.reduce<number>((sum, language) => {
    const count = isRecord(language) ? language["page_count"] : undefined;
    return sum + (typeof count === "number" ? count : 0);
  }, 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function searchError(site: string, errors: readonly string[]): Error {
  return new Error(`Pagefind could not index ${site}: ${errors.join("; ") || "no reason given"}`);
}

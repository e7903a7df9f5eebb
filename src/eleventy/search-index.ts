/**
 * Under the dev server, rebuilds the search index after builds so editors can try search in
 * the preview. It is never awaited: the reload does not wait for it, and search catches up
 * a moment after an edit shows. It starts once builds have paused for `quietTime`, so a
 * burst of saves leaves the processor to Eleventy; a build that starts while a run is in
 * progress stops that run (its index would be out of date anyway), and indexing starts
 * again once builds pause. Runs never overlap. Production builds index inside `buildSite`.
 */
import { resolve } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indexSite, stopIndexing } from "../search/index-site";

export interface SearchIndexPluginOptions {
  /** The bulletin's language, the index's language. */
  readonly language: string;
  /** How many pages of the latest prepared bulletin carry `data-pagefind-body`. */
  readonly pages: () => number;
  /**
   * Milliseconds without a new build before indexing starts.
   * @default 1000
   */
  readonly quietTime?: number;
  /** How to index and how to stop a run: Pagefind's, unless a test gives others. */
  readonly indexer?: Indexer;
}

/** Starts an index run; stops every run in progress (their promises reject). */
export interface Indexer {
  readonly index: typeof indexSite;
  readonly stop: () => Promise<void>;
}

/** Registers the background indexing step of the dev server. */
export function searchIndex(eleventyConfig: UserConfig, options: SearchIndexPluginOptions): void {
  const quietTime = options.quietTime ?? 1000;
  const indexer = options.indexer ?? { index: indexSite, stop: stopIndexing };
  let waiting: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = false;

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(start, quietTime);
    // A pending index never keeps the process alive on its own.
    timer.unref();
  };
  const start = (): void => {
    const site = waiting;
    if (running || site === undefined) return;
    waiting = undefined;
    running = true;
    // Not strict: the preview's output keeps pages of articles deleted since it started.
    indexer.index({ site, language: options.language, pages: options.pages(), strict: false })
      .catch((error: unknown) => {
        // A stopped run is done again after the build that stopped it, even if that build fails.
        if (stopped) waiting ??= site;
        else console.error(`The search index was not updated: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        running = false;
        stopped = false;
        if (waiting !== undefined) schedule();
      });
  };

  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: string }) => {
    if ((runMode !== "serve" && runMode !== "watch") || !running) return;
    stopped = true;
    await indexer.stop();
  });
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode !== "serve" && runMode !== "watch") return;
    waiting = resolve(directories.output);
    schedule();
  });
}

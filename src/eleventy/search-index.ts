/**
 * Under the dev server, rebuilds the search index after builds so editors can try search in
 * the preview. It is never awaited: the reload does not wait for it, and search catches up
 * a moment after an edit shows. It starts once builds have paused for `quietTime`, so a
 * burst of saves leaves the processor to Eleventy; runs never overlap, and builds that end
 * during a run are indexed once, after it. Production builds index inside `buildSite`.
 */
import { resolve } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { indexSite } from "../search/index-site";

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
}

/** Registers the background indexing step of the dev server. */
export function searchIndex(eleventyConfig: UserConfig, options: SearchIndexPluginOptions): void {
  const quietTime = options.quietTime ?? 1000;
  let waiting: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;

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
    indexSite({ site, language: options.language, pages: options.pages(), strict: false })
      .catch((error: unknown) => console.error(`The search index was not updated: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = false;
        if (waiting !== undefined) schedule();
      });
  };

  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode !== "serve" && runMode !== "watch") return;
    waiting = resolve(directories.output);
    schedule();
  });
}

/**
 * Gives Eleventy the bulletin as the `communique` global data, prepared before every
 * build (or handed over by the CLI). Under the dev server a bad edit prints its messages
 * and the last good bulletin keeps being served (or, at start-up, the valid articles); in a
 * production build it stops the build. After its first build the dev server reads again
 * only the files that changed and hands Eleventy only the pages whose view changed.
 */
import { rm } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { keepChangedPages, type PageMemory } from "../build/page-lists";
import { createPrepareReuse, prepareSite, type PreparedSite } from "../build/prepare-site";
import type { SiteConfig } from "../config";
import { hasErrors } from "../diagnostics/issue";
import { formatIssues } from "../diagnostics/format-issues";
import { buildTimeVariable, resolveBuildTime } from "../time/build-time";
import type { SiteData } from "../views/types";
import { takePrepared } from "./run-context";

export interface BulletinDataOptions {
  readonly root: string;
  readonly config: SiteConfig;
  /** Receives each successfully prepared bulletin (the image copier needs it). */
  readonly onPrepared: (prepared: PreparedSite) => void;
}

const previewBaseUrl = "http://localhost:8080/";

/** Registers the `communique` global data and re-prepares it before each build. */
export function bulletinData(eleventyConfig: UserConfig, options: BulletinDataOptions): void {
  let current: PreparedSite | undefined;
  // The dev server re-reads and re-renders only what changed since its previous build.
  const reuse = createPrepareReuse();

  // What the previous preview build wrote, so the next one writes only the pages that changed.
  let memory: PageMemory | undefined;
  let served: SiteData | undefined;

  eleventyConfig.addWatchTarget(`${options.root}/content/`);
  // Eleventy waits until a changed file has kept its size for 150 ms before it rebuilds.
  // An editor's save is written in well under a millisecond: 40 ms still lets a slow copy
  // finish, and takes a tenth of a second off every edit.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
  eleventyConfig.on("eleventy.before", async ({ runMode, directories }: { runMode: string; directories: { output: string } }) => {
    const preview = runMode === "serve" || runMode === "watch";
    const prepared =
      takePrepared() ??
      (await prepareSite({
        root: options.root,
        // The dev server serves the output at its root, whatever path the site is published under.
        config: preview ? { ...options.config, baseUrl: previewBaseUrl } : options.config,
        mode: preview ? "preview" : "production",
        buildTime: resolveBuildTime(process.env[buildTimeVariable], new Date(), options.config.timeZone),
        ...(preview ? { reuse } : {}),
      }));
    const report = formatIssues(prepared.issues, { articles: prepared.files });
    if (hasErrors(prepared.issues) && !preview) throw new Error(report);
    if (!preview) {
      current = prepared;
      served = prepared.data;
      options.onPrepared(prepared);
      return;
    }
    // The preview shows every problem in the terminal and at the top of every page.
    const problems = prepared.issues.length > 0 ? report.split("\n") : [];
    if (problems.length > 0) console.error(report);
    if (hasErrors(prepared.issues) && current) {
      console.error("Serving the last good version until these are fixed.");
    } else {
      if (hasErrors(prepared.issues)) console.error("Serving the articles without errors until these are fixed.");
      current = prepared;
      options.onPrepared(prepared);
    }
    const data = current?.data;
    if (!data) return;
    const changed = keepChangedPages(problems.length > 0 ? { ...data, site: { ...data.site, problems } } : data, memory);
    memory = changed.memory;
    served = changed.data;
    await removePages(directories.output, changed.removed);
  });
  // Frozen, so Eleventy hands it to each page as it is: a page's data is a proxy over the
  // global data, which would wrap every object read from it in a proxy of its own, for every
  // read, on every page (about 5% of what a production build allocated).
  eleventyConfig.addGlobalData("communique", () => served && Object.freeze(served));
}

/** Deletes the files of pages that no longer exist from the preview's output folder. */
async function removePages(output: string, paths: readonly string[]): Promise<void> {
  const folder = resolve(output);
  await Promise.all(
    paths.map(async (path) => {
      const file = resolve(folder, `.${path.endsWith("/") ? `${path}index.html` : path}`);
      if (relative(folder, file).startsWith("..")) return;
      await rm(file, { force: true });
    }),
  );
}

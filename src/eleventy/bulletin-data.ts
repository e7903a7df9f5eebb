/**
 * Gives Eleventy the bulletin as the `communique` global data, prepared before every
 * build (or handed over by the CLI). Under the dev server a bad edit prints its messages
 * and the last good bulletin keeps being served (or, at start-up, the valid articles); in a
 * production build it stops the build.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { prepareSite, type PreparedSite } from "../build/prepare-site";
import type { SiteConfig } from "../config";
import { hasErrors } from "../diagnostics/issue";
import { formatIssues } from "../diagnostics/format-issues";
import { buildTimeVariable, resolveBuildTime } from "../time/build-time";
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
  let problems: string[] = [];

  eleventyConfig.addWatchTarget(`${options.root}/content/`);
  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: string }) => {
    const preview = runMode === "serve" || runMode === "watch";
    const prepared =
      takePrepared() ??
      (await prepareSite({
        root: options.root,
        // The dev server serves the output at its root, whatever path the site is published under.
        config: preview ? { ...options.config, baseUrl: previewBaseUrl } : options.config,
        mode: preview ? "preview" : "production",
        buildTime: resolveBuildTime(process.env[buildTimeVariable], new Date(), options.config.timeZone),
      }));
    const report = formatIssues(prepared.issues, { articles: prepared.files });
    if (hasErrors(prepared.issues) && !preview) throw new Error(report);
    if (!preview) {
      current = prepared;
      problems = [];
      options.onPrepared(prepared);
      return;
    }
    // The preview shows every problem in the terminal and at the top of every page.
    problems = prepared.issues.length > 0 ? report.split("\n") : [];
    if (problems.length > 0) console.error(report);
    if (hasErrors(prepared.issues) && current) {
      console.error("Serving the last good version until these are fixed.");
      return;
    }
    if (hasErrors(prepared.issues)) console.error("Serving the articles without errors until these are fixed.");
    current = prepared;
    options.onPrepared(prepared);
  });
  eleventyConfig.addGlobalData("communique", () => {
    const data = current?.data;
    return data && problems.length > 0 ? { ...data, site: { ...data.site, problems } } : data;
  });
}

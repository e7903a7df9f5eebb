/**
 * Everything before rendering, in one pass: load and validate every file, build the
 * model at the build time, publish image facts, make the view models. Stops at the
 * model when any error was found, so nothing is rendered from a bad bulletin.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { extname, basename, join } from "node:path";
import { imageSize } from "image-size";
import type { DateTime } from "luxon";
import type { SiteConfig } from "../config";
import { compareIssues, hasErrors, type Issue } from "../diagnostics/issue";
import { buildTextFiles } from "../feeds/build-text-files";
import { createMarkdownRenderer } from "../markdown/render-markdown";
import { buildBulletin, type Bulletin, type BuildMode } from "../model/build-bulletin";
import { loadBulletin } from "../source/load-bulletin";
import { buildSiteData, type PublishedImage } from "../views/build-site-data";
import type { SiteData } from "../views/types";
import { toSlug } from "../slug";
import { pathIsSafe } from "../urls";

export interface PrepareOptions {
  /** Absolute path of the project (the folder holding `content/`). */
  readonly root: string;
  readonly config: SiteConfig;
  readonly mode: BuildMode;
  readonly buildTime: DateTime;
  /** Stop after the model (no images, Markdown or views), as `check` and `related` do. @default false */
  readonly modelOnly?: boolean;
}

/** An image file to copy into the output: project-relative source, output URL. */
export interface ImageCopy {
  readonly file: string;
  readonly url: string;
}

export interface PhaseTimes {
  /** Reading, parsing and validating every file. */
  readonly load: number;
  /** Topics, publication filter, URLs and Related Topics. */
  readonly model: number;
  /** Image facts, Markdown and view models. */
  readonly views: number;
}

export interface PreparedSite {
  readonly issues: readonly Issue[];
  /** Markdown files read. */
  readonly files: number;
  readonly bulletin?: Bulletin;
  /** Present when there is no error (in preview: always, from the valid articles). */
  readonly data?: SiteData;
  readonly images: readonly ImageCopy[];
  readonly times: PhaseTimes;
}

/** Loads, validates and models the bulletin under `root`; renders nothing. */
export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  const { root, config, mode, buildTime } = options;
  const started = performance.now();
  const loaded = await loadBulletin(root, config);
  const loadedAt = performance.now();
  const { bulletin, issues: modelIssues } = buildBulletin(loaded.articles, loaded.topicData, config, buildTime, mode);
  const modelledAt = performance.now();
  const issues = [...loaded.issues, ...modelIssues].sort(compareIssues);
  const times = { load: loadedAt - started, model: modelledAt - loadedAt, views: 0 };
  // The preview still renders the valid articles when others have errors, so a bulletin
  // that starts out broken can be previewed while it is being fixed.
  const blocked = hasErrors(issues) && mode === "production";
  if (blocked || options.modelOnly) return { issues, files: loaded.files, bulletin, images: [], times };

  const images = await publishImages(root, bulletin);
  const pages = buildSiteData(bulletin, { renderMarkdown: createMarkdownRenderer(), images });
  const data: SiteData = { ...pages, files: buildTextFiles(bulletin, pages, buildTime) };
  const copies = [...images].map(([file, image]) => ({ file, url: image.url }));
  assertSafePaths([...pagesOf(data), ...copies.map((copy) => copy.url)]);
  return {
    issues,
    files: loaded.files,
    bulletin,
    data,
    images: copies,
    times: { ...times, views: performance.now() - modelledAt },
  };
}

/** Reads each shown article's image once: its size, and a content hash for its URL. */
async function publishImages(root: string, bulletin: Bulletin): Promise<Map<string, PublishedImage>> {
  const images = new Map<string, PublishedImage>();
  for (const { article } of bulletin.entries) {
    const file = article.image?.file;
    if (!file || images.has(file)) continue;
    const bytes = await readFile(join(root, file));
    const { width, height } = imageSize(bytes);
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
    const extension = extname(file).toLowerCase();
    // The hash makes the URL change with the picture, so caches never serve an old one.
    images.set(file, { url: `/images/${toSlug(basename(file, extname(file))) || "image"}.${hash}${extension}`, width, height });
  }
  return images;
}

function pagesOf(data: SiteData): string[] {
  return [data.articles, data.topicPages, data.singles, data.archives, data.files].flatMap((list) =>
    list.map((item) => item.path),
  );
}

/**
 * Every output path is made by our code from validated values; this is the last guard that
 * none can leave the output folder. A failure is a bug in Communique, not an editor mistake.
 */
function assertSafePaths(paths: readonly string[]): void {
  const unsafe = paths.find((path) => !pathIsSafe(path));
  if (unsafe !== undefined) throw new Error(`Communique made an unsafe output path: ${JSON.stringify(unsafe)}.`);
}
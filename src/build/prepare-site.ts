/**
 * Everything before rendering, in one pass: load and validate every file, build the
 * model at the build time, publish the pictures (from the image cache), make the view models. Stops at the
 * model when any error was found, so nothing is rendered from a bad bulletin.
 */
import type { DateTime } from "luxon";
import type { SiteConfig } from "../config";
import { compareIssues, hasErrors, type Issue } from "../diagnostics/issue";
import { createAtomWriter, type AtomWriter } from "../feeds/atom";
import { buildTextFiles } from "../feeds/build-text-files";
import { imageCacheVariable, resolveImageCache } from "../images/image-cache";
import { publishImages, type ImageCopy, type ImageStats, type PublishedImages } from "../images/publish-images";
import { createMarkdownRenderer } from "../markdown/render-markdown";
import { buildBulletin, type Bulletin, type BuildMode } from "../model/build-bulletin";
import { rememberBodies, type RememberingRenderer } from "../markdown/remember-bodies";
import type { ArticleMeta } from "../model/article";
import { createArticleCache, loadBulletin, loadBulletinCompact, type ArticleCache, type LoadedBulletin } from "../source/load-bulletin";
import { createArticleViewMemo, type ArticleViewMemo } from "../views/article-view-memo";
import { buildSiteViews } from "../views/build-site-data";
import type { ArticlePageView, SiteData } from "../views/types";
import { pathIsSafe } from "../urls";
import { utf8Text } from "../utf8";

export interface PrepareOptions {
  /** Absolute path of the project (the folder holding `content/`). */
  readonly root: string;
  readonly config: SiteConfig;
  readonly mode: BuildMode;
  readonly buildTime: DateTime;
  /** Stop after the model (no images, Markdown or views), as `check` and `related` do. @default false */
  readonly modelOnly?: boolean;
  /** What the dev server keeps from one build to the next, so unchanged files cost little. */
  readonly reuse?: PrepareReuse;
  /**
   * Leave the article pages and the text files to the caller, who makes the pages a run at
   * a time with `articleView` and the text files after them (see `buildSite`), so a large
   * bulletin's bodies are never all rendered at once; `data` then holds neither. @default false
   */
  readonly articlesOnDemand?: boolean;
}

/** Kept between builds of one dev session; see {@link createPrepareReuse}. */
export interface PrepareReuse {
  readonly articles: ArticleCache;
  readonly bodies: RememberingRenderer;
  readonly feeds: AtomWriter;
  readonly views: ArticleViewMemo;
}

/** A fresh {@link PrepareReuse} for a dev session. */
export function createPrepareReuse(): PrepareReuse {
  return {
    articles: createArticleCache(),
    bodies: rememberBodies(createMarkdownRenderer()),
    feeds: createAtomWriter(),
    views: createArticleViewMemo(),
  };
}

export type { ImageCopy, ImageStats } from "../images/publish-images";

export interface PhaseTimes {
  /** Reading, parsing and validating every file. */
  readonly load: number;
  /** Topics, publication filter, URLs and Related Topics. */
  readonly model: number;
  /** Related Topics alone (the index and every article's list): a part of `model`. */
  readonly related: number;
  /** Markdown and view models. */
  readonly views: number;
  /** Pictures: reading and hashing them, the image cache, and processing what it lacks. */
  readonly images: number;
  /** Feeds, sitemaps and robots.txt. */
  readonly files: number;
}

export interface PreparedSite {
  readonly issues: readonly Issue[];
  /** Markdown files read. */
  readonly files: number;
  readonly bulletin?: Bulletin;
  /** Present when there is no error (in preview: always, from the valid articles). */
  readonly data?: SiteData;
  /** With `articlesOnDemand`: makes the article page of entry `index`; each costs its Markdown. */
  readonly articleView?: (index: number) => ArticlePageView;
  /** The picture files to put into the output. */
  readonly images: readonly ImageCopy[];
  /** Pictures processed by this run, and pictures the image cache already had. */
  readonly imageStats: ImageStats;
  readonly times: PhaseTimes;
}

/** Loads, validates and models the bulletin under `root`; renders nothing. */
export async function prepareSite(options: PrepareOptions): Promise<PreparedSite> {
  const { root, config, mode, buildTime } = options;
  const started = performance.now();
  // A build that makes its pages on demand keeps each body as UTF-8 bytes, outside the
  // JavaScript heap, and makes it text again only when its page is made.
  const compact = options.articlesOnDemand ? await loadBulletinCompact(root, config) : undefined;
  const loaded: LoadedBulletin<ArticleMeta> = compact ?? (await loadBulletin(root, config, options.reuse?.articles));
  const loadedAt = performance.now();
  const { articles } = loaded;
  const { bulletin, issues: modelIssues, relatedTime } = buildBulletin(articles, loaded.topicData, config, buildTime, mode);
  const modelledAt = performance.now();
  const issues = [...loaded.issues, ...modelIssues].sort(compareIssues);
  const model = modelledAt - loadedAt;
  const times = { load: loadedAt - started, model, related: relatedTime, views: 0, images: 0, files: 0 };
  // The preview still renders the valid articles when others have errors, so a bulletin
  // that starts out broken can be previewed while it is being fixed.
  const blocked = hasErrors(issues) && mode === "production";
  const imageStats = { processed: 0, reused: 0 };
  if (blocked || options.modelOnly) return { issues, files: loaded.files, bulletin, images: [], imageStats, times };

  const published = await publishShownImages(root, bulletin);
  const imagedAt = performance.now();
  const renderMarkdown = options.reuse?.bodies.render ?? createMarkdownRenderer();
  const memo = options.reuse?.views;
  const bodies = compact?.bodies;
  const bodyOf = (article: ArticleMeta): string => {
    const bytes = bodies?.get(article.file);
    if (!bytes) throw new Error(`prepareSite: no body was kept for ${article.file}.`);
    return utf8Text(bytes);
  };
  const views = buildSiteViews(bulletin, {
    renderMarkdown,
    images: published.images,
    ...(memo ? { memo } : {}),
    ...(bodies ? { bodyOf } : {}),
  });
  const pictureUrls = published.copies.map((copy) => copy.url);
  const result = { issues, files: loaded.files, bulletin, images: published.copies, imageStats: published.stats };
  if (options.articlesOnDemand) {
    const viewedAt = performance.now();
    assertSafePaths([...pagesOf(views.data), ...bulletin.entries.map((entry) => entry.url), ...pictureUrls]);
    return {
      ...result,
      data: views.data,
      articleView: views.articleView,
      times: { ...times, images: imagedAt - modelledAt, views: viewedAt - imagedAt },
    };
  }
  const pages: SiteData = { ...views.data, articles: bulletin.entries.map((_, index) => views.articleView(index)) };
  options.reuse?.bodies.sweep();
  const viewedAt = performance.now();
  const files = buildTextFiles(bulletin, pages, buildTime, options.reuse ? { atom: options.reuse.feeds } : {});
  options.reuse?.feeds.sweep();
  const data: SiteData = { ...pages, files };
  const filedAt = performance.now();
  assertSafePaths([...pagesOf(data), ...pictureUrls]);
  return {
    ...result,
    data,
    times: { ...times, images: imagedAt - modelledAt, views: viewedAt - imagedAt, files: filedAt - viewedAt },
  };
}

/** Publishes every picture the shown articles use, lead and body, each file once. */
function publishShownImages(root: string, bulletin: Bulletin): Promise<PublishedImages> {
  const files = new Set<string>();
  for (const { article } of bulletin.entries) {
    if (article.image) files.add(article.image.file);
    for (const image of article.bodyImages ?? []) files.add(image.file);
  }
  const cache = resolveImageCache(root, bulletin.config.imageCache, process.env[imageCacheVariable]);
  return publishImages(files, { root, cache });
}

function pagesOf(data: SiteData): string[] {
  return [data.articles, data.topicPages, data.sectionPages, data.singles, data.archives, data.files].flatMap((list) =>
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
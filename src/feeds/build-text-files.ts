/**
 * Every file the build writes as plain text: the Atom and JSON feeds of the bulletin, an
 * Atom feed per topic, the sitemap(s), the news sitemap and robots.txt. Pure: the bulletin,
 * the page views (for rendered bodies) and the build time in; `TextFileView`s out.
 */
import type { DateTime } from "luxon";
import type { Bulletin, BulletinEntry } from "../model/build-bulletin";
import { newsMaxArticles, newsSitemapPath, renderNewsSitemap } from "../sitemaps/news-sitemap";
import { renderRobotsTxt, robotsPath } from "../sitemaps/robots";
import { renderSitemaps, sitemapMaxUrls, sitemapPath, sitemapUrls } from "../sitemaps/sitemap";
import { atomFeedUrl, createLinks, jsonFeedUrl, topicFeedUrl, topicUrl } from "../urls";
import type { ArticlePageView, SiteData, TextFileView } from "../views/types";
import { createAtomWriter, type AtomWriter } from "./atom";
import { fileText } from "./file-text";
import type { Feed, FeedEntry } from "./feed";
import { renderJsonFeed } from "./json-feed";

export interface TextFileOptions {
  /** Articles in each feed, newest first. @default 50 (1–1000) */
  readonly feedSize?: number;
  /** URLs per sitemap file before `/sitemap.xml` becomes an index. @default 50000 (1–50000) */
  readonly sitemapMaxUrls?: number;
  /** Articles in the news sitemap at most. @default 1000 (1–1000) */
  readonly newsMaxArticles?: number;
  /**
   * Writes the Atom feeds; the dev server passes the same writer to every build (and sweeps
   * it), so unchanged entries and feeds are not written again. @default a fresh writer
   */
  readonly atom?: AtomWriter;
  /**
   * The article pages' bodies and figures the feeds show, by page path; at least those of
   * {@link feedArticleIndexes}. @default read from `pages.articles`
   */
  readonly articles?: ReadonlyMap<string, FeedArticle>;
}

/**
 * What a feed entry takes from an article's page view. A large build keeps the bodies its
 * feeds show as UTF-8 bytes until the feeds are written (see `fileText`).
 */
export interface FeedArticle {
  readonly bodyHtml: string | Uint8Array;
  readonly figure?: ArticlePageView["figure"];
}

/** The defaults of {@link TextFileOptions}. */
export const defaultTextFileOptions: Required<Omit<TextFileOptions, "atom" | "articles">> = {
  feedSize: 50,
  sitemapMaxUrls,
  newsMaxArticles,
};

/**
 * The feeds, sitemaps and robots.txt of `bulletin` at `buildTime`, in a fixed order:
 * `/feed.xml`, `/feed.json`, topic feeds by slug, sitemap(s), news sitemap, robots.txt.
 * Only published articles appear, also when the bulletin is a preview.
 */
export function buildTextFiles(
  bulletin: Bulletin,
  pages: SiteData,
  buildTime: DateTime,
  options: TextFileOptions = {},
): TextFileView[] {
  const settings = { ...defaultTextFileOptions, ...options };
  checkRange("feedSize", settings.feedSize, 1000);
  checkRange("newsMaxArticles", settings.newsMaxArticles, newsMaxArticles);
  const atom = options.atom ?? createAtomWriter();
  const { config } = bulletin;
  const links = createLinks(config.baseUrl);
  const siteUrl = links.absolute("/");
  const views = options.articles ?? new Map(pages.articles.map((view) => [view.path, view]));
  const latestPublished = (indexes: Iterable<number>): BulletinEntry[] =>
    latestPublishedOf(bulletin, indexes, settings.feedSize).flatMap((i) => bulletin.entries[i] ?? []);
  // One entry object per article, shared by every feed it is in.
  const feedEntries = new Map<BulletinEntry, FeedEntry>();
  const feedEntry = (entry: BulletinEntry): FeedEntry => {
    let made = feedEntries.get(entry);
    if (!made) {
      made = toFeedEntry(entry, bulletin, views, siteUrl, links.absolute);
      feedEntries.set(entry, made);
    }
    return made;
  };
  const feedOf = (title: string, feedPath: string, homePath: string, entries: readonly BulletinEntry[]): Feed => ({
    title,
    feedUrl: links.absolute(feedPath),
    homeUrl: links.absolute(homePath),
    siteUrl,
    authorName: config.name,
    lang: config.lang,
    timeZone: config.timeZone,
    emptyUpdated: buildTime,
    entries: entries.map(feedEntry),
  });

  const latest = feedOf(config.name, atomFeedUrl, "/", latestPublished(bulletin.entries.keys()));
  const files: TextFileView[] = [
    { path: atomFeedUrl, content: atom.render(latest) },
    { path: jsonFeedUrl, content: renderJsonFeed({ ...latest, feedUrl: links.absolute(jsonFeedUrl) }) },
  ];
  for (const [slug, listing] of bulletin.topics) {
    const feed = feedOf(`${listing.topic.name} — ${config.name}`, topicFeedUrl(slug), topicUrl(slug), latestPublished(listing.entries));
    files.push({ path: topicFeedUrl(slug), content: atom.render(feed) });
  }
  files.push(
    ...renderSitemaps(sitemapUrls(bulletin, pages), { siteUrl, timeZone: config.timeZone, maxUrls: settings.sitemapMaxUrls }),
    { path: newsSitemapPath, content: renderNewsSitemap(bulletin, buildTime, settings.newsMaxArticles) },
    { path: robotsPath, content: renderRobotsTxt([links.absolute(sitemapPath), links.absolute(newsSitemapPath)]) },
  );
  return files;
}

/**
 * The entries (indexes into `bulletin.entries`) some feed shows: the `feedSize` newest
 * published articles of the bulletin and of each topic.
 */
export function feedArticleIndexes(bulletin: Bulletin, options: Pick<TextFileOptions, "feedSize"> = {}): Set<number> {
  const size = options.feedSize ?? defaultTextFileOptions.feedSize;
  const shown = new Set(latestPublishedOf(bulletin, bulletin.entries.keys(), size));
  for (const listing of bulletin.topics.values()) for (const i of latestPublishedOf(bulletin, listing.entries, size)) shown.add(i);
  return shown;
}

/** The first `size` of `indexes` whose entries are published: a preview also holds drafts and scheduled articles; feeds never do. */
function latestPublishedOf(bulletin: Bulletin, indexes: Iterable<number>, size: number): number[] {
  const list: number[] = [];
  for (const i of indexes) {
    if (list.length === size) break;
    if (bulletin.entries[i]?.status === "published") list.push(i);
  }
  return list;
}

// An article's feed entry, kept with its page view: the dev server hands an unchanged
// article's view over again as the same object, and the entry made from it is then the same
// object too, which the Atom writer recognises without writing or comparing anything.
const entriesOfViews = new WeakMap<FeedArticle, { readonly context: string; readonly entry: FeedEntry }>();

function toFeedEntry(
  entry: BulletinEntry,
  bulletin: Bulletin,
  views: ReadonlyMap<string, FeedArticle>,
  siteUrl: string,
  absolute: (path: string) => string,
): FeedEntry {
  const { article } = entry;
  const view = views.get(entry.url);
  if (!view) throw new Error(`buildTextFiles: no article page for ${entry.url}.`);
  const topics = entry.topics.map((slug) => ({ slug, name: bulletin.topics.get(slug)?.topic.name ?? slug }));
  // What the entry takes from outside the view.
  const context = JSON.stringify([siteUrl, absolute(entry.url), topics]);
  const known = entriesOfViews.get(view);
  if (known?.context === context) return known.entry;
  const body = view.bodyHtml;
  const made: FeedEntry = {
    url: absolute(entry.url),
    title: article.title,
    summary: article.summary,
    // Kept bytes become text only while an entry is written: never all bodies at once.
    get contentHtml() {
      return fileText(body);
    },
    published: article.date,
    ...(article.updated ? { updated: article.updated } : {}),
    ...(article.author ? { author: article.author } : {}),
    lang: article.lang,
    topics,
    // The figure's src is a link under the path prefix; against the site's origin it becomes absolute.
    ...(view.figure ? { image: new URL(view.figure.src, siteUrl).href } : {}),
  };
  entriesOfViews.set(view, { context, entry: made });
  return made;
}

function checkRange(option: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`buildTextFiles option "${option}" is ${String(value)}; expected a whole number from 1 to ${max}.`);
  }
}

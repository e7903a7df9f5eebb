/**
 * Writes a feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the feed's title,
 * home page, own URL, language and author, then one item per article. Pure: a `Feed` in,
 * the `JSON.stringify` text out, so every editor string is escaped by the serializer.
 */
import { entryChanged, type Feed, type FeedEntry } from "./feed";
import { w3cDateTime } from "./w3c-date-time";

/** The `version` of every feed written here. */
export const jsonFeedVersion = "https://jsonfeed.org/version/1.1";

/** The media type of a JSON Feed, for `<link type>`. */
export const jsonFeedMediaType = "application/feed+json";

/** A JSON Feed 1.1 author. */
export interface JsonFeedAuthor {
  readonly name: string;
  readonly url?: string;
}

/** A JSON Feed 1.1 item, as written. */
export interface JsonFeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly content_html: string;
  readonly image?: string;
  readonly date_published: string;
  readonly date_modified: string;
  readonly authors: readonly JsonFeedAuthor[];
  readonly tags: readonly string[];
  readonly language?: string;
}

/** A JSON Feed 1.1 document, as written. */
export interface JsonFeed {
  readonly version: string;
  readonly title: string;
  readonly home_page_url: string;
  readonly feed_url: string;
  readonly language: string;
  readonly authors: readonly JsonFeedAuthor[];
  readonly items: readonly JsonFeedItem[];
}

/** The JSON Feed document for `feed`, items in the order given. */
export function toJsonFeed(feed: Feed): JsonFeed {
  return {
    version: jsonFeedVersion,
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrl,
    language: feed.lang,
    authors: [{ name: feed.authorName, url: feed.siteUrl }],
    items: feed.entries.map((entry) => toItem(entry, feed)),
  };
}

/** The JSON Feed text for `feed`, indented for people who open it. */
export function renderJsonFeed(feed: Feed): string {
  return `${JSON.stringify(toJsonFeed(feed), null, 2)}\n`;
}

function toItem(entry: FeedEntry, feed: Feed): JsonFeedItem {
  return {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    summary: entry.summary,
    content_html: entry.contentHtml,
    ...(entry.image ? { image: entry.image } : {}),
    date_published: w3cDateTime(entry.published, feed.timeZone),
    date_modified: w3cDateTime(entryChanged(entry), feed.timeZone),
    authors: [entry.author ? { name: entry.author } : { name: feed.authorName, url: feed.siteUrl }],
    tags: entry.topics.map((topic) => topic.name),
    ...(entry.lang === feed.lang ? {} : { language: entry.lang }),
  };
}

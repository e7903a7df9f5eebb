/**
 * The feed model both feed formats are written from: a feed and its entries, every URL
 * absolute and every time a luxon DateTime. Pure; `buildTextFiles` fills it from the bulletin.
 */
import type { DateTime } from "luxon";

/** A topic an entry is filed under. */
export interface FeedTopic {
  readonly slug: string;
  /** Display name, e.g. "Việt Nam". */
  readonly name: string;
}

/** One article in a feed. */
export interface FeedEntry {
  /** Absolute URL of the article page; also the entry's permanent id. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** The full rendered body; its links are absolute or site-relative. */
  readonly contentHtml: string;
  readonly published: DateTime;
  /** Time of the last substantive update, when there was one. */
  readonly updated?: DateTime;
  /** Byline; the bulletin is the author when absent. */
  readonly author?: string;
  /** BCP 47 language of the article. */
  readonly lang: string;
  readonly topics: readonly FeedTopic[];
  /** Absolute URL of the lead image. */
  readonly image?: string;
}

/** A whole feed: the bulletin's, or one topic's. */
export interface Feed {
  readonly title: string;
  /** Absolute URL of the feed itself; also the feed's permanent id. */
  readonly feedUrl: string;
  /** Absolute URL of the page the feed follows (the home page or the topic page). */
  readonly homeUrl: string;
  /** Absolute URL of the site's root, ending in `/`: the base relative links resolve against. */
  readonly siteUrl: string;
  /** The bulletin's name: the feed's author, and each byline-less entry's. */
  readonly authorName: string;
  /** Default language of the feed (BCP 47). */
  readonly lang: string;
  /** IANA zone every time is written in. */
  readonly timeZone: string;
  /** The feed's `updated` when it has no entries (the build time). */
  readonly emptyUpdated: DateTime;
  /** Newest first. */
  readonly entries: readonly FeedEntry[];
}

/** When an entry last changed: its update, else its publication. */
export function entryChanged(entry: { readonly published: DateTime; readonly updated?: DateTime }): DateTime {
  return entry.updated && entry.updated.toMillis() > entry.published.toMillis() ? entry.updated : entry.published;
}

/** When the feed last changed: the newest change of any entry, else `emptyUpdated`. */
export function feedUpdated(feed: Feed): DateTime {
  let newest: DateTime | undefined;
  for (const entry of feed.entries) {
    const changed = entryChanged(entry);
    if (!newest || changed.toMillis() > newest.toMillis()) newest = changed;
  }
  return newest ?? feed.emptyUpdated;
}

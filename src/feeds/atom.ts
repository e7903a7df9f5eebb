/**
 * Writes a feed as Atom 1.0 (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287): the feed's
 * id, title, updated, self and alternate links and author, then one entry per article. Pure:
 * a `Feed` in, the document's text out; every editor string is escaped.
 */
import type { DateTime } from "luxon";
import { entryChanged, feedUpdated, type Feed, type FeedEntry } from "./feed";
import { w3cDateTime } from "./w3c-date-time";
import { escapeXml, xmlDeclaration } from "./xml";

/** The Atom namespace, RFC 4287 § 2. */
export const atomNamespace = "http://www.w3.org/2005/Atom";

/** The media type of an Atom feed, for `<link type>`. */
export const atomMediaType = "application/atom+xml";

/** The Atom document for `feed`, entries in the order given. */
export function renderAtomFeed(feed: Feed): string {
  return createAtomWriter().render(feed);
}

/**
 * Writes Atom documents and remembers what it wrote. An article is in the bulletin's feed and
 * in each of its topics' feeds: its entry is written once. Across the dev server's builds, an
 * entry whose values did not change is not written again, and a feed whose header and entries
 * are all the same comes back as the very same text, so comparing it costs nothing.
 */
export interface AtomWriter {
  render(feed: Feed): string;
  /** Forgets entries and feeds not rendered since the previous sweep; call once per build. */
  sweep(): void;
}

/** A fresh {@link AtomWriter}. */
export function createAtomWriter(): AtomWriter {
  // Within one build the same entry object comes again (one per article): found by identity.
  let byObject = new WeakMap<FeedEntry, string>();
  let kept = new Map<string, string>();
  let used = new Map<string, string>();
  let keptFeeds = new Map<string, WrittenFeed>();
  let usedFeeds = new Map<string, WrittenFeed>();

  const entryXml = (entry: FeedEntry, feed: Feed, time: (moment: DateTime) => string): string => {
    const known = byObject.get(entry);
    if (known !== undefined) return known;
    const key = entryKey(entry, feed);
    const xml = used.get(key) ?? kept.get(key) ?? renderEntry(entry, feed, time).join("\n");
    used.set(key, xml);
    byObject.set(entry, xml);
    return xml;
  };

  return {
    render(feed) {
      const time = (moment: DateTime) => w3cDateTime(moment, feed.timeZone);
      const head = [
        xmlDeclaration,
        `<feed xmlns="${atomNamespace}" xml:lang="${escapeXml(feed.lang)}">`,
        `  <id>${escapeXml(feed.feedUrl)}</id>`,
        `  <title>${escapeXml(feed.title)}</title>`,
        `  <updated>${time(feedUpdated(feed))}</updated>`,
        `  <link rel="self" type="${atomMediaType}" href="${escapeXml(feed.feedUrl)}"/>`,
        `  <link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
        `  <author><name>${escapeXml(feed.authorName)}</name><uri>${escapeXml(feed.siteUrl)}</uri></author>`,
      ].join("\n");
      const entries = feed.entries.map((entry) => entryXml(entry, feed, time));
      const before = usedFeeds.get(feed.feedUrl) ?? keptFeeds.get(feed.feedUrl);
      const text =
        before && before.head === head && sameItems(before.entries, entries)
          ? before.text
          : [head, ...entries, "</feed>", ""].join("\n");
      usedFeeds.set(feed.feedUrl, { head, entries, text });
      return text;
    },
    sweep() {
      byObject = new WeakMap();
      kept = used;
      used = new Map();
      keptFeeds = usedFeeds;
      usedFeeds = new Map();
    },
  };
}

interface WrittenFeed {
  readonly head: string;
  readonly entries: readonly string[];
  readonly text: string;
}

/** Everything an entry's XML is made of, as one text: equal keys give equal XML. */
function entryKey(entry: FeedEntry, feed: Feed): string {
  return [
    feed.lang,
    feed.authorName,
    feed.siteUrl,
    feed.timeZone,
    entry.url,
    entry.title,
    entry.summary,
    entry.published.toMillis(),
    entry.updated?.toMillis() ?? "",
    entry.author ?? "",
    entry.lang,
    ...entry.topics.flatMap((topic) => [topic.slug, topic.name]),
    entry.contentHtml,
  ].join("\u0000");
}

/** Same length and the very same strings (by identity first, so equal lists compare fast). */
function sameItems(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function renderEntry(entry: FeedEntry, feed: Feed, time: (moment: DateTime) => string): string[] {
  // An article in another language than the feed's says so, for readers that pick a voice or font.
  const lang = entry.lang === feed.lang ? "" : ` xml:lang="${escapeXml(entry.lang)}"`;
  return [
    `  <entry${lang}>`,
    `    <id>${escapeXml(entry.url)}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
    `    <published>${time(entry.published)}</published>`,
    `    <updated>${time(entryChanged(entry))}</updated>`,
    `    <author><name>${escapeXml(entry.author ?? feed.authorName)}</name></author>`,
    ...entry.topics.map((topic) => `    <category term="${escapeXml(topic.slug)}" label="${escapeXml(topic.name)}"/>`),
    `    <summary>${escapeXml(entry.summary)}</summary>`,
    // Site-relative links in the body resolve against the site, not the feed (RFC 4287 § 2).
    `    <content type="html" xml:base="${escapeXml(feed.siteUrl)}">${escapeXml(entry.contentHtml)}</content>`,
    "  </entry>",
  ];
}

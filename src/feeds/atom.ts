/**
 * Writes a feed as Atom 1.0 (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287): the feed's
 * id, title, updated, self and alternate links and author, then one entry per article. Pure:
 * a `Feed` in, the document out; every editor string is escaped.
 */
import type { DateTime } from "luxon";
import { entryChanged, feedUpdated, type Feed, type FeedEntry } from "./feed";
import { w3cDateTime } from "./w3c-date-time";
import { fileText } from "./file-text";
import { escapeXml, xmlDeclaration } from "./xml";

/** The Atom namespace, RFC 4287 § 2. */
export const atomNamespace = "http://www.w3.org/2005/Atom";

/** The media type of an Atom feed, for `<link type>`. */
export const atomMediaType = "application/atom+xml";

/** The Atom document for `feed`, entries in the order given. */
export function renderAtomFeed(feed: Feed): string {
  return fileText(createAtomWriter().render(feed));
}

/**
 * Writes Atom documents as UTF-8 and remembers what it wrote. An article is in the
 * bulletin's feed and in each of its topics' feeds: its entry is written once, and kept as
 * UTF-8 bytes (outside the JavaScript heap, half the size of the text when it holds letters
 * such as "ệ"). A feed is those entries' bytes in order, between its head and its end,
 * joined only as it is written (into memory a production build uses again: see
 * `page-memory`). Across the dev server's builds, an entry object seen before (see
 * `buildTextFiles`: unchanged articles keep theirs) is not written again, and a feed whose
 * header and entries are all the same comes back as the very same pieces, so comparing it
 * costs nothing.
 */
export interface AtomWriter {
  /** The UTF-8 document for `feed`, in pieces. */
  render(feed: Feed): readonly Uint8Array[];
  /** Forgets the feeds not rendered since the previous sweep; call once per build. */
  sweep(): void;
}

/** A fresh {@link AtomWriter}. */
export function createAtomWriter(): AtomWriter {
  // Entries go with their objects; the feed settings they were written with are checked.
  const entries = new WeakMap<FeedEntry, { readonly settings: string; readonly xml: Buffer }>();
  let kept = new Map<string, WrittenFeed>();
  let used = new Map<string, WrittenFeed>();

  const entryXml = (entry: FeedEntry, feed: Feed, settings: string, time: (moment: DateTime) => string): Buffer => {
    const written = entries.get(entry);
    if (written?.settings === settings) return written.xml;
    const xml = Buffer.from(`${renderEntry(entry, feed, time).join("\n")}\n`, "utf8");
    entries.set(entry, { settings, xml });
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
        "",
      ].join("\n");
      // Everything of the feed an entry's XML depends on.
      const settings = [feed.lang, feed.authorName, feed.siteUrl, feed.timeZone].join("\n");
      const written = feed.entries.map((entry) => entryXml(entry, feed, settings, time));
      const before = used.get(feed.feedUrl) ?? kept.get(feed.feedUrl);
      const pieces =
        before && before.head === head && sameItems(before.entries, written) ? before.pieces : [Buffer.from(head, "utf8"), ...written, closing];
      used.set(feed.feedUrl, { head, entries: written, pieces });
      return pieces;
    },
    sweep() {
      kept = used;
      used = new Map();
    },
  };
}

const closing = Buffer.from("</feed>\n", "utf8");

interface WrittenFeed {
  readonly head: string;
  readonly entries: readonly Buffer[];
  readonly pieces: readonly Uint8Array[];
}

/** Same length and the very same items, by identity (kept entries are the same objects). */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
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

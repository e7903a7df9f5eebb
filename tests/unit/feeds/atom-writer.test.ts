import { describe, expect, it } from "vitest";
import { createAtomWriter, renderAtomFeed } from "../../../src/feeds/atom";
import type { Feed } from "../../../src/feeds/feed";
import { at, lead, older, sampleFeed } from "./support";
import { fileText } from "../../../src/feeds/file-text";

// Each case is a later build of the same feed; the writer that wrote the first build must
// write exactly what a fresh render writes, never a remembered entry or feed that is stale.
const laterBuilds: { name: string; feed: Feed }[] = [
  { name: "nothing changed, new objects", feed: { ...sampleFeed, entries: [{ ...lead }, { ...older }] } },
  { name: "an entry's title", feed: { ...sampleFeed, entries: [{ ...lead, title: "A new headline" }, older] } },
  { name: "an entry's body", feed: { ...sampleFeed, entries: [{ ...lead, contentHtml: "<p>Rewritten.</p>" }, older] } },
  {
    name: "a topic's name",
    feed: { ...sampleFeed, entries: [{ ...lead, topics: [{ slug: "asean", name: "ASEAN Community" }] }, older] },
  },
  { name: "an update time", feed: { ...sampleFeed, entries: [{ ...lead, updated: at("2024-02-01T09:00:00+07:00") }, older] } },
  { name: "the byline dropped", feed: { ...sampleFeed, entries: [{ ...older, author: "Lan Anh" }] } },
  { name: "the entries' order", feed: { ...sampleFeed, entries: [older, lead] } },
  { name: "the feed's zone", feed: { ...sampleFeed, timeZone: "Asia/Seoul" } },
  { name: "the feed's language", feed: { ...sampleFeed, lang: "vi" } },
  { name: "the site's address", feed: { ...sampleFeed, siteUrl: "https://example.com/" } },
  { name: "the bulletin's name", feed: { ...sampleFeed, authorName: "Another Bulletin" } },
  { name: "the feed's title", feed: { ...sampleFeed, title: "Renamed" } },
  { name: "no entries left", feed: { ...sampleFeed, entries: [] } },
];

describe("createAtomWriter", () => {
  it.each(laterBuilds)("writes a later build like a fresh render: $name", ({ feed }) => {
    const writer = createAtomWriter();
    expect(fileText(writer.render(sampleFeed))).toBe(renderAtomFeed(sampleFeed));
    writer.sweep();
    expect(fileText(writer.render(feed))).toBe(renderAtomFeed(feed));
    writer.sweep();
    // And back again, after the first version was swept away.
    expect(fileText(writer.render(sampleFeed))).toBe(renderAtomFeed(sampleFeed));
  });

  it("writes an entry shared by several feeds of one build the same in each", () => {
    const writer = createAtomWriter();
    const topicFeed: Feed = { ...sampleFeed, title: "ASEAN", feedUrl: "https://example.org/bulletin/topics/asean/feed.xml", entries: [lead] };
    const whole = fileText(writer.render(sampleFeed));
    const topic = fileText(writer.render(topicFeed));
    expect(topic).toBe(renderAtomFeed(topicFeed));
    const entryOf = (text: string) => text.slice(text.indexOf("  <entry>"), text.indexOf("  </entry>"));
    expect(entryOf(topic)).toBe(entryOf(whole));
  });

  it("gives a feed as its head, its entries' bytes and its end, each entry written once", () => {
    const writer = createAtomWriter();
    const topicFeed: Feed = { ...sampleFeed, feedUrl: "https://example.org/bulletin/topics/asean/feed.xml", entries: [lead] };
    const whole = writer.render(sampleFeed);
    const topic = writer.render(topicFeed);
    expect(whole).toHaveLength(sampleFeed.entries.length + 2);
    expect(fileText(whole[whole.length - 1] ?? new Uint8Array())).toBe("</feed>\n");
    // The lead's entry is the very same bytes in both feeds.
    expect(topic[1]).toBe(whole[sampleFeed.entries.indexOf(lead) + 1]);
    // An unchanged feed in the next build comes back as the very same pieces.
    writer.sweep();
    expect(writer.render(sampleFeed)).toBe(whole);
  });
});

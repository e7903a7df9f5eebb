import { describe, expect, it } from "vitest";
import { renderJsonFeed } from "../../../src/feeds/json-feed";
import { editorText, sampleFeed } from "./support";

describe("renderJsonFeed", () => {
  const parsed = JSON.parse(renderJsonFeed(sampleFeed)) as Record<string, unknown>;

  it("writes the feed's top-level members", () => {
    const { items, ...top } = parsed;
    expect(top).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: `The "Diplomatic" Bulletin & Co`,
      home_page_url: "https://example.org/bulletin/",
      feed_url: "https://example.org/bulletin/feed.xml",
      language: "en",
      authors: [{ name: "The Diplomatic Bulletin", url: "https://example.org/bulletin/" }],
    });
    expect(items).toHaveLength(2);
  });

  it("writes each item with editor text unchanged, times with offsets and the image when there is one", () => {
    expect(parsed.items).toEqual([
      {
        id: "https://example.org/bulletin/2024/01/20/lead/",
        url: "https://example.org/bulletin/2024/01/20/lead/",
        title: editorText,
        summary: `Summary: ${editorText}`,
        content_html: '<p>A <a href="/bulletin/topics/asean/">link</a> &amp; text</p>\n',
        image: "https://example.org/bulletin/images/lead.0123456789.jpg",
        date_published: "2024-01-20T10:00:00+07:00",
        date_modified: "2024-01-21T08:15:00+07:00",
        authors: [{ name: `Lan Anh & "Min-jun" <대한민국>` }],
        tags: ["ASEAN", "Việt Nam & <Friends>"],
      },
      {
        id: "https://example.org/bulletin/2024/01/19/older/",
        url: "https://example.org/bulletin/2024/01/19/older/",
        title: "Bản tin tiếng Việt",
        summary: "Tóm tắt.",
        content_html: "<p>Nội dung.</p>",
        date_published: "2024-01-19T03:00:00+07:00",
        date_modified: "2024-01-19T03:00:00+07:00",
        authors: [{ name: "The Diplomatic Bulletin", url: "https://example.org/bulletin/" }],
        tags: [],
        language: "vi",
      },
    ]);
  });

  it("writes an empty item list for a feed with no entries", () => {
    expect((JSON.parse(renderJsonFeed({ ...sampleFeed, entries: [] })) as { items: unknown }).items).toEqual([]);
  });
});

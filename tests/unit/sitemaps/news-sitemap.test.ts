import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { isInNewsWindow, renderNewsSitemap } from "../../../src/sitemaps/news-sitemap";
import { at, childOf, childrenOf, editorText, makeArticle, makeSite, newsNs, parseXml, rootOf, sitemapNs, textOf } from "../feeds/support";

const buildTime = "2026-11-28T12:00:00+07:00";
const base = "https://example.org/bulletin/";

/** Each `url` as `[loc, name, language, publication date, title]`. */
function rowsOf(text: string): string[][] {
  const root = rootOf(parseXml(text));
  expect([root.namespaceURI, root.localName]).toEqual([sitemapNs, "urlset"]);
  return childrenOf(root, sitemapNs, "url").map((url: Element) => {
    const news = childOf(url, newsNs, "news");
    const publication = childOf(news, newsNs, "publication");
    return [
      textOf(url, sitemapNs, "loc"),
      textOf(publication, newsNs, "name"),
      textOf(publication, newsNs, "language"),
      textOf(news, newsNs, "publication_date"),
      textOf(news, newsNs, "title"),
    ];
  });
}

describe("isInNewsWindow", () => {
  it.each([
    ["at the build time", "2026-11-28T12:00:00+07:00", true],
    ["the same instant written in UTC", "2026-11-28T05:00:00Z", true],
    ["one millisecond after the build", "2026-11-28T12:00:00.001+07:00", false],
    ["47 hours 59 minutes before", "2026-11-26T12:01:00+07:00", true],
    ["exactly 48 hours before: still two days old, so in", "2026-11-26T12:00:00+07:00", true],
    ["48 hours and one millisecond before", "2026-11-26T11:59:59.999+07:00", false],
    ["a week before", "2026-11-21T12:00:00+07:00", false],
  ])("%s (%s): %s", (_, published, expected) => {
    expect(isInNewsWindow(at(published), at(buildTime))).toBe(expected);
  });
});

describe("renderNewsSitemap", () => {
  const site = { name: `Bulletin & "Co" <Việt Nam>`, baseUrl: base, languages: ["en", "vi", "ko"] };
  const articles = [
    makeArticle("edge", "2026-11-26T12:00:00+07:00"),
    makeArticle("too-old", "2026-11-26T11:59:59+07:00"),
    makeArticle("korean", "2026-11-27T08:30:00Z", { title: "대한민국 외교부 & \"파트너\"", lang: "ko" }),
    makeArticle("newest", "2026-11-28T11:00:00+07:00", { title: editorText, lang: "vi" }),
    makeArticle("draft", "2026-11-28T10:00:00+07:00", { draft: true }),
    makeArticle("scheduled", "2026-11-28T13:00:00+07:00"),
  ];

  it("lists the window's published articles, newest first, with publication, language, date and title", () => {
    const { bulletin, buildTime: time } = makeSite(articles, { buildTime, site });
    expect(rowsOf(renderNewsSitemap(bulletin, time))).toEqual([
      [`${base}2026/11/28/newest/`, site.name, "vi", "2026-11-28T11:00:00+07:00", editorText],
      [`${base}2026/11/27/korean/`, site.name, "ko", "2026-11-27T15:30:00+07:00", "대한민국 외교부 & \"파트너\""],
      [`${base}2026/11/26/edge/`, site.name, "en", "2026-11-26T12:00:00+07:00", "Title of edge"],
    ]);
  });

  it("leaves out a preview's drafts and scheduled articles", () => {
    const { bulletin, buildTime: time } = makeSite(articles, { buildTime, site, mode: "preview" });
    expect(bulletin.entries.map((entry) => entry.article.slug)).toContain("draft");
    expect(rowsOf(renderNewsSitemap(bulletin, time)).map(([loc]) => loc)).toEqual([
      `${base}2026/11/28/newest/`,
      `${base}2026/11/27/korean/`,
      `${base}2026/11/26/edge/`,
    ]);
  });

  it("keeps the newest 1,000 of 1,001 recent articles", () => {
    // One a minute, counting back from the build time: `recent-0` is the newest.
    const many = Array.from({ length: 1001 }, (_, i) =>
      makeArticle(`recent-${i}`, at(buildTime).minus({ minutes: i }).toISO() ?? ""),
    );
    const { bulletin, buildTime: time } = makeSite(many, { buildTime, site: { baseUrl: base } });
    const locs = rowsOf(renderNewsSitemap(bulletin, time)).map(([loc]) => loc);
    expect(locs).toHaveLength(1000);
    expect([locs[0], locs[999]]).toEqual([`${base}2026/11/28/recent-0/`, `${base}2026/11/27/recent-999/`]);
  });

  it("writes a valid empty urlset when nothing is recent", () => {
    const { bulletin, buildTime: time } = makeSite([makeArticle("old", "2024-01-01")], { buildTime, site });
    const text = renderNewsSitemap(bulletin, time);
    expect(rowsOf(text)).toEqual([]);
    expect(rootOf(parseXml(text)).lookupNamespaceURI("news")).toBe(newsNs);
  });
});

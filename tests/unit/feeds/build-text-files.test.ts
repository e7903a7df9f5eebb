import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { buildTextFiles } from "../../../src/feeds/build-text-files";
import type { JsonFeed } from "../../../src/feeds/json-feed";
import type { TextFileView } from "../../../src/views/types";
import { at, atomNs, childOf, childrenOf, editorText, makeArticle, makeSite, parseXml, rootOf, sitemapNs, textOf, xmlNs } from "./support";
import { fileText } from "../../../src/feeds/file-text";

const base = "https://example.org/bulletin/";
const buildTime = "2026-11-28T12:00:00+07:00";

const articles = [
  makeArticle("lead", "2026-11-27T10:00:00+07:00", {
    title: editorText,
    summary: `Why: ${editorText}`,
    author: `Lan Anh & "Min-jun"`,
    tags: ["ASEAN", "Việt Nam", "대한민국"],
    updated: at("2026-11-28T09:00:00+07:00"),
    image: { file: "content/images/lead.jpg", alt: "Delegates" },
    body: "First *paragraph* with [a topic](/bulletin/topics/asean/) & more.",
  }),
  makeArticle("second", "2026-11-20T08:00:00+07:00", { tags: ["ASEAN"] }),
  makeArticle("third", "2026-10-01", { tags: ["Việt Nam"] }),
  makeArticle("draft", "2026-11-28T08:00:00+07:00", { draft: true, tags: ["ASEAN"] }),
  makeArticle("scheduled", "2026-12-01", { tags: ["ASEAN"] }),
];

function fileOf(files: readonly TextFileView[], path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path}`);
  return fileText(file.content);
}

const entryIds = (text: string) =>
  childrenOf(rootOf(parseXml(text)), atomNs, "entry").map((entry: Element) => textOf(entry, atomNs, "id"));

describe("buildTextFiles", () => {
  const { bulletin, pages, buildTime: time } = makeSite(articles, { buildTime, site: { baseUrl: base } });
  const files = buildTextFiles(bulletin, pages, time);
  const topicSlug = bulletin.entries[0]?.topics[2] ?? "";

  it("writes every file in a fixed order", () => {
    expect(topicSlug).toMatch(/^u-[a-z0-9]+$/);
    expect(files.map((file) => file.path)).toEqual([
      "/feed.xml",
      "/feed.json",
      "/topics/asean/feed.xml",
      `/topics/${topicSlug}/feed.xml`,
      "/topics/viet-nam/feed.xml",
      "/sitemap.xml",
      "/news-sitemap.xml",
      "/robots.txt",
    ]);
  });

  it("fills the bulletin's Atom feed from the model and the rendered page", () => {
    const root = rootOf(parseXml(fileOf(files, "/feed.xml")));
    expect(textOf(root, atomNs, "id")).toBe(`${base}feed.xml`);
    expect(textOf(root, atomNs, "title")).toBe("The Diplomatic Bulletin");
    expect(textOf(root, atomNs, "updated")).toBe("2026-11-28T09:00:00+07:00");
    expect(entryIds(fileOf(files, "/feed.xml"))).toEqual([
      `${base}2026/11/27/lead/`,
      `${base}2026/11/20/second/`,
      `${base}2026/10/01/third/`,
    ]);
    const lead = childrenOf(root, atomNs, "entry")[0];
    if (!lead) throw new Error("no entry");
    expect(textOf(lead, atomNs, "title")).toBe(editorText);
    expect(textOf(lead, atomNs, "summary")).toBe(`Why: ${editorText}`);
    expect(textOf(childOf(lead, atomNs, "author"), atomNs, "name")).toBe(`Lan Anh & "Min-jun"`);
    expect(childrenOf(lead, atomNs, "category").map((c) => [c.getAttribute("term"), c.getAttribute("label")])).toEqual([
      ["asean", "ASEAN"],
      ["viet-nam", "Việt Nam"],
      [topicSlug, "대한민국"],
    ]);
    const content = childOf(lead, atomNs, "content");
    expect(content.getAttributeNS(xmlNs, "base")).toBe(base);
    expect(content.textContent).toBe(pages.articles[0]?.bodyHtml);
    expect(content.textContent).toBe(
      '<p>First <em>paragraph</em> with <a href="/bulletin/topics/asean/">a topic</a> &amp; more.</p>\n',
    );
  });

  it("writes the JSON Feed of the same articles, with the image's absolute URL", () => {
    const feed = JSON.parse(fileOf(files, "/feed.json")) as JsonFeed;
    expect([feed.feed_url, feed.home_page_url]).toEqual([`${base}feed.json`, base]);
    expect(feed.items.map((item) => [item.id, item.image ?? "", item.tags])).toEqual([
      [`${base}2026/11/27/lead/`, `${base}images/lead.0123456789.jpg`, ["ASEAN", "Việt Nam", "대한민국"]],
      [`${base}2026/11/20/second/`, "", ["ASEAN"]],
      [`${base}2026/10/01/third/`, "", ["Việt Nam"]],
    ]);
  });

  it("gives each topic a feed of its own articles, linked to the topic page", () => {
    const root = rootOf(parseXml(fileOf(files, "/topics/viet-nam/feed.xml")));
    expect(textOf(root, atomNs, "title")).toBe("Việt Nam — The Diplomatic Bulletin");
    expect(textOf(root, atomNs, "id")).toBe(`${base}topics/viet-nam/feed.xml`);
    expect(childrenOf(root, atomNs, "link").map((link) => link.getAttribute("href"))).toEqual([
      `${base}topics/viet-nam/feed.xml`,
      `${base}topics/viet-nam/`,
    ]);
    expect(entryIds(fileOf(files, "/topics/viet-nam/feed.xml"))).toEqual([`${base}2026/11/27/lead/`, `${base}2026/10/01/third/`]);
  });

  it("names both sitemaps in robots.txt and puts the recent articles in the news sitemap", () => {
    expect(fileOf(files, "/robots.txt")).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${base}sitemap.xml\nSitemap: ${base}news-sitemap.xml\n`,
    );
    const news = rootOf(parseXml(fileOf(files, "/news-sitemap.xml")));
    expect(childrenOf(news, sitemapNs, "url").map((url) => textOf(url, sitemapNs, "loc"))).toEqual([`${base}2026/11/27/lead/`]);
  });

  it("keeps the latest feedSize articles and chunks the sitemap at sitemapMaxUrls", () => {
    const small = buildTextFiles(bulletin, pages, time, { feedSize: 2, sitemapMaxUrls: 5 });
    expect(entryIds(fileOf(small, "/feed.xml"))).toEqual([`${base}2026/11/27/lead/`, `${base}2026/11/20/second/`]);
    expect((JSON.parse(fileOf(small, "/feed.json")) as JsonFeed).items).toHaveLength(2);
    expect(rootOf(parseXml(fileOf(small, "/sitemap.xml"))).localName).toBe("sitemapindex");
    expect(small.filter((file) => file.path.startsWith("/sitemaps/")).map((file) => file.path)).toEqual([
      "/sitemaps/sitemap-1.xml",
      "/sitemaps/sitemap-2.xml",
      "/sitemaps/sitemap-3.xml",
    ]);
  });

  it("puts only published articles in a preview's feeds and sitemaps", () => {
    const preview = makeSite(articles, { buildTime, site: { baseUrl: base }, mode: "preview" });
    expect(preview.pages.articles).toHaveLength(5);
    const previewFiles = buildTextFiles(preview.bulletin, preview.pages, preview.buildTime);
    const published = [`${base}2026/11/27/lead/`, `${base}2026/11/20/second/`, `${base}2026/10/01/third/`];
    expect(entryIds(fileOf(previewFiles, "/feed.xml"))).toEqual(published);
    expect(entryIds(fileOf(previewFiles, "/topics/asean/feed.xml"))).toEqual(published.slice(0, 2));
    expect((JSON.parse(fileOf(previewFiles, "/feed.json")) as JsonFeed).items.map((item) => item.id)).toEqual(published);
    for (const file of previewFiles) {
      expect([file.path, fileText(file.content).includes("/draft/") || fileText(file.content).includes("/scheduled/")]).toEqual([file.path, false]);
    }
  });

  it("refuses a feed size out of range", () => {
    expect(() => buildTextFiles(bulletin, pages, time, { feedSize: 0 })).toThrow(
      'buildTextFiles option "feedSize" is 0; expected a whole number from 1 to 1000.',
    );
  });
});

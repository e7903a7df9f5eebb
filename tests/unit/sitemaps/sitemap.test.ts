import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { renderSitemaps, sitemapUrls, type SitemapUrl } from "../../../src/sitemaps/sitemap";
import { at, childrenOf, makeArticle, makeSite, parseXml, rootOf, sitemapNs, textOf } from "../feeds/support";
import { fileText } from "../../../src/feeds/file-text";

const options = { siteUrl: "https://example.org/bulletin/", timeZone: "Asia/Ho_Chi_Minh" };

/** `[loc, lastmod]` of each `url` (or `sitemap`) element; lastmod "" when absent. */
function entriesOf(root: Element, element: string): string[][] {
  return childrenOf(root, sitemapNs, element).map((node) => [
    textOf(node, sitemapNs, "loc"),
    childrenOf(node, sitemapNs, "lastmod")[0]?.textContent ?? "",
  ]);
}

const urls: SitemapUrl[] = [
  { loc: "https://example.org/bulletin/", lastmod: at("2024-02-10T09:00:00+07:00") },
  { loc: "https://example.org/bulletin/a/", lastmod: at("2024-01-31T20:00:00Z") },
  { loc: "https://example.org/bulletin/b/?q=1&r=2" },
  { loc: "https://example.org/bulletin/c/" },
  { loc: "https://example.org/bulletin/d/", lastmod: at("2023-06-15") },
];

describe("renderSitemaps", () => {
  it("writes one urlset while the URLs fit, lastmod in the site's zone with its offset", () => {
    const files = renderSitemaps(urls, { ...options, maxUrls: 5 });
    expect(files.map((file) => file.path)).toEqual(["/sitemap.xml"]);
    const root = rootOf(parseXml(fileText(files[0]?.content ?? "")));
    expect([root.namespaceURI, root.localName]).toEqual([sitemapNs, "urlset"]);
    expect(entriesOf(root, "url")).toEqual([
      ["https://example.org/bulletin/", "2024-02-10T09:00:00+07:00"],
      ["https://example.org/bulletin/a/", "2024-02-01T03:00:00+07:00"],
      ["https://example.org/bulletin/b/?q=1&r=2", ""],
      ["https://example.org/bulletin/c/", ""],
      ["https://example.org/bulletin/d/", "2023-06-15T00:00:00+07:00"],
    ]);
  });

  it("past the threshold, writes an index at /sitemap.xml over chunks of at most maxUrls", () => {
    const files = renderSitemaps(urls, { ...options, maxUrls: 2 });
    expect(files.map((file) => file.path)).toEqual([
      "/sitemap.xml",
      "/sitemaps/sitemap-1.xml",
      "/sitemaps/sitemap-2.xml",
      "/sitemaps/sitemap-3.xml",
    ]);
    const [index, ...chunks] = files.map((file) => rootOf(parseXml(fileText(file.content))));
    if (!index) throw new Error("no index");
    expect([index.namespaceURI, index.localName]).toEqual([sitemapNs, "sitemapindex"]);
    // Each chunk's lastmod is the newest of its URLs; a chunk with none has none.
    expect(entriesOf(index, "sitemap")).toEqual([
      ["https://example.org/bulletin/sitemaps/sitemap-1.xml", "2024-02-10T09:00:00+07:00"],
      ["https://example.org/bulletin/sitemaps/sitemap-2.xml", ""],
      ["https://example.org/bulletin/sitemaps/sitemap-3.xml", "2023-06-15T00:00:00+07:00"],
    ]);
    expect(chunks.map((chunk) => [chunk.localName, entriesOf(chunk, "url").map(([loc]) => loc)])).toEqual([
      ["urlset", ["https://example.org/bulletin/", "https://example.org/bulletin/a/"]],
      ["urlset", ["https://example.org/bulletin/b/?q=1&r=2", "https://example.org/bulletin/c/"]],
      ["urlset", ["https://example.org/bulletin/d/"]],
    ]);
  });

  it.each([0, 1.5, 50_001])("refuses maxUrls %s", (maxUrls) => {
    expect(() => renderSitemaps(urls, { ...options, maxUrls })).toThrow(
      `renderSitemaps: maxUrls is ${maxUrls}; expected a whole number from 1 to 50000.`,
    );
  });
});

describe("sitemapUrls", () => {
  const base = "https://example.org/bulletin/";
  const articles = [
    makeArticle("early", "2024-01-05"),
    makeArticle("updated", "2024-01-20T10:00:00+07:00", { updated: at("2024-01-25T08:00:00+07:00") }),
    makeArticle("later", "2024-02-10T09:00:00+07:00", { tags: ["ASEAN", "Việt Nam"] }),
  ];
  const rows = (list: readonly SitemapUrl[]) => list.map((url) => [url.loc, url.lastmod?.toISO() ?? ""]);

  it("lists home, topics index, articles, every topic, section and archive page with lastmod; never the 404", () => {
    const { bulletin, pages } = makeSite(articles, { site: { topicPageSize: 2 } });
    expect(rows(sitemapUrls(bulletin, pages))).toEqual([
      [base, "2024-02-10T09:00:00.000+07:00"],
      [`${base}topics/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/02/10/later/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/01/20/updated/`, "2024-01-25T08:00:00.000+07:00"],
      [`${base}2024/01/05/early/`, "2024-01-05T00:00:00.000+07:00"],
      [`${base}topics/asean/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}topics/asean/page/2/`, "2024-01-05T00:00:00.000+07:00"],
      [`${base}topics/viet-nam/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}sections/world/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}sections/world/page/2/`, "2024-01-05T00:00:00.000+07:00"],
      [`${base}2024/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/02/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/01/`, "2024-01-25T08:00:00.000+07:00"],
    ]);
  });

  it("leaves out a preview's drafts and scheduled articles, and pages that list only them", () => {
    const preview = [
      ...articles,
      makeArticle("draft", "2024-03-01", { draft: true, tags: ["Draft topic"] }),
      makeArticle("future", "2027-01-01", { tags: ["ASEAN"] }),
    ];
    const { bulletin, pages } = makeSite(preview, { mode: "preview", site: { topicPageSize: 10 } });
    // The preview renders pages for them, which the sitemap must skip.
    expect(pages.articles).toHaveLength(5);
    expect(pages.topicPages.map((page) => page.path)).toContain("/topics/draft-topic/");
    expect(pages.archives.map((page) => page.path)).toEqual(expect.arrayContaining(["/2027/", "/2024/03/"]));
    expect(rows(sitemapUrls(bulletin, pages))).toEqual([
      [base, "2024-02-10T09:00:00.000+07:00"],
      [`${base}topics/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/02/10/later/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/01/20/updated/`, "2024-01-25T08:00:00.000+07:00"],
      [`${base}2024/01/05/early/`, "2024-01-05T00:00:00.000+07:00"],
      [`${base}topics/asean/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}topics/viet-nam/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}sections/world/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/02/`, "2024-02-10T09:00:00.000+07:00"],
      [`${base}2024/01/`, "2024-01-25T08:00:00.000+07:00"],
    ]);
  });
});

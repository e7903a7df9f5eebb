import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { article, build, makeFixture, page } from "../support/fixture";

// A 1×1 PNG: enough for the image's dimensions to be read.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

const headline = `</script><script>alert(1)</script> "Quoted" & 대한민국`;
const base = "https://example.org/bulletin/";
const leadUrl = `${base}2024/01/20/lead/`;

const files = {
  "content/images/dialogue.png": png,
  "content/articles/lead.md": article({
    title: `'${headline}'`,
    slug: "lead",
    date: "2024-01-20T10:00:00+07:00",
    updated: "2024-01-21T08:15:00+07:00",
    summary: "Both sides agreed to deepen cooperation.",
    tags: ["ASEAN", "Việt Nam"],
    author: "Lan Anh",
    section: "Politics",
    source: "{ name: VNA, url: 'https://vietnamplus.vn/' }",
    image: "{ src: dialogue.png, alt: Delegates on screens }",
  }),
  "content/articles/early.md": article({ title: "Early January", date: "2024-01-05", summary: "E.", tags: ["ASEAN"] }),
  "content/articles/later.md": article({ title: "Mid February", date: "2024-02-10T09:00:00+07:00", summary: "M.", tags: ["ASEAN"] }),
  // 20:00 UTC on 31 January is 03:00 on 1 February in the site's zone (Asia/Ho_Chi_Minh).
  "content/articles/edge.md": article({ title: "Zone edge", date: "2024-01-31T20:00:00Z", summary: "Z.", tags: ["ASEAN"] }),
  "content/articles/old.md": article({ title: "Last summer", date: "2023-06-15", summary: "O.", tags: ["ASEAN"] }),
  "content/articles/draft.md": article({ title: "Draft", date: "2024-01-10", summary: "D.", tags: ["ASEAN"], draft: "true" }),
  "content/articles/future.md": article({ title: "Future", date: "2027-01-15", summary: "F.", tags: ["ASEAN"] }),
};

interface Crumbs {
  itemListElement: { position: number; name: string; item: string }[];
}

function jsonLd($: CheerioAPI): Record<string, unknown>[] {
  return $("head > script[type='application/ld+json']")
    .toArray()
    .map((script) => JSON.parse($(script).html() ?? "") as Record<string, unknown>);
}

const meta = ($: CheerioAPI, property: string) =>
  $(`head > meta[property='${property}']`)
    .map((_, element) => $(element).attr("content"))
    .get();

describe("page metadata and archives under a path prefix", () => {
  let root: string;
  let lead: CheerioAPI;

  beforeAll(async () => {
    root = await makeFixture(files, { baseUrl: base });
    const result = await build(root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    lead = await page(root, "/2024/01/20/lead/");
  });

  it("gives an article its canonical URL and Open Graph tags, all absolute under the prefix", () => {
    expect(lead("h1").text()).toBe(headline);
    expect(lead("head > link[rel=canonical]").attr("href")).toBe(leadUrl);
    expect(meta(lead, "og:url")).toEqual([leadUrl]);
    expect(meta(lead, "og:type")).toEqual(["article"]);
    expect(meta(lead, "og:title")).toEqual([headline]);
    // The widest JPEG made from the picture (a 1×1 PNG here).
    expect(meta(lead, "og:image")[0]).toMatch(/^https:\/\/example\.org\/bulletin\/images\/dialogue\.[0-9a-f]{10}-1\.jpg$/);
    expect(meta(lead, "og:image:alt")).toEqual(["Delegates on screens"]);
    expect(meta(lead, "article:published_time")).toEqual(["2024-01-20T10:00:00+07:00"]);
    expect(meta(lead, "article:modified_time")).toEqual(["2024-01-21T08:15:00+07:00"]);
    expect(meta(lead, "article:section")).toEqual(["Politics"]);
    expect(meta(lead, "article:tag")).toEqual(["ASEAN", "Việt Nam"]);
    expect(lead("head > meta[name='twitter:card']").attr("content")).toBe("summary_large_image");
  });

  it("describes the article as a NewsArticle whose text round-trips exactly", () => {
    // The hostile headline opened no element: the two JSON-LD documents are the only scripts.
    expect(lead("script")).toHaveLength(2);
    const [news] = jsonLd(lead);
    const image = meta(lead, "og:image")[0];
    expect(news).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline,
      description: "Both sides agreed to deepen cooperation.",
      datePublished: "2024-01-20T10:00:00+07:00",
      dateModified: "2024-01-21T08:15:00+07:00",
      image: { "@type": "ImageObject", url: image, width: 1, height: 1 },
      author: { "@type": "Person", name: "Lan Anh" },
      publisher: { "@type": "Organization", name: "Communique", url: base },
      articleSection: "Politics",
      keywords: ["ASEAN", "Việt Nam"],
      mainEntityOfPage: { "@type": "WebPage", "@id": leadUrl },
      inLanguage: "en",
      sourceOrganization: { "@type": "Organization", name: "VNA", url: "https://vietnamplus.vn/" },
    });
  });

  it("gives the article a breadcrumb trail through its year and month archives", () => {
    const trail = jsonLd(lead)[1] as unknown as Crumbs;
    expect(trail.itemListElement.map((crumb) => [crumb.position, crumb.name, crumb.item])).toEqual([
      [1, "Home", base],
      [2, "2024", `${base}2024/`],
      [3, "January 2024", `${base}2024/01/`],
      [4, headline, leadUrl],
    ]);
  });

  it("links the dateline's date to the month archive and the footer to every year", () => {
    expect(lead(".dateline a.archive-link").attr("href")).toBe("/bulletin/2024/01/");
    expect(lead("#footer-archives").text()).toBe("Archives");
    const years = lead("footer nav[aria-labelledby=footer-archives] a")
      .map((_, a) => [[lead(a).text(), lead(a).attr("href")]])
      .get();
    expect(years).toEqual([
      ["2024", "/bulletin/2024/"],
      ["2023", "/bulletin/2023/"],
    ]);
  });

  it("lists a year's published articles newest first, with its months and counts", async () => {
    const $ = await page(root, "/2024/");
    expect($("h1")).toHaveLength(1);
    expect($("h1").text()).toBe("2024");
    const items = $("main ul.article-list h2 > a")
      .map((_, a) => [[$(a).text(), $(a).attr("href")]])
      .get();
    expect(items).toEqual([
      ["Mid February", "/bulletin/2024/02/10/mid-february/"],
      ["Zone edge", "/bulletin/2024/02/01/zone-edge/"],
      [headline, "/bulletin/2024/01/20/lead/"],
      ["Early January", "/bulletin/2024/01/05/early-january/"],
    ]);
    const months = $("main nav.archive-months li")
      .map((_, li) => [[$(li).find("a").text(), $(li).find("a").attr("href"), $(li).find(".count").text()]])
      .get();
    expect(months).toEqual([
      ["February", "/bulletin/2024/02/", "2"],
      ["January", "/bulletin/2024/01/", "2"],
    ]);
    expect($("main nav.archive-nav a.older").attr("href")).toBe("/bulletin/2023/");
    expect($("main nav.archive-nav a.newer")).toHaveLength(0);
    expect($("head > link[rel=canonical]").attr("href")).toBe(`${base}2024/`);
  });

  it("lists a month's articles newest first, linked to the neighbouring months", async () => {
    const $ = await page(root, "/2024/01/");
    expect($("h1").text()).toBe("January 2024");
    expect($("main p.count").text()).toBe("2 articles");
    expect($("main ul.article-list h2 > a").map((_, a) => $(a).text()).get()).toEqual([headline, "Early January"]);
    expect($("main nav.archive-nav a.newer").attr("href")).toBe("/bulletin/2024/02/");
    expect($("main nav.archive-nav a.older").attr("href")).toBe("/bulletin/2023/06/");
    const trail = jsonLd($)[0] as unknown as Crumbs;
    expect(trail.itemListElement.map((crumb) => crumb.item)).toEqual([base, `${base}2024/`, `${base}2024/01/`]);
  });

  it("writes archives only for periods with published articles, at paths without the prefix", () => {
    const written = (path: string) => existsSync(join(root, "_site", path, "index.html"));
    expect(["2024", "2024/01", "2024/02", "2023", "2023/06"].map(written)).toEqual([true, true, true, true, true]);
    expect(["2027", "2027/01", "2023/12", "bulletin/2024"].map(written)).toEqual([false, false, false, false]);
  });

  it("gives pages that are not articles website metadata and a breadcrumb trail", async () => {
    const topic = await page(root, "/topics/asean/");
    expect(meta(topic, "og:type")).toEqual(["website"]);
    expect(meta(topic, "og:url")).toEqual([`${base}topics/asean/`]);
    const documents = jsonLd(topic);
    expect(documents.map((document) => document["@type"])).toEqual(["BreadcrumbList"]);
    expect((documents[0] as unknown as Crumbs).itemListElement.map((crumb) => [crumb.name, crumb.item])).toEqual([
      ["Home", base],
      ["Topics", `${base}topics/`],
      ["ASEAN", `${base}topics/asean/`],
    ]);
  });
});

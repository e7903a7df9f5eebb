import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../support/article";
import { resolveSiteConfig, type SiteConfig } from "../../../src/config";
import type { Article } from "../../../src/model/article";
import { buildBulletin, type BuildMode } from "../../../src/model/build-bulletin";
import { emptyTopicData, type TopicData } from "../../../src/model/topic-data";
import { buildSiteData, type PublishedImage } from "../../../src/views/build-site-data";
import type { ArticlePageView, HomeView, NotFoundView, SiteData, TopicsIndexView } from "../../../src/views/types";

const zone = "Asia/Ho_Chi_Minh";
const buildTime = DateTime.fromISO("2024-05-10T12:00:00.000+07:00", { zone });
const renderMarkdown = (markdown: string) => `<p>${markdown}</p>`;

const article = makeArticle;

const topicData: TopicData = {
  file: "content/_data/topics.yaml",
  topics: [{ name: "Republic of Korea", description: "South Korea.", aliases: ["RoK"], line: 1 }],
};

const articles: Article[] = [
  article("summit", "2024-05-09T10:00:00", {
    title: "ASEAN and the RoK hold a summit",
    summary: "Leaders agreed to deepen cooperation.",
    tags: ["ASEAN", "RoK"],
    author: "Minh Anh",
    location: "Hanoi",
    updated: DateTime.fromISO("2024-05-10T08:15:00", { zone }),
    corrections: [{ date: DateTime.fromISO("2024-05-10", { zone }), text: "An earlier version misspelt a name." }],
    image: { file: "content/images/summit.jpg", alt: "Leaders at the table", caption: "Leaders meet in Hanoi", credit: "VNA" },
    source: { name: "NDO", url: "https://en.nhandan.vn/" },
  }),
  article("trade", "2024-05-08T10:00:00", { tags: ["ASEAN", "Economy"] }),
  article("peninsula", "2024-05-07T10:00:00", {
    tags: ["ASEAN"],
    image: { file: "content/articles/peninsula.png", alt: "A map of the peninsula" },
  }),
  article("budget", "2024-04-30T20:00:00", { tags: ["ASEAN", "Economy"] }),
  article("danang", "2024-04-20", { tags: ["Đà Nẵng", "ASEAN"] }),
  article("seoul", "2023-12-01T09:00:00", { tags: ["대한민국"] }),
  article("covid", "2023-11-01T09:00:00", { tags: ["COVID-19", "Diplomacy"] }),
  article("draft", "2024-05-09T11:00:00", { tags: ["ASEAN"], draft: true }),
];

/** A published picture in AVIF, WebP and JPEG at each of `widths` (height two thirds of the width). */
function published(stem: string, widths: readonly number[]): PublishedImage {
  const formats = [["avif", "avif"], ["webp", "webp"], ["jpeg", "jpg"]] as const;
  return {
    variants: formats.flatMap(([format, extension]) =>
      widths.map((width) => ({ format, width, height: (width * 2) / 3, url: `/images/${stem}-${width}.${extension}` })),
    ),
  };
}

const images = new Map<string, PublishedImage>([
  ["content/images/summit.jpg", published("summit.0123456789", [480, 800, 1200])],
  ["content/articles/peninsula.png", published("peninsula.abcdef0123", [480, 600])],
]);

const config = resolveSiteConfig({
  name: "The Diplomatic Bulletin",
  baseUrl: "https://example.org/bulletin/",
  topicPageSize: 2,
  homeSize: 3,
});

function siteData(
  input: readonly Article[] = articles,
  options: { mode?: BuildMode; config?: SiteConfig; images?: ReadonlyMap<string, PublishedImage> } = {},
): SiteData {
  const { bulletin } = buildBulletin(input, topicData, options.config ?? config, buildTime, options.mode ?? "production");
  return buildSiteData(bulletin, { renderMarkdown, images: options.images ?? images });
}

const data = siteData();

function single<K extends "home" | "topics" | "not-found">(
  site: SiteData,
  kind: K,
): Extract<HomeView | TopicsIndexView | NotFoundView, { kind: K }> {
  const page = site.singles.find((candidate) => candidate.kind === kind);
  if (!page) throw new Error(`no ${kind} page`);
  return page as Extract<HomeView | TopicsIndexView | NotFoundView, { kind: K }>;
}

function articlePage(site: SiteData, slug: string): ArticlePageView {
  const page = site.articles.find((candidate) => candidate.path.endsWith(`/${slug}/`));
  if (!page) throw new Error(`no article ${slug}`);
  return page;
}

const slugOfUrl = (url: string) => url.split("/").at(-2);

describe("buildSiteData: topic pages", () => {
  it("paginate by topicPageSize, in slug order, with previous and next links", () => {
    expect(
      data.topicPages.map((page) => ({
        path: page.path,
        url: page.url,
        title: page.title,
        page: `${page.pageNumber}/${page.pageCount}`,
        count: page.count,
        previous: page.previousUrl ?? null,
        next: page.nextUrl ?? null,
        items: page.items.map((item) => slugOfUrl(item.url)),
      })),
    ).toEqual([
      { path: "/topics/asean/", url: "/bulletin/topics/asean/", title: "ASEAN", page: "1/3", count: 5, previous: null, next: "/bulletin/topics/asean/page/2/", items: ["summit", "trade"] },
      { path: "/topics/asean/page/2/", url: "/bulletin/topics/asean/page/2/", title: "ASEAN, page 2", page: "2/3", count: 5, previous: "/bulletin/topics/asean/", next: "/bulletin/topics/asean/page/3/", items: ["peninsula", "budget"] },
      { path: "/topics/asean/page/3/", url: "/bulletin/topics/asean/page/3/", title: "ASEAN, page 3", page: "3/3", count: 5, previous: "/bulletin/topics/asean/page/2/", next: null, items: ["danang"] },
      { path: "/topics/covid-19/", url: "/bulletin/topics/covid-19/", title: "COVID-19", page: "1/1", count: 1, previous: null, next: null, items: ["covid"] },
      { path: "/topics/da-nang/", url: "/bulletin/topics/da-nang/", title: "Đà Nẵng", page: "1/1", count: 1, previous: null, next: null, items: ["danang"] },
      { path: "/topics/diplomacy/", url: "/bulletin/topics/diplomacy/", title: "Diplomacy", page: "1/1", count: 1, previous: null, next: null, items: ["covid"] },
      { path: "/topics/economy/", url: "/bulletin/topics/economy/", title: "Economy", page: "1/1", count: 2, previous: null, next: null, items: ["trade", "budget"] },
      { path: "/topics/republic-of-korea/", url: "/bulletin/topics/republic-of-korea/", title: "Republic of Korea", page: "1/1", count: 1, previous: null, next: null, items: ["summit"] },
      { path: "/topics/u-l8llpa/", url: "/bulletin/topics/u-l8llpa/", title: "대한민국", page: "1/1", count: 1, previous: null, next: null, items: ["seoul"] },
    ]);
  });

  it("carry the topic's name, slug, feed, canonical URL and description", () => {
    const pick = (slug: string, pageNumber: number) => {
      const page = data.topicPages.find((candidate) => candidate.slug === slug && candidate.pageNumber === pageNumber);
      if (!page) throw new Error(`no page ${pageNumber} of ${slug}`);
      const { head: _head, items: _items, ...rest } = page;
      return rest;
    };
    expect(pick("asean", 2)).toStrictEqual({
      kind: "topic",
      path: "/topics/asean/page/2/",
      url: "/bulletin/topics/asean/page/2/",
      canonical: "https://example.org/bulletin/topics/asean/page/2/",
      title: "ASEAN, page 2",
      lang: "en",
      description: "Articles on ASEAN.",
      name: "ASEAN",
      slug: "asean",
      count: 5,
      pageNumber: 2,
      pageCount: 3,
      previousUrl: "/bulletin/topics/asean/",
      nextUrl: "/bulletin/topics/asean/page/3/",
      feedUrl: "/bulletin/topics/asean/feed.xml",
      within: "/bulletin/topics/",
    });
    expect(pick("republic-of-korea", 1)).toStrictEqual({
      kind: "topic",
      path: "/topics/republic-of-korea/",
      url: "/bulletin/topics/republic-of-korea/",
      canonical: "https://example.org/bulletin/topics/republic-of-korea/",
      title: "Republic of Korea",
      lang: "en",
      description: "South Korea.",
      name: "Republic of Korea",
      slug: "republic-of-korea",
      topicDescription: "South Korea.",
      count: 1,
      pageNumber: 1,
      pageCount: 1,
      feedUrl: "/bulletin/topics/republic-of-korea/feed.xml",
      within: "/bulletin/topics/",
    });
  });

  it("list items carry the article's fields, formatted", () => {
    const first = data.topicPages[0]?.items[0];
    expect(first).toStrictEqual({
      url: "/bulletin/2024/05/09/summit/",
      title: "ASEAN and the RoK hold a summit",
      summary: "Leaders agreed to deepen cooperation.",
      date: { iso: "2024-05-09T10:00:00+07:00", text: "9 May 2024, 10:00 GMT+7" },
      section: "World",
      status: "published",
    });
  });
});

describe("buildSiteData: topics index", () => {
  it("groups topics by folded first letter, # first, names A–Z", () => {
    const index = single(data, "topics");
    expect(index.groups).toEqual([
      { letter: "#", topics: [{ name: "대한민국", url: "/bulletin/topics/u-l8llpa/", count: 1 }] },
      { letter: "A", topics: [{ name: "ASEAN", url: "/bulletin/topics/asean/", count: 5 }] },
      { letter: "C", topics: [{ name: "COVID-19", url: "/bulletin/topics/covid-19/", count: 1 }] },
      {
        letter: "D",
        topics: [
          { name: "Đà Nẵng", url: "/bulletin/topics/da-nang/", count: 1 },
          { name: "Diplomacy", url: "/bulletin/topics/diplomacy/", count: 1 },
        ],
      },
      { letter: "E", topics: [{ name: "Economy", url: "/bulletin/topics/economy/", count: 2 }] },
      { letter: "R", topics: [{ name: "Republic of Korea", url: "/bulletin/topics/republic-of-korea/", count: 1 }] },
    ]);
  });

  it("is the page /topics/", () => {
    const { head: _head, groups: _groups, ...rest } = single(data, "topics");
    expect(rest).toStrictEqual({
      kind: "topics",
      path: "/topics/",
      url: "/bulletin/topics/",
      canonical: "https://example.org/bulletin/topics/",
      title: "Topics",
      lang: "en",
      description: "Every topic in The Diplomatic Bulletin, A to Z, with its number of articles.",
    });
  });
});

describe("buildSiteData: home", () => {
  it("latest holds the homeSize newest articles", () => {
    const home = single(data, "home");
    expect(home.latest.map((item) => item.url)).toEqual([
      "/bulletin/2024/05/09/summit/",
      "/bulletin/2024/05/08/trade/",
      "/bulletin/2024/05/07/peninsula/",
    ]);
    const { head: _head, latest: _latest, trending: _trending, ...rest } = home;
    expect(rest).toStrictEqual({
      kind: "home",
      path: "/",
      url: "/bulletin/",
      canonical: "https://example.org/bulletin/",
      title: "The Diplomatic Bulletin",
      lang: "en",
      description: "The latest news from The Diplomatic Bulletin.",
    });
  });

  it("trending orders topics by uses, then by name", () => {
    expect(single(data, "home").trending.map((topic) => [topic.name, topic.count])).toEqual([
      ["ASEAN", 5],
      ["Economy", 2],
      ["대한민국", 1],
      ["COVID-19", 1],
      ["Đà Nẵng", 1],
      ["Diplomacy", 1],
      ["Republic of Korea", 1],
    ]);
  });

  it("trending counts only the latest 50 articles and lists at most 12 topics", () => {
    const names = ["Mekong", "ASEAN", "Trade", "Đà Nẵng", "Energy", "Climate", "Health", "Borders", "Fisheries", "Culture", "Water", "Labour", "Youth", "Rice"];
    const start = DateTime.fromISO("2024-05-01T00:00:00", { zone });
    // Articles 0–49 (newest) carry names[i % 14]: the first 8 names 4 times, the others 3.
    // Articles 50–59 carry "Zeta", the most used topic overall, but outside the window.
    const many = Array.from({ length: 60 }, (_, i) =>
      article(`article-${i}`, start.minus({ hours: i }).toISO() ?? "", { tags: [i < 50 ? (names[i % 14] ?? "") : "Zeta"] }),
    );
    const home = single(siteData(many, { config: resolveSiteConfig() }), "home");
    expect(home.trending.map((topic) => [topic.name, topic.url, topic.count])).toEqual([
      ["ASEAN", "/topics/asean/", 4],
      ["Borders", "/topics/borders/", 4],
      ["Climate", "/topics/climate/", 4],
      ["Đà Nẵng", "/topics/da-nang/", 4],
      ["Energy", "/topics/energy/", 4],
      ["Health", "/topics/health/", 4],
      ["Mekong", "/topics/mekong/", 4],
      ["Trade", "/topics/trade/", 4],
      ["Culture", "/topics/culture/", 3],
      ["Fisheries", "/topics/fisheries/", 3],
      ["Labour", "/topics/labour/", 3],
      ["Rice", "/topics/rice/", 3],
    ]);
    expect(home.latest).toHaveLength(20);
  });
});

describe("buildSiteData: 404", () => {
  it("is one page at /404.html", () => {
    const { head: _head, ...rest } = single(data, "not-found");
    expect(rest).toStrictEqual({
      kind: "not-found",
      path: "/404.html",
      url: "/bulletin/404.html",
      canonical: "https://example.org/bulletin/404.html",
      title: "Page not found",
      lang: "en",
      description: "This page does not exist.",
    });
    expect(data.singles.map((page) => page.kind)).toEqual(["home", "topics", "not-found"]);
  });
});

describe("buildSiteData: article pages", () => {
  it("one page per shown article, newest first", () => {
    expect(data.articles.map((page) => page.path)).toEqual([
      "/2024/05/09/summit/",
      "/2024/05/08/trade/",
      "/2024/05/07/peninsula/",
      "/2024/04/30/budget/",
      "/2024/04/20/danang/",
      "/2023/12/01/seoul/",
      "/2023/11/01/covid/",
    ]);
  });

  it("an article with every optional field", () => {
    const { head: _head, ...rest } = articlePage(data, "summit");
    expect(rest).toStrictEqual({
      kind: "article",
      path: "/2024/05/09/summit/",
      url: "/bulletin/2024/05/09/summit/",
      canonical: "https://example.org/bulletin/2024/05/09/summit/",
      title: "ASEAN and the RoK hold a summit",
      lang: "en",
      description: "Leaders agreed to deepen cooperation.",
      headline: "ASEAN and the RoK hold a summit",
      summary: "Leaders agreed to deepen cooperation.",
      section: "World",
      sectionUrl: "/bulletin/sections/world/",
      within: "/bulletin/sections/world/",
      status: "published",
      location: "Hanoi",
      author: "Minh Anh",
      published: { iso: "2024-05-09T10:00:00+07:00", text: "9 May 2024, 10:00 GMT+7" },
      archiveUrl: "/bulletin/2024/05/",
      updated: { iso: "2024-05-10T08:15:00+07:00", text: "10 May 2024, 08:15 GMT+7" },
      figure: {
        sources: [
          {
            type: "image/avif",
            srcset:
              "/bulletin/images/summit.0123456789-480.avif 480w, /bulletin/images/summit.0123456789-800.avif 800w, /bulletin/images/summit.0123456789-1200.avif 1200w",
          },
          {
            type: "image/webp",
            srcset:
              "/bulletin/images/summit.0123456789-480.webp 480w, /bulletin/images/summit.0123456789-800.webp 800w, /bulletin/images/summit.0123456789-1200.webp 1200w",
          },
        ],
        src: "/bulletin/images/summit.0123456789-1200.jpg",
        srcset:
          "/bulletin/images/summit.0123456789-480.jpg 480w, /bulletin/images/summit.0123456789-800.jpg 800w, /bulletin/images/summit.0123456789-1200.jpg 1200w",
        sizes: "(min-width: 48rem) 44rem, calc(100vw - 2rem)",
        alt: "Leaders at the table",
        width: 1200,
        height: 800,
        caption: "Leaders meet in Hanoi",
        credit: "VNA",
      },
      bodyHtml: "<p>Body of summit.</p>",
      source: { name: "NDO", url: "https://en.nhandan.vn/" },
      topics: [
        { url: "/bulletin/topics/asean/", text: "ASEAN" },
        { url: "/bulletin/topics/republic-of-korea/", text: "Republic of Korea" },
      ],
      corrections: [
        { date: { iso: "2024-05-10T00:00:00+07:00", text: "10 May 2024" }, text: "An earlier version misspelt a name." },
      ],
      related: [
        { url: "/bulletin/2024/05/08/trade/", title: "Title of trade", summary: "Summary of trade." },
        { url: "/bulletin/2024/05/07/peninsula/", title: "Title of peninsula", summary: "Summary of peninsula." },
        { url: "/bulletin/2024/04/30/budget/", title: "Title of budget", summary: "Summary of budget." },
        { url: "/bulletin/2024/04/20/danang/", title: "Title of danang", summary: "Summary of danang." },
        { url: "/bulletin/2023/12/01/seoul/", title: "Title of seoul", summary: "Summary of seoul." },
        { url: "/bulletin/2023/11/01/covid/", title: "Title of covid", summary: "Summary of covid." },
      ],
      search: { year: "2024", sortKey: "2024-05-09T03:00:00.000Z", extraWords: "" },
    });
  });

  it("an article without optional fields has none of their keys", () => {
    const page = articlePage(data, "covid");
    expect(["location", "author", "updated", "figure", "source"].filter((key) => key in page)).toEqual([]);
    expect(page.topics).toEqual([
      { url: "/bulletin/topics/covid-19/", text: "COVID-19" },
      { url: "/bulletin/topics/diplomacy/", text: "Diplomacy" },
    ]);
    expect(page.corrections).toEqual([]);
    expect(page.archiveUrl).toBe("/bulletin/2023/11/");
  });

  it("a figure without caption or credit", () => {
    expect(articlePage(data, "peninsula").figure).toStrictEqual({
      sources: [
        { type: "image/avif", srcset: "/bulletin/images/peninsula.abcdef0123-480.avif 480w, /bulletin/images/peninsula.abcdef0123-600.avif 600w" },
        { type: "image/webp", srcset: "/bulletin/images/peninsula.abcdef0123-480.webp 480w, /bulletin/images/peninsula.abcdef0123-600.webp 600w" },
      ],
      src: "/bulletin/images/peninsula.abcdef0123-600.jpg",
      srcset: "/bulletin/images/peninsula.abcdef0123-480.jpg 480w, /bulletin/images/peninsula.abcdef0123-600.jpg 600w",
      sizes: "(min-width: 48rem) 44rem, calc(100vw - 2rem)",
      alt: "A map of the peninsula",
      width: 600,
      height: 400,
    });
  });

  it("Open Graph and JSON-LD show the widest JPEG of the lead picture", () => {
    const { head } = articlePage(data, "summit");
    const meta = (property: string) => head.meta.find((tag) => tag.property === property)?.content;
    expect(meta("og:image")).toBe("https://example.org/bulletin/images/summit.0123456789-1200.jpg");
    expect(meta("og:image:width")).toBe("1200");
    expect(meta("og:image:height")).toBe("800");
    expect(head.jsonLd.join()).toContain("https://example.org/bulletin/images/summit.0123456789-1200.jpg");
  });

  it("gives the renderer the body's pictures by the address they render with", () => {
    const seen: (ReadonlyMap<string, unknown> | undefined)[] = [];
    const body = makeArticle("body", "2024-05-01T09:00:00", {
      bodyImages: [
        { src: "peninsula.png", file: "content/articles/peninsula.png" },
        { src: "s%C3%B4ng.jpg", file: "content/images/summit.jpg" },
      ],
    });
    const plain = makeArticle("plain", "2024-05-02T09:00:00");
    const { bulletin } = buildBulletin([body, plain], topicData, config, buildTime, "production");
    buildSiteData(bulletin, { images, renderMarkdown: (markdown, pictures) => (seen.push(pictures), markdown) });
    const [forPlain, forBody] = seen;
    expect(forPlain).toBeUndefined();
    expect([...(forBody?.keys() ?? [])]).toEqual(["peninsula.png", "s%C3%B4ng.jpg"]);
    expect(forBody?.get("s%C3%B4ng.jpg")).toMatchObject({ src: "/bulletin/images/summit.0123456789-1200.jpg", width: 1200 });
  });

  it("a bare date is published at midnight in the site zone", () => {
    expect(articlePage(data, "danang").published).toEqual({ iso: "2024-04-20T00:00:00+07:00", text: "20 April 2024, 00:00 GMT+7" });
  });

  it("related items follow the ranking, never the article itself", () => {
    expect(articlePage(data, "budget").related.map((item) => slugOfUrl(item.url))).toEqual([
      "trade",
      "peninsula",
      "summit",
      "danang",
      "seoul",
      "covid",
    ]);
    for (const page of data.articles) expect(page.related.map((item) => item.url)).not.toContain(page.url);
  });

  it("an image missing from the images map is a programmer error", () => {
    expect(() => siteData(articles, { images: new Map() })).toThrow(new Error("No published image for content/images/summit.jpg."));
  });
});

describe("buildSiteData: site", () => {
  it("production", () => {
    expect(data.site).toStrictEqual({
      name: "The Diplomatic Bulletin",
      lang: "en",
      baseUrl: "https://example.org/bulletin/",
      links: {
        home: "/bulletin/",
        topics: "/bulletin/topics/",
        stylesheet: "/bulletin/assets/style.css",
        icon: "/bulletin/assets/icon.svg",
        atomFeed: "/bulletin/feed.xml",
        jsonFeed: "/bulletin/feed.json",
        search: "/bulletin/search/",
      },
      dev: false,
      years: [
        { url: "/bulletin/2024/", text: "2024" },
        { url: "/bulletin/2023/", text: "2023" },
      ],
      sections: [{ url: "/bulletin/sections/world/", text: "World" }],
    });
    expect(data.files).toEqual([]);
  });

  it("preview: dev is true and drafts are shown, marked", () => {
    const preview = siteData(articles, { mode: "preview" });
    expect(preview.site.dev).toBe(true);
    expect(preview.articles.map((page) => [slugOfUrl(page.path), page.status])).toEqual([
      ["draft", "draft"],
      ["summit", "published"],
      ["trade", "published"],
      ["peninsula", "published"],
      ["budget", "published"],
      ["danang", "published"],
      ["seoul", "published"],
      ["covid", "published"],
    ]);
  });

  it("with no articles: no topic or section pages, empty index and home, no years", () => {
    const empty = siteData([]);
    expect(empty.articles).toEqual([]);
    expect(empty.topicPages).toEqual([]);
    expect(single(empty, "topics").groups).toEqual([]);
    expect(single(empty, "home").latest).toEqual([]);
    expect(single(empty, "home").trending).toEqual([]);
    expect(empty.site.years).toEqual([]);
    expect(empty.sectionPages).toEqual([]);
    expect(empty.site.sections).toEqual([]);
  });
});

it("without topic data, a tag stands for itself", () => {
  const { bulletin } = buildBulletin([article("visit", "2024-05-09T10:00:00", { tags: ["RoK"] })], emptyTopicData, config, buildTime, "production");
  const view = buildSiteData(bulletin, { renderMarkdown, images });
  expect(view.articles[0]?.topics).toEqual([{ url: "/bulletin/topics/rok/", text: "RoK" }]);
});

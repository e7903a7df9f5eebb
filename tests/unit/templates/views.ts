/**
 * Hand-made view models for the template tests, each a complete valid value that a
 * test overrides field by field, and the checks every rendered page must pass.
 */
import type { CheerioAPI } from "cheerio";
import * as cheerio from "cheerio";
import type { VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import { expect } from "vitest";
import type {
  ArchivePageView,
  ArticleListItemView,
  ArticlePageView,
  HomeView,
  NotFoundView,
  SiteData,
  SectionPageView,
  SiteView,
  TopicPageView,
  TopicsIndexView,
  HeadView,
  SearchPageView,
} from "../../../src/views/types";

/** The bulletin's settings as production sees them. */
export const site: SiteView = {
  name: "The Diplomatic Bulletin",
  lang: "en",
  baseUrl: "https://example.org/",
  links: {
    home: "/",
    topics: "/topics/",
    stylesheet: "/assets/style.css",
    icon: "/assets/icon.svg",
    atomFeed: "/feed.xml",
    jsonFeed: "/feed.json",
    search: "/search/",
  },
  dev: false,
  years: [
    { url: "/2024/", text: "2024" },
    { url: "/2020/", text: "2020" },
  ],
  sections: [
    { url: "/sections/world/", text: "World" },
    { url: "/sections/economy/", text: "Economy" },
  ],
};

/** Head metadata of a page that is not an article: two tags and one JSON-LD document. */
export const pageHead: HeadView = {
  meta: [
    { property: "og:type", content: "website" },
    { name: "twitter:card", content: "summary" },
  ],
  jsonLd: ['{"@type":"BreadcrumbList","name":"\\u003c/script\\u003e"}'],
};

/** An article page with every optional part present. */
export const fullArticle: ArticlePageView = {
  kind: "article",
  path: "/2020/08/26/asean-and-the-rok-meet-online/",
  url: "/2020/08/26/asean-and-the-rok-meet-online/",
  canonical: "https://example.org/2020/08/26/asean-and-the-rok-meet-online/",
  title: "ASEAN and the RoK meet online",
  lang: "en",
  description: "Both sides agreed to deepen cooperation.",
  head: {
    meta: [
      { property: "og:type", content: "article" },
      { property: "article:tag", content: "ASEAN" },
      { property: "article:tag", content: "Republic of Korea" },
      { name: "twitter:card", content: "summary_large_image" },
    ],
    jsonLd: ['{"@type":"NewsArticle","headline":"ASEAN \\u0026 RoK"}', '{"@type":"BreadcrumbList"}'],
  },
  headline: "ASEAN and the RoK meet online",
  summary: "Both sides agreed to deepen cooperation.",
  section: "World",
  sectionUrl: "/sections/world/",
  within: "/sections/world/",
  status: "published",
  location: "Hanoi",
  author: "Lan Anh",
  published: { iso: "2020-08-26T17:00:00+07:00", text: "26 August 2020, 17:00 GMT+7" },
  archiveUrl: "/2020/08/",
  updated: { iso: "2020-08-27T09:30:00+07:00", text: "27 August 2020, 09:30 GMT+7" },
  figure: {
    sources: [
      { type: "image/avif", srcset: "/images/dialogue.0123456789-480.avif 480w, /images/dialogue.0123456789-1200.avif 1200w" },
      { type: "image/webp", srcset: "/images/dialogue.0123456789-480.webp 480w, /images/dialogue.0123456789-1200.webp 1200w" },
    ],
    src: "/images/dialogue.0123456789-1200.jpg",
    srcset: "/images/dialogue.0123456789-480.jpg 480w, /images/dialogue.0123456789-1200.jpg 1200w",
    sizes: "(min-width: 48rem) 44rem, calc(100vw - 2rem)",
    alt: "Delegates on screens",
    width: 1200,
    height: 800,
    caption: "Delegates join the online dialogue",
    credit: "VNA",
  },
  bodyHtml: "<p>First paragraph with <em>emphasis</em>.</p>\n<h2>A subheading</h2>\n",
  source: { name: "NDO", url: "https://en.nhandan.vn/" },
  topics: [
    { url: "/topics/asean/", text: "ASEAN" },
    { url: "/topics/republic-of-korea/", text: "Republic of Korea" },
  ],
  corrections: [
    {
      date: { iso: "2020-08-28T00:00:00+07:00", text: "28 August 2020" },
      text: "An earlier version misstated the fund's size.",
    },
  ],
  related: [
    { url: "/2020/08/20/b/", title: "Second", summary: "Summary of second." },
    { url: "/2019/01/02/a/", title: "First", summary: "Summary of first." },
  ],
};

/** The same article with none of the optional parts. */
export const bareArticle: ArticlePageView = {
  kind: "article",
  path: "/2020/08/26/bare/",
  url: "/2020/08/26/bare/",
  canonical: "https://example.org/2020/08/26/bare/",
  title: "Bare",
  lang: "en",
  description: "Bare summary.",
  head: pageHead,
  headline: "Bare",
  summary: "Bare summary.",
  section: "World",
  sectionUrl: "/sections/world/",
  status: "published",
  published: { iso: "2020-08-26T00:00:00+07:00", text: "26 August 2020, 00:00 GMT+7" },
  archiveUrl: "/2020/08/",
  bodyHtml: "<p>Body.</p>",
  topics: [{ url: "/topics/asean/", text: "ASEAN" }],
  corrections: [],
  related: [],
};

/** A list item; `n` makes its URL and title distinct. */
export function listItem(n: number, status: ArticleListItemView["status"] = "published"): ArticleListItemView {
  return {
    url: `/2024/01/${String(n).padStart(2, "0")}/item-${n}/`,
    title: `Item ${n}`,
    summary: `Summary of item ${n}.`,
    date: { iso: `2024-01-${String(n).padStart(2, "0")}T08:00:00+07:00`, text: `${n} January 2024, 08:00 GMT+7` },
    section: "World",
    status,
  };
}

/** Page 1 of 1 of a topic with two articles. */
export const topicPage: TopicPageView = {
  kind: "topic",
  path: "/topics/viet-nam/",
  url: "/topics/viet-nam/",
  canonical: "https://example.org/topics/viet-nam/",
  title: "Việt Nam",
  lang: "en",
  description: "Articles on Việt Nam.",
  head: pageHead,
  name: "Việt Nam",
  slug: "viet-nam",
  topicDescription: "News on Việt Nam's foreign relations.",
  count: 2,
  items: [listItem(2), listItem(1)],
  pageNumber: 1,
  pageCount: 1,
};

/** Page 2 of 3 of the World section. */
export const sectionPage: SectionPageView = {
  kind: "section",
  path: "/sections/world/page/2/",
  url: "/sections/world/page/2/",
  canonical: "https://example.org/sections/world/page/2/",
  title: "World section, page 2",
  lang: "en",
  description: "Articles in the World section of The Diplomatic Bulletin.",
  head: pageHead,
  within: "/sections/world/",
  name: "World",
  slug: "world",
  count: 45,
  items: [listItem(4), listItem(3)],
  pageNumber: 2,
  pageCount: 3,
  previousUrl: "/sections/world/",
  nextUrl: "/sections/world/page/3/",
};

export const home: HomeView = {
  kind: "home",
  path: "/",
  url: "/",
  canonical: "https://example.org/",
  title: "The Diplomatic Bulletin",
  lang: "en",
  description: "The latest news from The Diplomatic Bulletin.",
  head: pageHead,
  latest: [listItem(3), listItem(2, "draft"), listItem(1)],
  trending: [
    { name: "ASEAN", url: "/topics/asean/", count: 12 },
    { name: "Việt Nam", url: "/topics/viet-nam/", count: 7 },
  ],
};

export const topicsIndex: TopicsIndexView = {
  kind: "topics",
  path: "/topics/",
  url: "/topics/",
  canonical: "https://example.org/topics/",
  title: "Topics",
  lang: "en",
  description: "Every topic, A to Z.",
  head: pageHead,
  groups: [
    {
      letter: "A",
      topics: [
        { name: "ASEAN", url: "/topics/asean/", count: 12 },
        { name: "Australia", url: "/topics/australia/", count: 1 },
      ],
    },
    { letter: "V", topics: [{ name: "Việt Nam", url: "/topics/viet-nam/", count: 7 }] },
    { letter: "#", topics: [{ name: "대한민국", url: "/topics/c5d3a1b2/", count: 1 }] },
  ],
};

export const notFound: NotFoundView = {
  kind: "not-found",
  path: "/404.html",
  url: "/404.html",
  canonical: "https://example.org/404.html",
  title: "Page not found",
  lang: "en",
  description: "This page does not exist.",
  head: pageHead,
};

/** The January 2024 archive, between December 2023 and March 2024. */
export const monthArchive: ArchivePageView = {
  kind: "archive",
  path: "/2024/01/",
  url: "/2024/01/",
  canonical: "https://example.org/2024/01/",
  title: "January 2024",
  lang: "en",
  description: "Articles published in January 2024 in The Diplomatic Bulletin.",
  head: pageHead,
  period: "month",
  heading: "January 2024",
  count: 2,
  items: [listItem(2), listItem(1)],
  months: [],
  older: { url: "/2023/12/", text: "December 2023" },
  newer: { url: "/2024/03/", text: "March 2024" },
};

/** The 2024 archive, the newest year, with its two months. */
export const yearArchive: ArchivePageView = {
  kind: "archive",
  path: "/2024/",
  url: "/2024/",
  canonical: "https://example.org/2024/",
  title: "2024",
  lang: "en",
  description: "Articles published in 2024 in The Diplomatic Bulletin.",
  head: pageHead,
  period: "year",
  heading: "2024",
  count: 3,
  items: [listItem(3), listItem(2), listItem(1)],
  months: [
    { text: "March", url: "/2024/03/", count: 1 },
    { text: "January", url: "/2024/01/", count: 2 },
  ],
  older: { url: "/2020/", text: "2020" },
};

/** The search page, with a choice or two in each filter. */
export const searchPage: SearchPageView = {
  kind: "search",
  path: "/search/",
  url: "/search/",
  canonical: "https://example.org/search/",
  title: "Search",
  lang: "en",
  description: "Search the articles of The Diplomatic Bulletin.",
  head: pageHead,
  topics: ["ASEAN", "Republic of Korea", "Việt Nam"],
  sections: ["Economy", "World"],
  years: ["2024", "2020"],
  bundleUrl: "/pagefind/",
  prefix: "/",
  scriptUrl: "/assets/search.js",
};

/** The `communique` global data around the given views. */
export function siteData(overrides: Partial<SiteData> = {}): SiteData {
  return {
    site,
    articles: [fullArticle],
    topicPages: [topicPage],
    sectionPages: [sectionPage],
    archives: [yearArchive, monthArchive],
    singles: [home, topicsIndex, notFound],
    search: searchPage,
    files: [],
    ...overrides,
  };
}

/** Renders a page module's output to HTML as the Eleventy glue does, and parses it. */
export function load(node: VNode): { html: string; $: CheerioAPI } {
  const html = renderToStaticMarkup(node);
  return { html, $: cheerio.load(html) };
}

/**
 * Checks every page must pass: a whole document, one `<h1>`, a `<main id="main">`,
 * unique ids, lists holding only items, no link inside a link.
 */
export function expectSoundPage(html: string, $: CheerioAPI): void {
  expect(html.startsWith("<html")).toBe(true);
  expect($("h1")).toHaveLength(1);
  expect($("main#main")).toHaveLength(1);
  const ids = $("[id]")
    .map((_, element) => $(element).attr("id"))
    .get();
  expect(new Set(ids).size).toBe(ids.length);
  expect($("ul > :not(li), ol > :not(li)")).toHaveLength(0);
  expect($("a a, a button, button a")).toHaveLength(0);
}

/**
 * Shared by the feed and sitemap tests: a strict XML parser with namespace-aware element
 * lookups, and small bulletins built through the real model and view code.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { DateTime } from "luxon";
import type { Feed, FeedEntry } from "../../../src/feeds/feed";
import { resolveSiteConfig, type SiteConfig } from "../../../src/config";
import { createMarkdownRenderer } from "../../../src/markdown/render-markdown";
import type { Article } from "../../../src/model/article";
import { buildBulletin, type Bulletin, type BuildMode } from "../../../src/model/build-bulletin";
import { emptyTopicData } from "../../../src/model/topic-data";
import { buildSiteData, type PublishedImage } from "../../../src/views/build-site-data";
import type { SiteData } from "../../../src/views/types";

export const atomNs = "http://www.w3.org/2005/Atom";
export const sitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const newsNs = "http://www.google.com/schemas/sitemap-news/0.9";
export const xmlNs = "http://www.w3.org/XML/1998/namespace";

/** Editor text that XML and JSON must carry unchanged: markup characters, quotes, non-Latin letters. */
export const editorText = `Tom & Jerry's <b>"bold"</b> -> Việt Nam, 대한민국`;

/**
 * Parses `text` as XML, throwing on any warning or error, so a sloppy file fails the test.
 * One warning is let through: xmldom takes U+FFFD as a sign that the file was decoded with
 * the wrong encoding, but it is a character XML allows, and one an editor can type.
 */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level === "warning" && message.includes("Unicode replacement character detected")) return;
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, "application/xml");
}

/** The child elements of `parent` named `name` in namespace `ns` (children only, not deeper). */
export function childrenOf(parent: Element, ns: string, name: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const element = node as Element;
    if (node.nodeType === node.ELEMENT_NODE && element.namespaceURI === ns && element.localName === name) found.push(element);
  }
  return found;
}

/** The one child element of `parent` named `name` in `ns`; throws when there is not exactly one. */
export function childOf(parent: Element, ns: string, name: string): Element {
  const found = childrenOf(parent, ns, name);
  const only = found[0];
  if (found.length !== 1 || !only) throw new Error(`expected one <${name}> in ${parent.localName}, found ${found.length}`);
  return only;
}

/** The text of the one child `name` in `ns` of `parent`. */
export function textOf(parent: Element, ns: string, name: string): string {
  return childOf(parent, ns, name).textContent ?? "";
}

/** The root element of `document`. */
export function rootOf(document: Document): Element {
  const root = document.documentElement;
  if (!root) throw new Error("no root element");
  return root;
}

const zone = "Asia/Ho_Chi_Minh";

/** A moment read from ISO text, in the site's zone, as the loader hands it over. */
export function at(iso: string): DateTime {
  const moment = DateTime.fromISO(iso, { zone });
  if (!moment.isValid) throw new Error(`bad time ${iso}`);
  return moment;
}

/** A valid article; `overrides` replace any field. */
export function makeArticle(slug: string, date: string, overrides: Partial<Article> = {}): Article {
  const tags = overrides.tags ?? ["ASEAN"];
  return {
    file: `content/articles/${slug}.md`,
    title: `Title of ${slug}`,
    date: at(date),
    summary: `Summary of ${slug}.`,
    section: "World",
    corrections: [],
    draft: false,
    slug,
    lang: "en",
    body: `Body of *${slug}*, with [a link](/topics/asean/).`,
    ...overrides,
    tags,
    tagLines: tags.map((_, i) => i + 5),
    tagColumns: tags.map(() => 5),
  };
}

export interface TestSite {
  readonly bulletin: Bulletin;
  readonly pages: SiteData;
  readonly buildTime: DateTime;
}

/** The model and page views of `articles` at `buildTime`, as `prepareSite` makes them. */
export function makeSite(
  articles: readonly Article[],
  options: { readonly buildTime?: string; readonly mode?: BuildMode; readonly site?: Partial<SiteConfig> } = {},
): TestSite {
  const config = resolveSiteConfig({ name: "The Diplomatic Bulletin", baseUrl: "https://example.org/bulletin/", ...options.site });
  const buildTime = at(options.buildTime ?? "2026-11-28T12:00:00+07:00");
  const { bulletin } = buildBulletin(articles, emptyTopicData, config, buildTime, options.mode ?? "production");
  const images = new Map<string, PublishedImage>();
  for (const article of articles) {
    if (article.image) {
      const url = `/images/${article.slug}.0123456789.jpg`;
      images.set(article.image.file, { variants: [{ format: "jpeg", width: 800, height: 450, url }] });
    }
  }
  const pages = buildSiteData(bulletin, { renderMarkdown: createMarkdownRenderer(), images });
  return { bulletin, pages, buildTime };
}

/** A feed entry with every optional field, editor text throughout. */
export const lead: FeedEntry = {
  url: "https://example.org/bulletin/2024/01/20/lead/",
  title: editorText,
  summary: `Summary: ${editorText}`,
  contentHtml: '<p>A <a href="/bulletin/topics/asean/">link</a> &amp; text</p>\n',
  published: at("2024-01-20T10:00:00+07:00"),
  updated: at("2024-01-21T08:15:00+07:00"),
  author: `Lan Anh & "Min-jun" <대한민국>`,
  lang: "en",
  topics: [
    { slug: "asean", name: "ASEAN" },
    { slug: "viet-nam", name: "Việt Nam & <Friends>" },
  ],
  image: "https://example.org/bulletin/images/lead.0123456789.jpg",
};

// Given in UTC, written in the site's zone: 03:00 on 19 January in Hanoi.
/** A bare entry in another language, published at a time given in UTC. */
export const older: FeedEntry = {
  url: "https://example.org/bulletin/2024/01/19/older/",
  title: "Bản tin tiếng Việt",
  summary: "Tóm tắt.",
  contentHtml: "<p>Nội dung.</p>",
  published: at("2024-01-18T20:00:00Z"),
  lang: "vi",
  topics: [],
};

/** A feed of `lead` and `older`. */
export const sampleFeed: Feed = {
  title: `The "Diplomatic" Bulletin & Co`,
  feedUrl: "https://example.org/bulletin/feed.xml",
  homeUrl: "https://example.org/bulletin/",
  siteUrl: "https://example.org/bulletin/",
  authorName: "The Diplomatic Bulletin",
  lang: "en",
  timeZone: "Asia/Ho_Chi_Minh",
  emptyUpdated: at("2026-11-28T12:00:00+07:00"),
  entries: [lead, older],
};

/**
 * The sitemap (https://www.sitemaps.org/protocol.html, schema 0.9): every indexable page with
 * its last change. Up to `maxUrls` URLs it is one `/sitemap.xml`; past that, `/sitemap.xml`
 * is a sitemap index over `/sitemaps/sitemap-N.xml` chunks. Pure: model and views in, files out.
 */
import type { DateTime } from "luxon";
import { entryChanged } from "../feeds/feed";
import { w3cDateTime } from "../feeds/w3c-date-time";
import { escapeXml, xmlDeclaration } from "../feeds/xml";
import type { Bulletin } from "../model/build-bulletin";
import { createLinks } from "../urls";
import type { SiteData, TextFileView } from "../views/types";

/** The sitemap namespace, for `urlset` and `sitemapindex`. */
export const sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** Where the sitemap (or the sitemap index) is written. */
export const sitemapPath = "/sitemap.xml";

/** The protocol's limit of URLs in one sitemap file, and of sitemaps in one index. */
export const sitemapMaxUrls = 50_000;

/** Where chunk `n` (from 1) of a large sitemap is written. */
export function sitemapChunkPath(n: number): string {
  return `/sitemaps/sitemap-${n}.xml`;
}

/** One page in the sitemap. */
export interface SitemapUrl {
  /** Absolute URL of the page. */
  readonly loc: string;
  /** When what the page shows last changed; absent when nothing it lists is published. */
  readonly lastmod?: DateTime;
}

export interface SitemapOptions {
  /** Absolute URL of the site's root, ending in `/`, for the chunk URLs of an index. */
  readonly siteUrl: string;
  /** IANA zone `lastmod` is written in. */
  readonly timeZone: string;
  /** URLs per file before the sitemap becomes an index. @default 50000 (1–50000) */
  readonly maxUrls?: number;
}

/**
 * The indexable pages of the site, with `lastmod`: the home page, the topics index,
 * every article, every topic page, every section page and every archive page; never the 404 page. An article's
 * `lastmod` is its update, else its publication; a list page's is the newest of what it lists.
 * Only published articles count, so a preview's drafts never reach a sitemap.
 */
export function sitemapUrls(bulletin: Bulletin, pages: SiteData): SitemapUrl[] {
  const links = createLinks(bulletin.config.baseUrl);
  // Article links as list items carry them (under the path prefix) → last change.
  const changed = new Map<string, DateTime>();
  for (const { article, url, status } of bulletin.entries) {
    if (status !== "published") continue;
    changed.set(links.href(url), entryChanged({ published: article.date, ...(article.updated ? { updated: article.updated } : {}) }));
  }
  const newestOf = (urls: Iterable<string>): DateTime | undefined => {
    let newest: DateTime | undefined;
    for (const url of urls) {
      const time = changed.get(url);
      if (time && (!newest || time.toMillis() > newest.toMillis())) newest = time;
    }
    return newest;
  };
  const withLastmod = (loc: string, lastmod: DateTime | undefined): SitemapUrl => (lastmod ? { loc, lastmod } : { loc });

  const urls: SitemapUrl[] = [];
  for (const single of pages.singles) {
    if (single.kind === "home") urls.push(withLastmod(single.canonical, newestOf(single.latest.map((item) => item.url))));
    // The topics index counts every published article, so any change shows there.
    if (single.kind === "topics") urls.push(withLastmod(single.canonical, newestOf(changed.keys())));
  }
  // Article pages, read from the bulletin: a large build makes their views a run at a time.
  for (const { url } of bulletin.entries) {
    const lastmod = changed.get(links.href(url));
    if (lastmod) urls.push({ loc: links.absolute(url), lastmod });
  }
  for (const list of [...pages.topicPages, ...pages.sectionPages, ...pages.archives]) {
    const lastmod = newestOf(list.items.map((item) => item.url));
    if (lastmod) urls.push({ loc: list.canonical, lastmod });
  }
  return urls;
}

/**
 * The sitemap files for `urls`: `/sitemap.xml` as a `urlset` when there are at most
 * `maxUrls`, else a `sitemapindex` at `/sitemap.xml` and `urlset` chunks of `maxUrls` each.
 */
export function renderSitemaps(urls: readonly SitemapUrl[], options: SitemapOptions): TextFileView[] {
  const maxUrls = options.maxUrls ?? sitemapMaxUrls;
  if (!Number.isInteger(maxUrls) || maxUrls < 1 || maxUrls > sitemapMaxUrls) {
    throw new Error(`renderSitemaps: maxUrls is ${String(maxUrls)}; expected a whole number from 1 to ${sitemapMaxUrls}.`);
  }
  if (urls.length <= maxUrls) return [{ path: sitemapPath, content: renderUrlset(urls, options.timeZone) }];

  const chunks: TextFileView[] = [];
  const index: SitemapUrl[] = [];
  for (let start = 0; start < urls.length; start += maxUrls) {
    const chunk = urls.slice(start, start + maxUrls);
    const path = sitemapChunkPath(chunks.length + 1);
    chunks.push({ path, content: renderUrlset(chunk, options.timeZone) });
    index.push(withNewest(new URL(path.slice(1), options.siteUrl).href, chunk));
  }
  return [{ path: sitemapPath, content: renderIndex(index, options.timeZone) }, ...chunks];
}

function withNewest(loc: string, urls: readonly SitemapUrl[]): SitemapUrl {
  let newest: DateTime | undefined;
  for (const { lastmod } of urls) {
    if (lastmod && (!newest || lastmod.toMillis() > newest.toMillis())) newest = lastmod;
  }
  return newest ? { loc, lastmod: newest } : { loc };
}

function renderUrlset(urls: readonly SitemapUrl[], timeZone: string): string {
  return renderList("urlset", "url", urls, timeZone);
}

function renderIndex(sitemaps: readonly SitemapUrl[], timeZone: string): string {
  return renderList("sitemapindex", "sitemap", sitemaps, timeZone);
}

function renderList(root: string, element: string, urls: readonly SitemapUrl[], timeZone: string): string {
  const lines = [xmlDeclaration, `<${root} xmlns="${sitemapNamespace}">`];
  for (const { loc, lastmod } of urls) {
    const time = lastmod ? `<lastmod>${w3cDateTime(lastmod, timeZone)}</lastmod>` : "";
    lines.push(`  <${element}><loc>${escapeXml(loc)}</loc>${time}</${element}>`);
  }
  lines.push(`</${root}>`, "");
  return lines.join("\n");
}

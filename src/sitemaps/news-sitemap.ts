/**
 * The Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * the articles published in the 48 hours up to the build time, newest first, at most 1,000,
 * each with publication name, language, publication date and title. Pure; time is passed in.
 */
import type { DateTime } from "luxon";
import { w3cDateTime } from "../feeds/w3c-date-time";
import { escapeXml, xmlDeclaration } from "../feeds/xml";
import type { Bulletin, BulletinEntry } from "../model/build-bulletin";
import { createLinks } from "../urls";
import { sitemapNamespace } from "./sitemap";

/** The Google News extension's namespace. */
export const newsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

/** Where the news sitemap is written. */
export const newsSitemapPath = "/news-sitemap.xml";

/** How far back the news sitemap reaches: Google News reads the last two days. */
export const newsWindowHours = 48;

/** Google News reads at most this many articles from one news sitemap. */
export const newsMaxArticles = 1000;

/**
 * Whether an article published at `published` belongs in the news sitemap built at
 * `buildTime`. The window is closed at both ends: an article published exactly 48 hours
 * before the build is still in (it is two days old, not older), and so is one published at
 * the build time itself; anything older, or later than the build, is out.
 */
export function isInNewsWindow(published: DateTime, buildTime: DateTime): boolean {
  const age = buildTime.toMillis() - published.toMillis();
  return age >= 0 && age <= newsWindowHours * 3_600_000;
}

/** The published entries of the news window, newest first (the bulletin's order), at most `limit`. */
export function newsEntries(bulletin: Bulletin, buildTime: DateTime, limit = newsMaxArticles): BulletinEntry[] {
  return bulletin.entries
    .filter((entry) => entry.status === "published" && isInNewsWindow(entry.article.date, buildTime))
    .slice(0, limit);
}

/** The news sitemap of `bulletin` at `buildTime`; a `urlset` with no `url` when nothing is recent. */
export function renderNewsSitemap(bulletin: Bulletin, buildTime: DateTime, limit = newsMaxArticles): string {
  const { config } = bulletin;
  const links = createLinks(config.baseUrl);
  const lines = [xmlDeclaration, `<urlset xmlns="${sitemapNamespace}" xmlns:news="${newsNamespace}">`];
  for (const { article, url } of newsEntries(bulletin, buildTime, limit)) {
    lines.push(
      "  <url>",
      `    <loc>${escapeXml(links.absolute(url))}</loc>`,
      "    <news:news>",
      "      <news:publication>",
      `        <news:name>${escapeXml(config.name)}</news:name>`,
      `        <news:language>${escapeXml(article.lang)}</news:language>`,
      "      </news:publication>",
      `      <news:publication_date>${w3cDateTime(article.date, config.timeZone)}</news:publication_date>`,
      `      <news:title>${escapeXml(article.title)}</news:title>`,
      "    </news:news>",
      "  </url>",
    );
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}

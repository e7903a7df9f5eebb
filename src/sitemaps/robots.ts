/**
 * `/robots.txt` (RFC 9309, https://www.rfc-editor.org/rfc/rfc9309): every crawler may read
 * every page, and the sitemaps are named by absolute URL. Pure: URLs in, text out.
 */

/** Where robots.txt is written. */
export const robotsPath = "/robots.txt";

/** The robots.txt text allowing everything and naming each of `sitemaps` (absolute URLs). */
export function renderRobotsTxt(sitemaps: readonly string[]): string {
  return ["User-agent: *", "Allow: /", "", ...sitemaps.map((url) => `Sitemap: ${url}`), ""].join("\n");
}

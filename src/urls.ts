/**
 * The site's URLs, made in one place: article pages, topic pages and the topic index.
 * Pure: every URL is root-relative, starts and ends with `/`, and is built from slugs that
 * already match `slugPattern`.
 */
import type { DateTime } from "luxon";

/** The A–Z list of every topic. */
export const topicsIndexUrl = "/topics/";

/**
 * An article's URL, `/YYYY/MM/DD/<slug>/`. The date parts are read in `date`'s own zone,
 * so callers pass the date already set to the site's time zone (SPEC "Pages and URLs").
 */
export function articleUrl(date: DateTime, slug: string): string {
  if (!date.isValid) throw new Error(`articleUrl: invalid date for slug "${slug}".`);
  return `/${date.toFormat("yyyy/MM/dd")}/${slug}/`;
}

/**
 * A topic index page: `/topics/<slug>/` for page 1, `/topics/<slug>/page/N/` after it.
 * @default page 1; a whole number ≥ 1.
 */
export function topicUrl(slug: string, page = 1): string {
  if (!Number.isInteger(page) || page < 1) {
    throw new Error(`topicUrl: page must be a whole number from 1, got ${String(page)}.`);
  }
  return page === 1 ? `/topics/${slug}/` : `/topics/${slug}/page/${page}/`;
}

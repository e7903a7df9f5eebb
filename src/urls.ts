/**
 * The site's URLs, made in one place: article pages, topic and section pages, the topic index.
 * Pure: every URL is root-relative, starts and ends with `/`, and is built from slugs that
 * already match `slugPattern`.
 */
import type { DateTime } from "luxon";

/** The A–Z list of every topic. */
export const topicsIndexUrl = "/topics/";

/** The bulletin's Atom feed. */
export const atomFeedUrl = "/feed.xml";

/** The bulletin's JSON Feed. */
export const jsonFeedUrl = "/feed.json";

/** The stylesheet, copied from `templates/assets/`. */
export const stylesheetUrl = "/assets/style.css";

/** The bulletin's icon for browser tabs, copied from `templates/assets/`. */
export const iconUrl = "/assets/icon.svg";

/** The search page. */
export const searchUrl = "/search/";

/** The search page's script, copied from `templates/assets/`. */
export const searchScriptUrl = "/assets/search.js";

/** The folder Pagefind writes its search bundle (`pagefind.js` and the index) into. */
export const searchBundleUrl = "/pagefind/";

/** A topic's Atom feed, `/topics/<slug>/feed.xml`. */
export function topicFeedUrl(slug: string): string {
  return `/topics/${slug}/feed.xml`;
}

/** A year's archive, `/YYYY/`. */
export function yearUrl(year: number): string {
  return `/${String(year).padStart(4, "0")}/`;
}

/** A month's archive, `/YYYY/MM/`. */
export function monthUrl(year: number, month: number): string {
  return `/${String(year).padStart(4, "0")}/${String(month).padStart(2, "0")}/`;
}

/**
 * Links for a bulletin published at `baseUrl`: the path of `baseUrl` is the prefix every
 * link carries (`https://org.github.io/bulletin/` serves `/topics/` at `/bulletin/topics/`).
 */
export interface Links {
  /** The path prefix, starting and ending with `/`. */
  readonly prefix: string;
  /** A site path (`/topics/`) as a link within the site (`/bulletin/topics/`). */
  href(path: string): string;
  /** A site path as an absolute URL (`https://org.github.io/bulletin/topics/`). */
  absolute(path: string): string;
}

/** Makes the {@link Links} of a site published at `baseUrl` (absolute, ending in `/`). */
export function createLinks(baseUrl: string): Links {
  const base = new URL(baseUrl);
  const prefix = base.pathname;
  return {
    prefix,
    href: (path) => `${prefix}${path.replace(/^\//, "")}`,
    absolute: (path) => new URL(path.replace(/^\//, ""), base).href,
  };
}

/** The article pages in an output folder, as a glob relative to it: `YYYY/MM/DD/<slug>/index.html`. */
export const articlePagesGlob = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html";

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

/**
 * A section page: `/sections/<slug>/` for page 1, `/sections/<slug>/page/N/` after it.
 * @default page 1; a whole number ≥ 1.
 */
export function sectionUrl(slug: string, page = 1): string {
  if (!Number.isInteger(page) || page < 1) {
    throw new Error(`sectionUrl: page must be a whole number from 1, got ${String(page)}.`);
  }
  return page === 1 ? `/sections/${slug}/` : `/sections/${slug}/page/${page}/`;
}

/**
 * True for a site path our pages and files may be written at: `/`, then lower-case
 * segments of `[a-z0-9-]` (or a `u-` hash), ending in `/` or a file name with a known
 * extension. Nothing with `..`, `//`, a backslash or another character can pass.
 */
export function pathIsSafe(path: string): boolean {
  return /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*(?:[a-z0-9]+(?:[-.][a-z0-9]+)*\.(?:html|xml|json|txt|css|jpe?g|png|webp|gif|avif))?$/.test(path);
}

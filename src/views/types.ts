/**
 * View models: the only data templates read. Every string is final (formatted dates,
 * links under the site's path prefix, rendered body HTML); templates do loops and
 * presence checks only. `path` fields say where a page is written; `url` fields are links.
 */

/** A point in time, formatted in the site's time zone. */
export interface TimeView {
  /** Full ISO 8601 with offset, for `<time datetime>`. */
  readonly iso: string;
  /** Human text, e.g. "26 August 2020, 10:00 GMT+7". */
  readonly text: string;
}

export interface LinkView {
  readonly url: string;
  readonly text: string;
}

/** `published` in production; the dev server also shows `draft` and `scheduled` articles, marked. */
export type ArticleStatus = "published" | "draft" | "scheduled";

/** One article in a list (home, topic page). */
export interface ArticleListItemView {
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly date: TimeView;
  readonly section: string;
  readonly status: ArticleStatus;
}

export interface RelatedItemView {
  readonly url: string;
  readonly title: string;
  readonly summary: string;
}

/** One format of a picture, for a `<source>`: its media type and width candidates. */
export interface PictureSourceView {
  /** e.g. `image/avif`. */
  readonly type: string;
  /** e.g. `/images/a.3f2a9c1d0b-480.avif 480w, /images/a.3f2a9c1d0b-800.avif 800w`. */
  readonly srcset: string;
}

/**
 * A processed picture, for `<picture>`: the modern formats as sources, best first, and the
 * fallback JPEG for the `<img>`, whose size reserves the picture's space before it loads.
 */
export interface PictureView {
  /** AVIF, then WebP. */
  readonly sources: readonly PictureSourceView[];
  /** The widest JPEG, e.g. `/images/a.3f2a9c1d0b-1200.jpg`. */
  readonly src: string;
  /** Every JPEG width, for the `<img>`. */
  readonly srcset: string;
  /** How wide the picture is shown, for choosing among the candidates. */
  readonly sizes: string;
  /** Size of the widest JPEG, in pixels. */
  readonly width: number;
  readonly height: number;
}

/** The lead picture of an article, with "caption (Photo: credit)". */
export interface FigureView extends PictureView {
  readonly alt: string;
  readonly caption?: string;
  readonly credit?: string;
}

export interface CorrectionView {
  readonly date: TimeView;
  readonly text: string;
}

/** Links every page carries, already under the site's path prefix. */
export interface SiteLinks {
  readonly home: string;
  readonly topics: string;
  readonly stylesheet: string;
  /** The icon browsers show in tabs and bookmarks (SVG). */
  readonly icon: string;
  readonly atomFeed: string;
  readonly jsonFeed: string;
  readonly search: string;
}

export interface SiteView {
  readonly name: string;
  readonly lang: string;
  /** Absolute URL of the site's root, ending in `/`. */
  readonly baseUrl: string;
  readonly links: SiteLinks;
  /**
   * Under the dev server, the problems found in the bulletin (`path:line:col  field  message`
   * lines), shown at the top of every page until they are fixed.
   */
  readonly problems?: readonly string[];
  /** True under the dev server: drafts and scheduled articles are shown, marked. */
  readonly dev: boolean;
  /** Year archives that have articles, newest first, for the footer. */
  readonly years: readonly LinkView[];
  /** Section pages for the header: most articles first, ties A–Z. */
  readonly sections: readonly LinkView[];
}

/** One `<meta>` of the head: Open Graph and `article:*` use `property`, Twitter cards `name`. */
export interface MetaView {
  readonly property?: string;
  readonly name?: string;
  readonly content: string;
}

/** Metadata for a page's `<head>`, beyond its title, description and canonical link. */
export interface HeadView {
  readonly meta: readonly MetaView[];
  /** JSON-LD documents, serialized and escaped so they can sit inside `<script>` as is. */
  readonly jsonLd: readonly string[];
}

interface PageBase {
  /** Where the page is written in the output: a site path such as `/topics/` or `/404.html`. */
  readonly path: string;
  /** The page's link within the site: `path` under the site's path prefix. */
  readonly url: string;
  /** The page's absolute URL, for `<link rel="canonical">` and metadata. */
  readonly canonical: string;
  /** Text for `<title>` (the bulletin name is appended by the layout). */
  readonly title: string;
  readonly lang: string;
  readonly description: string;
  /** Open Graph, Twitter card and JSON-LD of the page. */
  readonly head: HeadView;
  /**
   * The header link of the list this page belongs to without being its first page (an
   * article's section, a topic page's "Topics", a section's later pages), marked
   * `aria-current="true"` there; the link to the page itself is marked `"page"`.
   */
  readonly within?: string;
}

/** A list of articles paged `size` at a time, newest first: topic and section pages. */
export interface PagedListBase extends PageBase {
  /** Articles in the whole list, all pages together. */
  readonly count: number;
  readonly items: readonly ArticleListItemView[];
  readonly pageNumber: number;
  readonly pageCount: number;
  /** The page before (newer articles); absent on page 1. */
  readonly previousUrl?: string;
  /** The page after (older articles); absent on the last page. */
  readonly nextUrl?: string;
}

export interface ArticlePageView extends PageBase {
  readonly kind: "article";
  readonly headline: string;
  readonly summary: string;
  readonly section: string;
  /** The first page of the article's section. */
  readonly sectionUrl: string;
  readonly status: ArticleStatus;
  readonly location?: string;
  readonly author?: string;
  readonly published: TimeView;
  /** The month archive of the publication date, linked from the dateline. */
  readonly archiveUrl: string;
  readonly updated?: TimeView;
  readonly figure?: FigureView;
  /** Body rendered by markdown-it (raw HTML off): trusted HTML. */
  readonly bodyHtml: string;
  readonly source?: { readonly name: string; readonly url?: string };
  readonly topics: readonly LinkView[];
  readonly corrections: readonly CorrectionView[];
  readonly related: readonly RelatedItemView[];
  /** What the search index records; only on published articles, never on drafts or scheduled ones. */
  readonly search?: ArticleSearchView;
}

/** The search facts of a published article page, beyond its headline, summary, date and topics. */
export interface ArticleSearchView {
  /** Year of publication in the site's time zone: the `year` filter. */
  readonly year: string;
  /** Publication time in UTC (ISO 8601): the `date` sort key, ordered as text. */
  readonly sortKey: string;
  /** Folded forms of words Pagefind cannot fold itself ("Đà" → "da"); "" when there are none. */
  readonly extraWords: string;
}

export interface TopicPageView extends PagedListBase {
  readonly kind: "topic";
  readonly name: string;
  readonly slug: string;
  /** The topic's description from topic data, shown under the heading. */
  readonly topicDescription?: string;
  /** The topic's own Atom feed, a link under the path prefix, for `<link rel="alternate">`. */
  readonly feedUrl?: string;
}

/** One page of a section (`/sections/<slug>/`): the desk's articles, newest first. */
export interface SectionPageView extends PagedListBase {
  readonly kind: "section";
  /** The section as editors write it, e.g. "World". */
  readonly name: string;
  readonly slug: string;
}

export interface TopicCountView {
  readonly name: string;
  readonly url: string;
  readonly count: number;
}

export interface TopicsIndexView extends PageBase {
  readonly kind: "topics";
  /** A–Z groups by first letter (folded); `#` for topics that start with no Latin letter. */
  readonly groups: readonly { readonly letter: string; readonly topics: readonly TopicCountView[] }[];
}

export interface HomeView extends PageBase {
  readonly kind: "home";
  readonly latest: readonly ArticleListItemView[];
  /** Topics of the moment: most used among recent articles. */
  readonly trending: readonly TopicCountView[];
}

export interface NotFoundView extends PageBase {
  readonly kind: "not-found";
}

/** The search page (`/search/`): the form, its filter choices and where the index is. */
export interface SearchPageView extends PageBase {
  readonly kind: "search";
  /** Every topic of the indexed articles, A–Z: the choices of the topic filter. */
  readonly topics: readonly string[];
  /** Every section of the indexed articles, A–Z. */
  readonly sections: readonly string[];
  /** Every year of the indexed articles, newest first. */
  readonly years: readonly string[];
  /** The Pagefind bundle folder under the path prefix, e.g. `/bulletin/pagefind/`. */
  readonly bundleUrl: string;
  /** The site's path prefix, which result links carry, e.g. `/bulletin/`. */
  readonly prefix: string;
  /** The search script under the path prefix. */
  readonly scriptUrl: string;
}

/** A month on a year archive page: its name, link and number of articles. */
export interface ArchiveMonthView {
  /** The month's name alone, e.g. "November". */
  readonly text: string;
  readonly url: string;
  readonly count: number;
}

/** A year (`/YYYY/`) or month (`/YYYY/MM/`) archive of the articles the build shows. */
export interface ArchivePageView extends PageBase {
  readonly kind: "archive";
  readonly period: "year" | "month";
  /** "2023" or "November 2023". */
  readonly heading: string;
  readonly count: number;
  /** The period's articles, newest first. */
  readonly items: readonly ArticleListItemView[];
  /** On a year page, its months that have articles, newest first; empty on a month page. */
  readonly months: readonly ArchiveMonthView[];
  /** The nearest earlier archive of the same period that exists. */
  readonly older?: LinkView;
  /** The nearest later archive of the same period that exists. */
  readonly newer?: LinkView;
}

export type PageView =
  | ArticlePageView
  | TopicPageView
  | SectionPageView
  | TopicsIndexView
  | HomeView
  | NotFoundView
  | ArchivePageView
  | SearchPageView;

/** A file's text, its UTF-8 bytes, or its UTF-8 bytes in pieces, in order. */
export type FileContent = string | Uint8Array | readonly Uint8Array[];

/** A file written as is (feeds, sitemaps, robots.txt): where, and its whole text. */
export interface TextFileView {
  /** Site path of the file, e.g. `/feed.xml`. */
  readonly path: string;
  /** The file's text, or its UTF-8 bytes, whole or in pieces (the Atom feeds: see `fileText`). */
  readonly content: FileContent;
}

/** Everything Eleventy receives as the `communique` global data. */
export interface SiteData {
  readonly site: SiteView;
  readonly articles: readonly ArticlePageView[];
  readonly topicPages: readonly TopicPageView[];
  /** Every page of every section, sections in header order. */
  readonly sectionPages: readonly SectionPageView[];
  /** Year archives, each followed by its month archives, newest first. */
  readonly archives: readonly ArchivePageView[];
  /** Home, topics index and 404: one page each. */
  readonly singles: readonly (HomeView | TopicsIndexView | NotFoundView)[];
  /** The search page. */
  readonly search: SearchPageView;
  /** Feeds, sitemaps and robots.txt. */
  readonly files: readonly TextFileView[];
}

/**
 * A page's metadata for its `<head>`: Open Graph, `article:*` and Twitter card tags, and
 * JSON-LD (`NewsArticle` on articles, a `BreadcrumbList` everywhere). Pure: facts in, a
 * {@link HeadView} out; every URL passed in is already absolute.
 */
import type { HeadView, MetaView } from "./types";

/** One step of a breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  readonly name: string;
  readonly url: string;
}

/** The lead image of an article, as published. */
export interface HeadImage {
  /** Absolute URL of the image. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** What an article adds to the metadata of a page. */
export interface ArticleFacts {
  /** Publication time, ISO 8601 with offset. */
  readonly published: string;
  /** Time of the last update, ISO 8601 with offset; absent when never updated. */
  readonly updated?: string;
  readonly section: string;
  /** Topic names, in the article's order. */
  readonly topics: readonly string[];
  readonly author?: string;
  readonly image?: HeadImage;
  /** The originating outlet of a "Source:" line. */
  readonly source?: { readonly name: string; readonly url?: string };
}

/** Everything {@link buildHead} needs to describe one page. */
export interface HeadInput {
  /** The bulletin's name. */
  readonly siteName: string;
  /** Absolute URL of the bulletin's home page. */
  readonly siteUrl: string;
  /** The page's own title (the headline on an article), without the bulletin's name. */
  readonly title: string;
  readonly description: string;
  /** The page's canonical, absolute URL. */
  readonly url: string;
  /** BCP 47 language of the page, e.g. `en` or `pt-BR`. */
  readonly lang: string;
  /** From the home page down to this page. */
  readonly breadcrumbs: readonly Crumb[];
  /** Present on article pages only. */
  readonly article?: ArticleFacts;
}

/** Builds the head metadata of a page: meta tags in a fixed order, then the JSON-LD documents. */
export function buildHead(input: HeadInput): HeadView {
  const { article } = input;
  const image = article?.image;
  const meta: MetaView[] = [
    { property: "og:site_name", content: input.siteName },
    { property: "og:type", content: article ? "article" : "website" },
    { property: "og:title", content: input.title },
    { property: "og:description", content: input.description },
    { property: "og:url", content: input.url },
    { property: "og:locale", content: openGraphLocale(input.lang) },
  ];
  if (image) {
    meta.push(
      { property: "og:image", content: image.url },
      { property: "og:image:width", content: String(image.width) },
      { property: "og:image:height", content: String(image.height) },
      { property: "og:image:alt", content: image.alt },
    );
  }
  if (article) {
    meta.push(
      { property: "article:published_time", content: article.published },
      { property: "article:modified_time", content: article.updated ?? article.published },
      { property: "article:section", content: article.section },
      ...article.topics.map((topic) => ({ property: "article:tag", content: topic })),
    );
  }
  meta.push(
    { name: "twitter:card", content: image ? "summary_large_image" : "summary" },
    { name: "twitter:title", content: input.title },
    { name: "twitter:description", content: input.description },
  );

  const documents: unknown[] = [];
  if (article) documents.push(newsArticle(input, article));
  documents.push(breadcrumbList(input.breadcrumbs));
  return { meta, jsonLd: documents.map(serializeJsonLd) };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `JSON.stringify`, then `<`, `>`
 * and `&` as `\u` escapes so no text can close the element or open a comment, and U+2028
 * and U+2029 escaped as well. `JSON.parse` gives back the exact value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Open Graph's `language_TERRITORY` for a BCP 47 tag: `pt-BR` → `pt_BR`; a tag without a
 * region takes its likely one (`en` → `en_US`, `vi` → `vi_VN`), or stays a bare language.
 */
export function openGraphLocale(lang: string): string {
  let known = openGraphLocales.get(lang);
  if (known === undefined) {
    known = findOpenGraphLocale(lang);
    openGraphLocales.set(lang, known);
  }
  return known;
}

/** Every page asks, and a bulletin has a language or two: each is worked out once. */
const openGraphLocales = new Map<string, string>();

function findOpenGraphLocale(lang: string): string {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang).maximize();
  } catch {
    // Not a well-formed tag: configuration does not enforce BCP 47, so keep what was given.
    return lang.replace(/-/g, "_");
  }
  return locale.region === undefined ? locale.language : `${locale.language}_${locale.region}`;
}

function newsArticle(input: HeadInput, article: ArticleFacts): Record<string, unknown> {
  const publisher = { "@type": "Organization", name: input.siteName, url: input.siteUrl };
  const { image, source } = article;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: input.title,
    description: input.description,
    datePublished: article.published,
    dateModified: article.updated ?? article.published,
    ...(image ? { image: { "@type": "ImageObject", url: image.url, width: image.width, height: image.height } } : {}),
    // Without a byline the bulletin itself is the author, as schema.org allows.
    author: article.author === undefined ? publisher : { "@type": "Person", name: article.author },
    publisher,
    articleSection: article.section,
    keywords: article.topics,
    mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
    inLanguage: input.lang,
    ...(source
      ? {
          sourceOrganization: {
            "@type": "Organization",
            name: source.name,
            ...(source.url === undefined ? {} : { url: source.url }),
          },
        }
      : {}),
  };
}

function breadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

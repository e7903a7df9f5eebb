/**
 * Turns the bulletin model into view models, the only data templates read: every date
 * formatted, every URL made, every body rendered. Pure: Markdown rendering and image
 * facts are passed in.
 */
import type { PublishedImage } from "../images/publish-images";
import { pictureView, widestFallback } from "../images/picture-view";
import type { RenderMarkdown } from "../markdown/render-markdown";
import type { ArticleMeta } from "../model/article";
import type { Bulletin, BulletinEntry } from "../model/build-bulletin";
import { compareTopicNames, topicLetter } from "../topics/sort-topics";
import { formatDay, formatTime } from "../time/format-time";
import { extraSearchWords } from "../search/extra-search-words";
import {
  atomFeedUrl,
  createLinks,
  jsonFeedUrl,
  monthUrl,
  searchBundleUrl,
  searchScriptUrl,
  searchUrl,
  sectionUrl,
  stylesheetUrl,
  iconUrl,
  topicFeedUrl,
  topicUrl,
  topicsIndexUrl,
  type Links,
} from "../urls";
import { archiveCrumbs, buildArchives, homeCrumb } from "./build-archives";
import type { ArticleViewMemo } from "./article-view-memo";
import { groupSections } from "./group-sections";
import { listPageTitle, paginateList } from "./paginate-list";
import { searchFilterChoices } from "./search-filter-choices";
import { buildHead, type ArticleFacts, type Crumb } from "./page-metadata";
import type {
  ArticleListItemView,
  ArticlePageView,
  FigureView,
  HomeView,
  NotFoundView,
  PictureView,
  SearchPageView,
  SectionPageView,
  SiteData,
  TopicCountView,
  TopicPageView,
  TopicsIndexView,
} from "./types";

export type { PublishedImage } from "../images/publish-images";

export interface ViewInputs {
  readonly renderMarkdown: RenderMarkdown;
  /** Every picture shown (lead and body), by project-relative file path. */
  readonly images: ReadonlyMap<string, PublishedImage>;
  /** Article views kept from earlier builds (the dev server's); none in a production build. */
  readonly memo?: ArticleViewMemo;
  /**
   * The Markdown body of an article, for a bulletin whose articles are kept without it.
   * @default the article's own `body`
   */
  readonly bodyOf?: (article: ArticleMeta) => string;
}

/** What an article's view takes from other entries: its topics' names, Related Topics, section. */
interface ArticleParts {
  readonly topics: readonly { readonly url: string; readonly text: string }[];
  readonly related: readonly { readonly url: string; readonly title: string; readonly summary: string }[];
  readonly sectionLink: string;
}

/** How many recent articles decide the home page's topics of the moment. */
const trendingWindow = 50;
const trendingCount = 12;

/** Builds every page's view model. */
export function buildSiteData(bulletin: Bulletin, inputs: ViewInputs): SiteData {
  const views = buildSiteViews(bulletin, inputs);
  return { ...views.data, articles: bulletin.entries.map((_, index) => views.articleView(index)) };
}

/**
 * The views of a site whose article pages are made on demand: a large bulletin's production
 * build makes them a run of pages at a time, so their bodies and metadata are never all in
 * memory at once. Making one costs its Markdown; ask for each once.
 */
export interface SiteViews {
  /** Every view but the article pages (an empty list) and the text files (none yet). */
  readonly data: SiteData;
  /** The article page of entry `index` of the bulletin. */
  articleView(index: number): ArticlePageView;
}

/** Builds every view but the article pages, and the means to make those; see {@link SiteViews}. */
export function buildSiteViews(bulletin: Bulletin, inputs: ViewInputs): SiteViews {
  const { config } = bulletin;
  const links = createLinks(config.baseUrl);
  const place = (path: string) => ({ path, url: links.href(path), canonical: links.absolute(path) });
  const homeStep = homeCrumb(links);
  const topicsCrumb: Crumb = { name: "Topics", url: links.absolute(topicsIndexUrl) };
  const headOf = (
    page: { readonly title: string; readonly description: string; readonly canonical: string; readonly lang: string },
    breadcrumbs: readonly Crumb[],
    article?: ArticleFacts,
  ) =>
    buildHead({
      siteName: config.name,
      siteUrl: links.absolute("/"),
      title: page.title,
      description: page.description,
      url: page.canonical,
      lang: page.lang,
      breadcrumbs,
      ...(article ? { article } : {}),
    });
  const listItems = bulletin.entries.map((entry) => toListItem(entry, config.lang, links));
  const topicLink = (slug: string) => {
    const listing = bulletin.topics.get(slug);
    return { url: links.href(topicUrl(slug)), text: listing?.topic.name ?? slug };
  };
  const sections = groupSections(bulletin.entries.map((entry) => entry.article.section));
  // The first page of each article's section, by entry index.
  const sectionLinks: string[] = [];
  for (const section of sections) {
    const link = links.href(sectionUrl(section.slug));
    for (const i of section.entries) sectionLinks[i] = link;
  }
  /**
   * The pages of one list of articles (a topic, a section): everything they share, and
   * `fields`, the same on each of its pages.
   */
  const pagedList = <F extends object>(
    entries: readonly number[],
    name: string,
    pathOf: (page: number) => string,
    description: string,
    crumbs: readonly Crumb[],
    fields: F,
  ) =>
    paginateList(entries, config.topicPageSize, pathOf).map((page) => {
      const placed = place(page.path);
      const title = listPageTitle(name, page.pageNumber);
      // One object literal, never spread: spreading would make the head at once.
      return {
        ...fields,
        ...placed,
        title,
        lang: config.lang,
        description,
        // Made when the page is rendered: a large bulletin has tens of thousands of list
        // pages, and their heads would otherwise stay in memory for the whole build.
        get head() {
          return headOf({ title, description, canonical: placed.canonical, lang: config.lang }, crumbs);
        },
        count: entries.length,
        items: page.items.map((i) => listItems[i]).filter((item): item is ArticleListItemView => item !== undefined),
        pageNumber: page.pageNumber,
        pageCount: page.pageCount,
        ...(page.previousPath !== undefined ? { previousUrl: links.href(page.previousPath) } : {}),
        ...(page.nextPath !== undefined ? { nextUrl: links.href(page.nextPath) } : {}),
      };
    });

  /**
   * The year search files an article under; none for drafts and scheduled articles (shown
   * by the preview only), which are never indexed.
   */
  const searchYear = (entry: BulletinEntry): string | undefined =>
    entry.status === "published" ? String(entry.article.date.setZone(config.timeZone).year) : undefined;

  /** One article's page view, from its entry and the parts other entries decide. */
  const articleView = (entry: BulletinEntry, parts: ArticleParts): ArticlePageView => {
    const { article } = entry;
    const body = (inputs.bodyOf ?? ownBody)(article);
    const lang = article.lang;
    const local = article.date.setZone(config.timeZone);
    const year = searchYear(entry);
    const placed = place(entry.url);
    const { topics, sectionLink } = parts;
    const figure = figureOf(article, inputs.images, links);
    const leadImage = article.image ? inputs.images.get(article.image.file) : undefined;
    const image = leadImage ? widestFallback(leadImage) : undefined;
    const published = formatTime(article.date, lang);
    const updated = article.updated ? formatTime(article.updated, lang) : undefined;
    const facts: ArticleFacts = {
      published: published.iso,
      ...(updated ? { updated: updated.iso } : {}),
      section: article.section,
      topics: topics.map((topic) => topic.text),
      ...(article.author ? { author: article.author } : {}),
      ...(image && article.image
        ? { image: { url: links.absolute(image.url), width: image.width, height: image.height, alt: article.image.alt } }
        : {}),
      ...(article.source ? { source: article.source } : {}),
    };
    const crumbs = [
      homeStep,
      ...archiveCrumbs(local.year, local.month, config.lang, links),
      { name: article.title, url: placed.canonical },
    ];
    return {
      kind: "article",
      ...placed,
      title: article.title,
      lang,
      description: article.summary,
      head: headOf({ title: article.title, description: article.summary, canonical: placed.canonical, lang }, crumbs, facts),
      headline: article.title,
      summary: article.summary,
      section: article.section,
      sectionUrl: sectionLink,
      within: sectionLink,
      status: entry.status,
      ...(article.location ? { location: article.location } : {}),
      ...(article.author ? { author: article.author } : {}),
      published,
      archiveUrl: links.href(monthUrl(local.year, local.month)),
      ...(updated ? { updated } : {}),
      ...figure,
      bodyHtml: inputs.renderMarkdown(body, bodyPicturesOf(article, inputs.images, links)),
      ...(article.source ? { source: article.source } : {}),
      topics,
      corrections: article.corrections.map((correction) => ({
        date: formatDay(correction.date, lang),
        text: correction.text,
      })),
      related: parts.related,
      ...(year !== undefined
        ? {
            search: {
              year,
              sortKey: article.date.toUTC().toISO() ?? "",
              extraWords: extraSearchWords([article.title, article.summary, body]),
            },
          }
        : {}),
    };
  };

  const articleViewAt = (index: number): ArticlePageView => {
    const entry = bulletin.entries[index];
    if (!entry) throw new Error(`There is no entry ${index}.`);
    const sectionLink = sectionLinks[index];
    if (sectionLink === undefined) throw new Error(`Entry ${index} has no section.`);
    const parts: ArticleParts = {
      topics: entry.topics.map(topicLink),
      related: entry.related.map((other) => {
        const item = listItems[other];
        if (!item) throw new Error(`Related entry ${other} is out of range.`);
        return { url: item.url, title: item.title, summary: item.summary };
      }),
      sectionLink,
    };
    const make = () => articleView(entry, parts);
    if (!inputs.memo) return make();
    const { article } = entry;
    const pictures = [article.image?.file, ...(article.bodyImages ?? []).map((image) => image.file)].map((file) =>
      file === undefined ? undefined : inputs.images.get(file),
    );
    return inputs.memo.view(article, [entry.url, entry.status, parts, pictures], make);
  };

  const topicPages: TopicPageView[] = [];
  const counts: TopicCountView[] = [];
  for (const [slug, listing] of bulletin.topics) {
    const { topic } = listing;
    counts.push({ name: topic.name, url: links.href(topicUrl(slug)), count: listing.entries.length });
    const pages = pagedList(
      listing.entries,
      topic.name,
      (page) => topicUrl(slug, page),
      topic.description ?? `Articles on ${topic.name}.`,
      [homeStep, topicsCrumb, { name: topic.name, url: links.absolute(topicUrl(slug)) }],
      {
        kind: "topic" as const,
        within: links.href(topicsIndexUrl),
        name: topic.name,
        slug,
        ...(topic.description ? { topicDescription: topic.description } : {}),
        feedUrl: links.href(topicFeedUrl(slug)),
      },
    );
    topicPages.push(...pages);
  }

  const sectionPages: SectionPageView[] = sections.flatMap((section) =>
    pagedList(
      section.entries,
      `${section.name} section`,
      (page) => sectionUrl(section.slug, page),
      `Articles in the ${section.name} section of ${config.name}.`,
      [homeStep, { name: section.name, url: links.absolute(sectionUrl(section.slug)) }],
      { kind: "section" as const, within: links.href(sectionUrl(section.slug)), name: section.name, slug: section.slug },
    ),
  );

  counts.sort(compareTopicNames);
  const groups: { letter: string; topics: TopicCountView[] }[] = [];
  for (const count of counts) {
    const letter = topicLetter(count.name);
    const last = groups[groups.length - 1];
    if (last && last.letter === letter) last.topics.push(count);
    else groups.push({ letter, topics: [count] });
  }
  const topicsIndexBase = {
    ...place(topicsIndexUrl),
    title: "Topics",
    lang: config.lang,
    description: `Every topic in ${config.name}, A to Z, with its number of articles.`,
  };
  const topicsIndex: TopicsIndexView = {
    kind: "topics",
    ...topicsIndexBase,
    head: headOf(topicsIndexBase, [homeStep, topicsCrumb]),
    groups,
  };

  const homeBase = {
    ...place("/"),
    title: config.name,
    lang: config.lang,
    description: `The latest news from ${config.name}.`,
  };
  const home: HomeView = {
    kind: "home",
    ...homeBase,
    head: headOf(homeBase, [homeStep]),
    latest: listItems.slice(0, config.homeSize),
    trending: trendingTopics(bulletin, counts, links),
  };

  const notFoundBase = {
    ...place("/404.html"),
    title: "Page not found",
    lang: config.lang,
    description: "This page does not exist.",
  };
  const notFound: NotFoundView = {
    kind: "not-found",
    ...notFoundBase,
    head: headOf(notFoundBase, [homeStep, { name: notFoundBase.title, url: notFoundBase.canonical }]),
  };

  const searchBase = {
    ...place(searchUrl),
    title: "Search",
    lang: config.lang,
    description: `Search the articles of ${config.name}.`,
  };
  const search: SearchPageView = {
    kind: "search",
    ...searchBase,
    head: headOf(searchBase, [homeStep, { name: searchBase.title, url: searchBase.canonical }]),
    ...searchFilterChoices(
      bulletin.entries.map((entry) => {
        const year = searchYear(entry);
        return {
          // What the article's page says of itself: see `search` in the article view.
          ...(year !== undefined ? { search: { year } } : {}),
          topics: entry.topics.map(topicLink),
          section: entry.article.section,
        };
      }),
    ),
    bundleUrl: links.href(searchBundleUrl),
    prefix: links.prefix,
    scriptUrl: links.href(searchScriptUrl),
  };

  const archives = buildArchives({
    entries: bulletin.entries.map((entry, i) => {
      const item = listItems[i];
      if (!item) throw new Error(`List item ${i} is missing.`);
      return { date: entry.article.date, item };
    }),
    siteName: config.name,
    lang: config.lang,
    timeZone: config.timeZone,
    links,
  });

  const data: SiteData = {
    site: {
      name: config.name,
      lang: config.lang,
      baseUrl: links.absolute("/"),
      links: {
        home: links.href("/"),
        topics: links.href(topicsIndexUrl),
        stylesheet: links.href(stylesheetUrl),
        icon: links.href(iconUrl),
        atomFeed: links.href(atomFeedUrl),
        jsonFeed: links.href(jsonFeedUrl),
        search: links.href(searchUrl),
      },
      dev: bulletin.mode === "preview",
      years: archives.years,
      sections: sections.map((section) => ({ url: links.href(sectionUrl(section.slug)), text: section.name })),
    },
    articles: [],
    topicPages,
    sectionPages,
    archives: archives.pages,
    singles: [home, topicsIndex, notFound],
    search,
    files: [],
  };
  return { data, articleView: articleViewAt };
}

/** The body an article object carries, as a whole `Article` does. */
function ownBody(article: ArticleMeta): string {
  if ("body" in article && typeof article.body === "string") return article.body;
  throw new Error(`The body of ${article.file} was not kept; give the views a way to read it.`);
}

function toListItem(entry: BulletinEntry, lang: string, links: Links): ArticleListItemView {
  return {
    url: links.href(entry.url),
    title: entry.article.title,
    summary: entry.article.summary,
    date: formatTime(entry.article.date, lang),
    section: entry.article.section,
    status: entry.status,
  };
}

function figureOf(article: ArticleMeta, images: ReadonlyMap<string, PublishedImage>, links: Links): { figure?: FigureView } {
  if (!article.image) return {};
  const published = images.get(article.image.file);
  if (!published) throw new Error(`No published image for ${article.image.file}.`);
  const { alt, caption, credit } = article.image;
  return {
    figure: {
      ...pictureView(published, links.href),
      alt,
      ...(caption ? { caption } : {}),
      ...(credit ? { credit } : {}),
    },
  };
}

/** The processed files of the body's pictures, by the `src` the Markdown renderer gives them. */
function bodyPicturesOf(article: ArticleMeta, images: ReadonlyMap<string, PublishedImage>, links: Links): Map<string, PictureView> | undefined {
  if (!article.bodyImages) return undefined;
  const pictures = new Map<string, PictureView>();
  for (const { src, file } of article.bodyImages) {
    const published = images.get(file);
    if (!published) throw new Error(`No published image for ${file}.`);
    pictures.set(src, pictureView(published, links.href));
  }
  return pictures;
}

/** Topics most used among the latest articles; ties by name. */
function trendingTopics(bulletin: Bulletin, counts: readonly TopicCountView[], links: Links): TopicCountView[] {
  const recent = new Map<string, number>();
  for (const entry of bulletin.entries.slice(0, trendingWindow)) {
    for (const slug of entry.topics) recent.set(slug, (recent.get(slug) ?? 0) + 1);
  }
  const bySlugUrl = new Map(counts.map((count) => [count.url, count]));
  return [...recent]
    .map(([slug, uses]) => ({ uses, view: bySlugUrl.get(links.href(topicUrl(slug))) }))
    .filter((item): item is { uses: number; view: TopicCountView } => item.view !== undefined)
    .sort((a, b) => b.uses - a.uses || compareTopicNames(a.view, b.view))
    .slice(0, trendingCount)
    .map((item) => item.view);
}

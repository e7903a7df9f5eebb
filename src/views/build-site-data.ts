/**
 * Turns the bulletin model into view models, the only data templates read: every date
 * formatted, every URL made, every body rendered. Pure: Markdown rendering and image
 * facts are passed in.
 */
import type { Article } from "../model/article";
import type { Bulletin, BulletinEntry } from "../model/build-bulletin";
import { compareTopicNames, topicLetter } from "../topics/sort-topics";
import { formatDay, formatTime } from "../time/format-time";
import { atomFeedUrl, createLinks, jsonFeedUrl, monthUrl, stylesheetUrl, topicFeedUrl, topicUrl, topicsIndexUrl, type Links } from "../urls";
import { archiveCrumbs, buildArchives, homeCrumb } from "./build-archives";
import { buildHead, type ArticleFacts, type Crumb } from "./page-metadata";
import type {
  ArticleListItemView,
  ArticlePageView,
  FigureView,
  HomeView,
  NotFoundView,
  SiteData,
  TopicCountView,
  TopicPageView,
  TopicsIndexView,
} from "./types";

/** Where an article's image is published and how large it is. */
export interface PublishedImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

export interface ViewInputs {
  readonly renderMarkdown: (markdown: string) => string;
  /** By project-relative image file path. */
  readonly images: ReadonlyMap<string, PublishedImage>;
}

/** How many recent articles decide the home page's topics of the moment. */
const trendingWindow = 50;
const trendingCount = 12;

/** Builds every page's view model. */
export function buildSiteData(bulletin: Bulletin, inputs: ViewInputs): SiteData {
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

  const articles: ArticlePageView[] = bulletin.entries.map((entry) => {
    const { article } = entry;
    const lang = article.lang;
    const local = article.date.setZone(config.timeZone);
    const placed = place(entry.url);
    const topics = entry.topics.map(topicLink);
    const figure = figureOf(article, inputs.images, links);
    const image = article.image ? inputs.images.get(article.image.file) : undefined;
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
      status: entry.status,
      ...(article.location ? { location: article.location } : {}),
      ...(article.author ? { author: article.author } : {}),
      published,
      archiveUrl: links.href(monthUrl(local.year, local.month)),
      ...(updated ? { updated } : {}),
      ...figure,
      bodyHtml: inputs.renderMarkdown(article.body),
      ...(article.source ? { source: article.source } : {}),
      topics,
      corrections: article.corrections.map((correction) => ({
        date: formatDay(correction.date, lang),
        text: correction.text,
      })),
      related: entry.related.map((match) => {
        const item = listItems[match.entry];
        if (!item) throw new Error(`Related entry ${match.entry} is out of range.`);
        return { url: item.url, title: item.title, summary: item.summary };
      }),
    };
  });

  const topicPages: TopicPageView[] = [];
  const counts: TopicCountView[] = [];
  for (const [slug, listing] of bulletin.topics) {
    const { topic } = listing;
    counts.push({ name: topic.name, url: links.href(topicUrl(slug)), count: listing.entries.length });
    const pageCount = Math.max(1, Math.ceil(listing.entries.length / config.topicPageSize));
    for (let page = 1; page <= pageCount; page++) {
      const start = (page - 1) * config.topicPageSize;
      const items = listing.entries.slice(start, start + config.topicPageSize).map((i) => listItems[i]);
      const placed = place(topicUrl(slug, page));
      const title = page === 1 ? topic.name : `${topic.name}, page ${page}`;
      const description = topic.description ?? `Articles on ${topic.name}.`;
      topicPages.push({
        kind: "topic",
        ...placed,
        title,
        lang: config.lang,
        description,
        head: headOf({ title, description, canonical: placed.canonical, lang: config.lang }, [
          homeStep,
          topicsCrumb,
          { name: topic.name, url: links.absolute(topicUrl(slug)) },
        ]),
        name: topic.name,
        slug,
        ...(topic.description ? { topicDescription: topic.description } : {}),
        count: listing.entries.length,
        items: items.filter((item): item is ArticleListItemView => item !== undefined),
        pageNumber: page,
        pageCount,
        ...(page > 1 ? { previousUrl: links.href(topicUrl(slug, page - 1)) } : {}),
        ...(page < pageCount ? { nextUrl: links.href(topicUrl(slug, page + 1)) } : {}),
        feedUrl: links.href(topicFeedUrl(slug)),
      });
    }
  }

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

  return {
    site: {
      name: config.name,
      lang: config.lang,
      baseUrl: links.absolute("/"),
      links: {
        home: links.href("/"),
        topics: links.href(topicsIndexUrl),
        stylesheet: links.href(stylesheetUrl),
        atomFeed: links.href(atomFeedUrl),
        jsonFeed: links.href(jsonFeedUrl),
      },
      dev: bulletin.mode === "preview",
      years: archives.years,
    },
    articles,
    topicPages,
    archives: archives.pages,
    singles: [home, topicsIndex, notFound],
    files: [],
  };
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

function figureOf(article: Article, images: ReadonlyMap<string, PublishedImage>, links: Links): { figure?: FigureView } {
  if (!article.image) return {};
  const published = images.get(article.image.file);
  if (!published) throw new Error(`No published image for ${article.image.file}.`);
  const { alt, caption, credit } = article.image;
  return {
    figure: {
      src: links.href(published.url),
      alt,
      width: published.width,
      height: published.height,
      ...(caption ? { caption } : {}),
      ...(credit ? { credit } : {}),
    },
  };
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

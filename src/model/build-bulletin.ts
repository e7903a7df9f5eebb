/**
 * Builds the bulletin model from validated articles: who is published at the build time,
 * their URLs, topics and Related Topics. Pure: articles, topic data, configuration and the
 * build time in; the model and any issues (duplicate URLs, topic spellings) out, with how
 * long Related Topics took (a measurement, the only part that differs between runs).
 */
import type { DateTime } from "luxon";
import type { SiteConfig } from "../config";
import { compareIssues, type Issue } from "../diagnostics/issue";
import { buildRelatedIndex, relatedIndexesTo, relatedTo, type RelatedInput } from "../related";
import { resolveTopics, type Topic } from "../topics/resolve-topics";
import { articleUrl } from "../urls";
import type { ArticleStatus } from "../views/types";
import type { ArticleMeta } from "./article";
import type { TopicData } from "./topic-data";

/** `production` publishes only what is due; `preview` (the dev server) shows everything, marked. */
export type BuildMode = "production" | "preview";

/** One entry of an article's Related Topics with why it is there (see {@link relatedMatches}). */
export interface RelatedEntry {
  /** Index into `Bulletin.entries`. */
  readonly entry: number;
  readonly score: number;
  /** Shared topic slugs, rarest first. */
  readonly shared: readonly string[];
  readonly reason: "topics" | "section";
}

export interface BulletinEntry {
  readonly article: ArticleMeta;
  readonly url: string;
  readonly status: ArticleStatus;
  /** Topic slugs, in the order the editor typed the tags. */
  readonly topics: readonly string[];
  /**
   * The article's Related Topics: indexes into `Bulletin.entries`, best first. Why each
   * is there (score, shared topics) is asked of {@link relatedMatches}; a large bulletin
   * keeps only the numbers.
   */
  readonly related: readonly number[];
}

export interface TopicListing {
  readonly topic: Topic;
  /** Indexes into `Bulletin.entries`, newest first. */
  readonly entries: readonly number[];
}

export interface Bulletin {
  readonly config: SiteConfig;
  readonly buildTime: DateTime;
  readonly mode: BuildMode;
  /** Every article the build shows, newest first (then by URL). */
  readonly entries: readonly BulletinEntry[];
  /** Topics with at least one shown article, by slug. */
  readonly topics: ReadonlyMap<string, TopicListing>;
  /** The first article still scheduled after the build time, if any. */
  readonly nextScheduled?: ArticleMeta;
}

export interface BulletinResult {
  readonly bulletin: Bulletin;
  readonly issues: readonly Issue[];
  /** Milliseconds spent on Related Topics: building the index and every entry's list. */
  readonly relatedTime: number;
}

/** Status of an article at `buildTime`: a draft, scheduled (dated later), or published. */
export function statusAt(article: ArticleMeta, buildTime: DateTime): ArticleStatus {
  if (article.draft) return "draft";
  return article.date.toMillis() > buildTime.toMillis() ? "scheduled" : "published";
}

/** Newest first; equal times by URL, so the order never depends on file order. */
function compareNewestFirst(a: { article: ArticleMeta; url: string }, b: { article: ArticleMeta; url: string }): number {
  return b.article.date.toMillis() - a.article.date.toMillis() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/** Builds the model of the bulletin as it stands at `buildTime`. */
export function buildBulletin(
  articles: readonly ArticleMeta[],
  topicData: TopicData,
  config: SiteConfig,
  buildTime: DateTime,
  mode: BuildMode,
): BulletinResult {
  const resolved = resolveTopics(articles, topicData);
  const issues: Issue[] = [...resolved.issues];

  const shown = articles
    .map((article, index) => ({
      article,
      url: articleUrl(article.date.setZone(config.timeZone), article.slug),
      status: statusAt(article, buildTime),
      topics: resolved.articleTopics[index] ?? [],
    }))
    .filter((entry) => mode === "preview" || entry.status === "published")
    .sort(compareNewestFirst);

  issues.push(...findDuplicateUrls(shown));

  const relatedStarted = performance.now();
  const related = relateEntries(shown, config.relatedCount);
  const relatedTime = performance.now() - relatedStarted;
  const entries: BulletinEntry[] = shown.map((entry, i) => ({ ...entry, related: related[i]! }));

  const topics = new Map<string, TopicListing>();
  const byTopic = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const slug of entry.topics) {
      const list = byTopic.get(slug);
      if (list) list.push(i);
      else byTopic.set(slug, [i]);
    }
  });
  for (const [slug, list] of [...byTopic].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const topic = resolved.topics.get(slug);
    if (topic) topics.set(slug, { topic, entries: list });
  }

  const nextScheduled = articles
    .filter((article) => statusAt(article, buildTime) === "scheduled")
    .sort((a, b) => a.date.toMillis() - b.date.toMillis())[0];

  return {
    bulletin: { config, buildTime, mode, entries, topics, ...(nextScheduled ? { nextScheduled } : {}) },
    issues: issues.sort(compareIssues),
    relatedTime,
  };
}

/** The Related Topics list of every entry, in the order of `shown` (see `src/related/`). */
function relateEntries(shown: readonly RelatedSource[], count: number): number[][] {
  const index = buildRelatedIndex(shown.map(relatedInput));
  return shown.map((_, i) => relatedIndexesTo(index, i, count));
}

/**
 * The Related Topics of entry `index` with why each is there: the same list as its
 * `related`, ranked again over the bulletin's entries. For explaining one article; the
 * build keeps only the indexes.
 */
export function relatedMatches(bulletin: Bulletin, index: number): RelatedEntry[] {
  const related = buildRelatedIndex(bulletin.entries.map(relatedInput));
  return relatedTo(related, index, bulletin.config.relatedCount).map((match) => ({
    entry: match.index,
    score: match.score,
    shared: match.shared,
    reason: match.reason,
  }));
}

interface RelatedSource {
  readonly article: ArticleMeta;
  readonly url: string;
  readonly topics: readonly string[];
}

function relatedInput(entry: RelatedSource): RelatedInput {
  return {
    key: entry.url,
    topics: entry.topics,
    time: entry.article.date.toMillis(),
    section: entry.article.section,
    lang: entry.article.lang,
  };
}

/** Two articles that would publish at one URL: an error naming every file involved. */
function findDuplicateUrls(entries: readonly { article: ArticleMeta; url: string }[]): Issue[] {
  const byUrl = new Map<string, ArticleMeta[]>();
  for (const { article, url } of entries) {
    const list = byUrl.get(url);
    if (list) list.push(article);
    else byUrl.set(url, [article]);
  }
  const issues: Issue[] = [];
  for (const [url, group] of byUrl) {
    if (group.length < 2) continue;
    const files = group.map((article) => article.file).sort();
    for (const article of group) {
      const others = files.filter((file) => file !== article.file).join(", ");
      issues.push({
        file: article.file,
        line: 1,
        column: 1,
        field: "slug",
        code: "duplicate-url",
        severity: "error",
        message: `publishes at ${url} like ${others}; give one of them another slug or date`,
      });
    }
  }
  return issues;
}

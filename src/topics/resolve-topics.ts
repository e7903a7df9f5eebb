/**
 * Resolves the tags editors typed into topics (SPEC "Topics"): tags that fold to one slug
 * are one topic, aliases from the topic data lead to their canonical topic, and differing
 * spellings become warnings. Pure and deterministic: the result never depends on file order.
 */
import type { Issue } from "../diagnostics/issue";
import type { TopicData, TopicEntry } from "../model/topic-data";
import { hashSlug, toSlug } from "../slug";

/** A topic: the folded entity a tag stands for. */
export interface Topic {
  /** `[a-z0-9-]+`: the folded tag, or `u-<hash>` for a name with no Latin letter or digit. */
  readonly slug: string;
  /** Display name: the canonical name from topic data, else the most used spelling. */
  readonly name: string;
  /** From topic data, when it describes the topic. */
  readonly description?: string;
}

/** What topic resolution reads of an article; an `Article` satisfies it. */
export interface TopicSource {
  /** Project-relative path, for messages and for the file order of warnings. */
  readonly file: string;
  /** Tags exactly as typed. */
  readonly tags: readonly string[];
  /** 1-based line of each tag. */
  readonly tagLines: readonly number[];
  /** 1-based column of each tag. */
  readonly tagColumns: readonly number[];
}

export interface ResolvedTopics {
  /** Every topic used by at least one input article, by slug (in slug order). */
  readonly topics: ReadonlyMap<string, Topic>;
  /** Per input article, in input order: its topic slugs in tag order, without repeats. */
  readonly articleTopics: readonly (readonly string[])[];
  /** `topic-spelling` warnings, sorted by file, line and column. */
  readonly issues: readonly Issue[];
}

/** The key tags are compared by: the slug, or a hash when the text has no Latin letter or digit. */
export function foldTag(text: string): string {
  return toSlug(text) || hashSlug(text);
}

/** Where a spelling was first used, by file order. */
interface FirstUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly field: string;
}

interface SpellingUse {
  /** How many articles use this spelling. */
  articles: number;
  first: FirstUse;
}

interface DeclaredTopic {
  readonly entry: TopicEntry;
  readonly slug: string;
  /** The name and its aliases, NFC: spellings that never warn. */
  readonly spellings: readonly string[];
}

/** Resolves every article's tags to topics, using the topic data's names and aliases. */
export function resolveTopics(articles: readonly TopicSource[], data: TopicData): ResolvedTopics {
  const declared = declaredTopics(data);
  // Folding is costly and a bulletin repeats a few thousand spellings across all its tags.
  const keys = new Map<string, string>();
  const keyOf = (spelling: string): string => {
    let key = keys.get(spelling);
    if (key === undefined) keys.set(spelling, (key = foldTag(spelling)));
    return key;
  };
  // slug → spelling → use; spellings are NFC so a decomposed "Việt Nam" is the same text.
  const uses = new Map<string, Map<string, SpellingUse>>();

  const articleTopics = articles.map((article) => {
    const slugs: string[] = [];
    const counted = new Set<string>();
    article.tags.forEach((tag, index) => {
      const spelling = tag.normalize("NFC").trim();
      const key = keyOf(spelling);
      const slug = declared.get(key)?.slug ?? key;
      if (!slugs.includes(slug)) slugs.push(slug);

      const where: FirstUse = {
        file: article.file,
        line: article.tagLines[index] ?? 1,
        column: article.tagColumns[index] ?? 1,
        field: `tags[${index}]`,
      };
      let spellings = uses.get(slug);
      if (!spellings) uses.set(slug, (spellings = new Map()));
      let use = spellings.get(spelling);
      if (!use) spellings.set(spelling, (use = { articles: 0, first: where }));
      else if (where.file < use.first.file) use.first = where;
      // An article repeating a tag counts once towards the display name.
      if (!counted.has(spelling)) {
        counted.add(spelling);
        use.articles += 1;
      }
    });
    return slugs;
  });

  const topics = new Map<string, Topic>();
  const issues: Issue[] = [];
  for (const slug of [...uses.keys()].sort(compareText)) {
    const spellings = uses.get(slug) ?? new Map<string, SpellingUse>();
    const topicData = declared.get(slug);
    const name = topicData?.entry.name ?? mostUsedSpelling(spellings);
    const description = topicData?.entry.description;
    topics.set(slug, { slug, name, ...(description !== undefined ? { description } : {}) });

    for (const [spelling, use] of spellings) {
      if (topicData ? topicData.spellings.includes(spelling) : spelling === name) continue;
      // Against a declared topic, name the declared spelling the editor was closest to.
      const key = keyOf(spelling);
      const intended = topicData?.spellings.find((declaredSpelling) => keyOf(declaredSpelling) === key) ?? name;
      issues.push({
        ...use.first,
        code: "topic-spelling",
        severity: "warning",
        message: `"${spelling}" and "${intended}" are one topic ("${slug}"); write it one way`,
      });
    }
  }
  issues.sort(compareFirstUse);
  return { topics, articleTopics, issues };
}

/**
 * Folded key → declared topic, for canonical names and aliases. Names are registered
 * before aliases, so an alias can never take over another topic's name.
 */
function declaredTopics(data: TopicData): Map<string, DeclaredTopic> {
  const byKey = new Map<string, DeclaredTopic>();
  const topics = data.topics.map((entry) => ({
    entry,
    slug: foldTag(entry.name.normalize("NFC").trim()),
    spellings: [entry.name, ...entry.aliases].map((spelling) => spelling.normalize("NFC").trim()),
  }));
  for (const topic of topics) if (!byKey.has(topic.slug)) byKey.set(topic.slug, topic);
  for (const topic of topics) {
    for (const alias of topic.entry.aliases) {
      const key = foldTag(alias.normalize("NFC").trim());
      if (!byKey.has(key)) byKey.set(key, topic);
    }
  }
  return byKey;
}

/** The spelling most articles use; ties go to the codepoint-smallest, whatever the file order. */
function mostUsedSpelling(spellings: ReadonlyMap<string, SpellingUse>): string {
  let best: [string, number] | undefined;
  for (const [spelling, use] of spellings) {
    if (!best || use.articles > best[1] || (use.articles === best[1] && spelling < best[0])) {
      best = [spelling, use.articles];
    }
  }
  return best?.[0] ?? "";
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFirstUse(a: FirstUse, b: FirstUse): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.field, b.field);
}

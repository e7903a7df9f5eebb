/**
 * The choices of the search page's filters, read from the article pages the index holds:
 * the same topic names, sections and years their pages give Pagefind, so every choice
 * matches at least one article. Pure.
 */
import { compareTopicNames } from "../topics/sort-topics";
import type { ArticlePageView } from "./types";

/** What the choices are read from: an article page, or the same facts of it. */
export type SearchFacts = Pick<ArticlePageView, "topics" | "section"> & {
  readonly search?: Pick<NonNullable<ArticlePageView["search"]>, "year">;
};

export interface SearchFilterChoices {
  /** Topic names A–Z, as the topic filter holds them. */
  readonly topics: readonly string[];
  /** Sections A–Z. */
  readonly sections: readonly string[];
  /** Years, newest first. */
  readonly years: readonly string[];
}

/** The distinct filter values of the indexed articles (those with `search`), in display order. */
export function searchFilterChoices(articles: readonly SearchFacts[]): SearchFilterChoices {
  const topics = new Set<string>();
  const sections = new Set<string>();
  const years = new Set<string>();
  for (const article of articles) {
    if (article.search === undefined) continue;
    for (const topic of article.topics) topics.add(topic.text);
    sections.add(article.section);
    years.add(article.search.year);
  }
  const byName = (a: string, b: string) => compareTopicNames({ name: a }, { name: b });
  return {
    topics: [...topics].sort(byName),
    sections: [...sections].sort(byName),
    years: [...years].sort((a, b) => Number(b) - Number(a)),
  };
}

/**
 * A validated `Article` made directly, for tests of the pure modules after the loader.
 */
import { DateTime } from "luxon";
import type { Article } from "../../src/model/article";

/** The site zone the factory reads dates in. */
export const testZone = "Asia/Ho_Chi_Minh";

/** A valid article published at `date` (ISO, read in the site zone); fields overridable. */
export function makeArticle(slug: string, date: string | DateTime, fields: Partial<Article> = {}): Article {
  const tags = fields.tags ?? ["ASEAN"];
  return {
    file: `content/articles/${slug}.md`,
    title: `Title of ${slug}`,
    date: typeof date === "string" ? DateTime.fromISO(date, { zone: testZone }) : date,
    summary: `Summary of ${slug}.`,
    tags,
    tagLines: tags.map((_, i) => 6 + i),
    tagColumns: tags.map(() => 5),
    section: "World",
    corrections: [],
    draft: false,
    slug,
    lang: "en",
    body: `Body of ${slug}.`,
    ...fields,
  };
}

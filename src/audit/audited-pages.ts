/**
 * Which pages the audit measures when none are named: the home page and one article,
 * the newest with a lead image (the heaviest kind of page), else the newest.
 */

/** What the choice reads of an article (as its view, `ArticlePageView`, says it). */
export interface AuditCandidate {
  /** Site path, e.g. `/2020/08/26/asean-rok-dialogue-24th/`. */
  readonly path: string;
  readonly published: { readonly iso: string };
  /** Present when the article has a lead image. */
  readonly figure?: object;
}

/** Site paths (without the path prefix) of the pages to audit by default, home first. */
export function defaultAuditPages(articles: readonly AuditCandidate[]): string[] {
  const newestFirst = [...articles].sort((a, b) => Date.parse(b.published.iso) - Date.parse(a.published.iso));
  const article = newestFirst.find((entry) => entry.figure !== undefined) ?? newestFirst[0];
  return article ? ["/", article.path] : ["/"];
}

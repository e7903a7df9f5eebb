/**
 * The content of a year or month archive: its heading and count, on a year page its
 * months with their counts, the articles newest first, and links to the neighbouring
 * archives that exist.
 */
import type { ArchivePageView } from "../../src/views/types";
import { ArticleList } from "./article-list";

/** Heading, count line, months (year pages), article list and older/newer links. */
export function ArchivePage({ view }: { readonly view: ArchivePageView }) {
  return (
    <>
      <header class="page-header">
        <p class="kicker">Archive</p>
        <h1>{view.heading}</h1>
        <p class="count">
          {view.count} {view.count === 1 ? "article" : "articles"}
        </p>
      </header>
      {view.months.length > 0 && (
        <nav class="archive-months" aria-label={`Months of ${view.heading}`}>
          <ul>
            {view.months.map((month) => (
              <li>
                <a href={month.url}>{month.text}</a> <span class="count">{month.count}</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ArticleList items={view.items} />
      {(view.older !== undefined || view.newer !== undefined) && (
        <nav class="pagination archive-nav" aria-label="Other archives">
          <ul>
            {view.newer !== undefined && (
              <li>
                <a class="newer" href={view.newer.url}>
                  Newer: {view.newer.text}
                </a>
              </li>
            )}
            {view.older !== undefined && (
              <li>
                <a class="older" href={view.older.url}>
                  Older: {view.older.text}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}

/**
 * The content of one page of a section: the section's name, how many articles it has,
 * this page's articles newest first, and links to newer and older pages.
 */
import type { SectionPageView } from "../../src/views/types";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";

/** Heading, count line, article list and pagination of a section page. */
export function SectionPage({ view }: { readonly view: SectionPageView }) {
  return (
    <>
      <header class="page-header">
        <p class="kicker">Section</p>
        <h1>{view.name}</h1>
        <p class="count">
          {view.count} {view.count === 1 ? "article" : "articles"}
        </p>
      </header>
      <ArticleList items={view.items} />
      <Pagination
        pageNumber={view.pageNumber}
        pageCount={view.pageCount}
        previousUrl={view.previousUrl}
        nextUrl={view.nextUrl}
      />
    </>
  );
}

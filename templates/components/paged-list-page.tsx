/**
 * The content of one page of a paged list of articles (a topic or a section): a kicker
 * saying which kind, the name, an optional description, how many articles the list has,
 * this page's articles newest first, and links to newer and older pages.
 */
import type { PagedListBase } from "../../src/views/types";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";

/** Props of {@link PagedListPage}. */
export interface PagedListPageProps {
  /** "Topic" or "Section", shown above the name. */
  readonly kind: string;
  readonly name: string;
  readonly description?: string | undefined;
  readonly view: PagedListBase;
}

/** Heading, count line, article list and pagination. */
export function PagedListPage({ kind, name, description, view }: PagedListPageProps) {
  return (
    <>
      <header class="page-header">
        <p class="kicker">{kind}</p>
        <h1>{name}</h1>
        {description !== undefined && <p class="description">{description}</p>}
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

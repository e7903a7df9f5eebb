/**
 * The content of one page of a topic index: the topic's name and description, how many
 * articles it has, this page's articles newest first, and links to newer and older pages.
 */
import type { TopicPageView } from "../../src/views/types";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";

/** Heading, count line, article list and pagination of a topic page. */
export function TopicPage({ view }: { readonly view: TopicPageView }) {
  return (
    <>
      <header class="page-header">
        <p class="kicker">Topic</p>
        <h1>{view.name}</h1>
        {view.topicDescription !== undefined && <p class="description">{view.topicDescription}</p>}
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

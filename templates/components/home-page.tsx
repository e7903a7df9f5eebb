/**
 * The content of the home page: the latest articles under the page's one `<h1>`, and
 * an aside with the topics of the moment and their article counts.
 */
import type { HomeView } from "../../src/views/types";
import { ArticleList } from "./article-list";

/** Latest articles and, when there are any, the topics of the moment. */
export function HomePage({ view }: { readonly view: HomeView }) {
  return (
    <>
      <div class="latest">
        <h1>Latest news</h1>
        {view.latest.length > 0 ? <ArticleList items={view.latest} /> : <p>No articles have been published yet.</p>}
      </div>
      {view.trending.length > 0 && (
        <aside class="trending" aria-labelledby="trending-heading">
          <h2 id="trending-heading">Topics of the moment</h2>
          <ul>
            {view.trending.map((topic) => (
              <li>
                <a href={topic.url}>{topic.name}</a> <span class="count">{topic.count}</span>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </>
  );
}

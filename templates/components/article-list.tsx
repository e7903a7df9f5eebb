/**
 * A list of articles (home page, topic pages): each a linked headline, its time of
 * publication with a status mark when not published, and its summary.
 */
import type { ArticleListItemView } from "../../src/views/types";
import { StatusBadge } from "./status-badge";
import { Time } from "./time";

/** `<ul class="article-list">` with one `<li><article>` per item, in the order given. */
export function ArticleList({ items }: { readonly items: readonly ArticleListItemView[] }) {
  return (
    <ul class="article-list">
      {items.map((item) => (
        <li>
          <article>
            <h2>
              <a href={item.url}>{item.title}</a>
            </h2>
            <p class="meta">
              <Time time={item.date} />
              {item.status !== "published" && " "}
              <StatusBadge status={item.status} />
            </p>
            <p class="summary">{item.summary}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}

/**
 * The Related Topics block beside (or under) an article: each related article's linked
 * headline and summary, in the order given. Renders nothing when there are none.
 *
 * It is an `<aside>` (complementary to the article, its sidebar on wide screens) holding
 * a `<nav>` (its links are where to go next); both are named by the one visible heading,
 * so a screen reader announces "Related Topics" whichever landmark it lists.
 */
import type { RelatedItemView } from "../../src/views/types";

/** `<aside class="related">` with a `<nav>`, both labelled by the "Related Topics" heading, or nothing. */
export function RelatedTopics({ items }: { readonly items: readonly RelatedItemView[] }) {
  if (items.length === 0) return null;
  return (
    <aside class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related Topics</h2>
      <nav aria-labelledby="related-heading">
        <ul>
          {items.map((item) => (
            <li>
              <a href={item.url}>{item.title}</a>
              <p>{item.summary}</p>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}

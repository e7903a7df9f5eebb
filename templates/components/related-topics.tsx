/**
 * The Related Topics block under an article: each related article's linked headline
 * and summary, in the order given. Renders nothing when there are none.
 */
import type { RelatedItemView } from "../../src/views/types";

/** `<aside class="related">` labelled by its "Related Topics" heading, or nothing. */
export function RelatedTopics({ items }: { readonly items: readonly RelatedItemView[] }) {
  if (items.length === 0) return null;
  return (
    <aside class="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Related Topics</h2>
      <ul>
        {items.map((item) => (
          <li>
            <a href={item.url}>{item.title}</a>
            <p>{item.summary}</p>
          </li>
        ))}
      </ul>
    </aside>
  );
}

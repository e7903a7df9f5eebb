/**
 * The content of the topics index: every topic A–Z, grouped by first letter, each
 * linked to its page with its number of published articles.
 */
import type { TopicsIndexView } from "../../src/views/types";

/** `<h1>Topics</h1>` and one `<section>` per letter group, in the order given. */
export function TopicsIndex({ view }: { readonly view: TopicsIndexView }) {
  return (
    <>
      <h1>Topics</h1>
      {view.groups.map((group) => (
        <section class="topic-group">
          <h2>{group.letter}</h2>
          <ul>
            {group.topics.map((topic) => (
              <li>
                <a href={topic.url}>{topic.name}</a> <span class="count">{topic.count}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

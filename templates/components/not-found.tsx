/**
 * The content of the 404 page: what happened and where to go instead.
 */
import type { SiteLinks } from "../../src/views/types";

/** `<h1>Page not found</h1>`, a sentence, and links to the home page and the topics. */
export function NotFound({ links }: { readonly links: SiteLinks }) {
  return (
    <>
      <h1>Page not found</h1>
      <p>The page you asked for does not exist here. It may have moved, or the address may be mistyped.</p>
      <p>
        Go to the <a href={links.home}>latest news</a> or browse <a href={links.topics}>all topics</a>.
      </p>
    </>
  );
}

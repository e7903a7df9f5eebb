/**
 * Eleventy page module: one page per topic page in `communique.topicPages` (every page
 * of every topic), written at that page's URL.
 */
import type { VNode } from "preact";
import { Layout } from "./components/layout";
import type { PageData, PageProps } from "./components/page-data";
import { TopicPage } from "./components/topic-page";

/** One page per topic page, at its URL, kept out of Eleventy's collections. */
export const data: PageData<"topicPages"> = {
  pagination: { data: "communique.topicPages", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d) => d.view.path,
  eleventyExcludeFromCollections: true,
};

/** The topic page document. */
export function render(d: PageProps<"topicPages">): VNode {
  return (
    <Layout site={d.communique.site} page={d.view}>
      <TopicPage view={d.view} />
    </Layout>
  );
}

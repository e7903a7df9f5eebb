/**
 * Eleventy page module: one page per article in `communique.articles`, written at the
 * article's URL. Eleventy's TSX glue turns the returned element into the HTML file.
 */
import type { VNode } from "preact";
import { ArticlePage } from "./components/article-page";
import { Layout } from "./components/layout";
import type { PageData, PageProps } from "./components/page-data";

/** One page per article, at its URL, kept out of Eleventy's collections. */
export const data: PageData<"articles"> = {
  pagination: { data: "communique.articles", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d) => d.view.path,
  eleventyExcludeFromCollections: true,
};

/** The article page document. */
export function render(d: PageProps<"articles">): VNode {
  return (
    <Layout site={d.communique.site} page={d.view}>
      <ArticlePage view={d.view} />
    </Layout>
  );
}

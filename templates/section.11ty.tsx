/**
 * Eleventy page module: one page per section page in `communique.sectionPages` (every
 * page of every section), written at that page's URL.
 */
import type { VNode } from "preact";
import { Layout } from "./components/layout";
import type { PageData, PageProps } from "./components/page-data";
import { SectionPage } from "./components/section-page";

/** One page per section page, at its URL, kept out of Eleventy's collections. */
export const data: PageData<"sectionPages"> = {
  pagination: { data: "communique.sectionPages", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d) => d.view.path,
  eleventyExcludeFromCollections: true,
};

/** The section page document. */
export function render(d: PageProps<"sectionPages">): VNode {
  return (
    <Layout site={d.communique.site} page={d.view}>
      <SectionPage view={d.view} />
    </Layout>
  );
}

/**
 * Eleventy page module: the search page, written at `communique.search.path` (`/search/`).
 */
import type { VNode } from "preact";
import type { SiteData } from "../src/views/types";
import { Layout } from "./components/layout";
import { SearchPage } from "./components/search-page";

/** What Eleventy passes to this module: the `communique` global data. */
interface SearchPageData {
  readonly communique: SiteData;
}

/** One page at the search view's path, kept out of Eleventy's collections. */
export const data = {
  permalink: (d: SearchPageData): string => d.communique.search.path,
  eleventyExcludeFromCollections: true,
};

/** The search page document. */
export function render(d: SearchPageData): VNode {
  return (
    <Layout site={d.communique.site} page={d.communique.search}>
      <SearchPage view={d.communique.search} topicsUrl={d.communique.site.links.topics} />
    </Layout>
  );
}

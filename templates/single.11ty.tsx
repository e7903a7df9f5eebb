/**
 * Eleventy page module for the one-off pages in `communique.singles`: the home page,
 * the topics index and the 404 page (`/404.html`), each written at its view's URL.
 */
import type { VNode } from "preact";
import type { SiteView } from "../src/views/types";
import { HomePage } from "./components/home-page";
import { Layout } from "./components/layout";
import { NotFound } from "./components/not-found";
import type { PageData, PageProps, PageViewOf } from "./components/page-data";
import { TopicsIndex } from "./components/topics-index";

/** One page per single view, at its URL as is, kept out of Eleventy's collections. */
export const data: PageData<"singles"> = {
  pagination: { data: "communique.singles", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d) => d.view.path,
  eleventyExcludeFromCollections: true,
};

/** The document of the home page, the topics index or the 404 page, by the view's kind. */
export function render(d: PageProps<"singles">): VNode {
  return (
    <Layout site={d.communique.site} page={d.view}>
      <SingleContent view={d.view} site={d.communique.site} />
    </Layout>
  );
}

function SingleContent({ view, site }: { readonly view: PageViewOf<"singles">; readonly site: SiteView }) {
  switch (view.kind) {
    case "home":
      return <HomePage view={view} />;
    case "topics":
      return <TopicsIndex view={view} />;
    case "not-found":
      return <NotFound links={site.links} />;
  }
}

/**
 * Eleventy page module: one page per year or month archive in `communique.archives`,
 * written at the archive's URL (`/YYYY/`, `/YYYY/MM/`).
 */
import type { VNode } from "preact";
import { ArchivePage } from "./components/archive-page";
import { Layout } from "./components/layout";
import type { PageData, PageProps } from "./components/page-data";

/** One page per archive, at its URL, kept out of Eleventy's collections. */
export const data: PageData<"archives"> = {
  pagination: { data: "communique.archives", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d) => d.view.path,
  eleventyExcludeFromCollections: true,
};

/** The archive page document. */
export function render(d: PageProps<"archives">): VNode {
  return (
    <Layout site={d.communique.site} page={d.view}>
      <ArchivePage view={d.view} />
    </Layout>
  );
}

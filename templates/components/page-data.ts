/**
 * The shape of an Eleventy page module's `data` export and of what its `render` receives:
 * one page per item of a `communique` view-model list, written at the item's own URL.
 */
import type { SiteData } from "../../src/views/types";

/** The `communique` lists that page modules paginate over, one page per item. */
export type PageListKey = "articles" | "topicPages" | "sectionPages" | "archives" | "singles" | "files";

/** One item of the `communique` list named by `K`. */
export type PageViewOf<K extends PageListKey> = SiteData[K][number];

/** Eleventy front data of a page module: one page per view, at the view's URL. */
export interface PageData<K extends PageListKey> {
  readonly pagination: {
    readonly data: `communique.${K}`;
    readonly size: 1;
    readonly alias: "view";
    readonly addAllPagesToCollections: false;
  };
  readonly permalink: (data: { readonly view: PageViewOf<K> }) => string;
  readonly eleventyExcludeFromCollections: true;
}

/** What Eleventy passes to a page module's `render`: the page's view and the global data. */
export interface PageProps<K extends PageListKey> {
  readonly view: PageViewOf<K>;
  readonly communique: SiteData;
}

/**
 * Eleventy page module: one file per text file in `communique.files` (feeds, sitemaps,
 * robots.txt), written at its path exactly as the pure core made it.
 */
import type { PageData, PageProps } from "./components/page-data";

/** One file per text file, at its path, kept out of Eleventy's collections. */
export const data: PageData<"files"> = {
  pagination: { data: "communique.files", size: 1, alias: "view", addAllPagesToCollections: false },
  permalink: (d) => d.view.path,
  eleventyExcludeFromCollections: true,
};

/**
 * The file's whole text, or its UTF-8 bytes, whole or in pieces, which the TSX glue hands
 * Eleventy to write as they are (a plain `Uint8Array`: Eleventy would turn a `Buffer` back
 * into text).
 */
export function render(d: PageProps<"files">): string | Uint8Array | readonly Uint8Array[] {
  const { content } = d.view;
  if (typeof content === "string" || !(content instanceof Uint8Array)) return content;
  return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
}

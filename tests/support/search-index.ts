/**
 * Reads back the Pagefind bundle a build wrote: its entry file and every page record
 * (fragment), which Pagefind stores gzipped behind a `pagefind_dcd` signature.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** What Pagefind recorded of one indexed page. */
export interface IndexedPage {
  readonly url: string;
  /** The indexed text, as Pagefind extracted it. */
  readonly content: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

const signature = "pagefind_dcd";

/** Every page record of the bundle in `<output>/pagefind/`, ordered by URL. */
export async function readIndexedPages(output: string): Promise<IndexedPage[]> {
  const folder = join(output, "pagefind", "fragment");
  const pages: IndexedPage[] = [];
  for (const name of await readdir(folder)) {
    const text = gunzipSync(await readFile(join(folder, name))).toString("utf8");
    if (!text.startsWith(signature)) throw new Error(`${name} is not a Pagefind fragment`);
    const { url, content, meta, filters } = JSON.parse(text.slice(signature.length)) as IndexedPage;
    pages.push({ url, content, meta, filters });
  }
  return pages.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The bundle's `pagefind-entry.json`. */
export async function readIndexEntry(output: string): Promise<unknown> {
  return JSON.parse(await readFile(join(output, "pagefind", "pagefind-entry.json"), "utf8"));
}

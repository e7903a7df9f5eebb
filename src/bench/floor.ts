/**
 * The floor a build is measured against: what any generator must at least do for a
 * bulletin. Reads each article, renders its Markdown body with markdown-it and writes
 * one HTML file per article: no validation, templates, topics, lists, feeds or sitemaps.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MarkdownIt from "markdown-it";

/** What the floor did. */
export interface FloorReport {
  /** HTML files written, one per article. */
  readonly pages: number;
}

/** Renders every `*.md` under `<root>/content/articles` into `<output>/<n>/index.html`. */
export async function buildFloor(root: string, output: string): Promise<FloorReport> {
  const folder = join(root, "content", "articles");
  const files = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith(".md")).sort();
  const md = new MarkdownIt();
  let pages = 0;
  for (const file of files) {
    const text = await readFile(join(folder, file), "utf8");
    const html = md.render(bodyOf(text));
    const page = join(output, String(pages));
    await mkdir(page, { recursive: true });
    await writeFile(join(page, "index.html"), `<!DOCTYPE html>\n<html><body>${html}</body></html>\n`);
    pages += 1;
  }
  return { pages };
}

/** The text after the closing `---` of the front matter (the whole text when there is none). */
export function bodyOf(text: string): string {
  if (!text.startsWith("---\n")) return text;
  const close = text.indexOf("\n---\n", 3);
  return close === -1 ? text : text.slice(close + 5);
}

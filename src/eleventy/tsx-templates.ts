/**
 * Lets Eleventy render `*.11ty.tsx` page modules: each exports `data` and `render(data)`
 * returning a preact VNode, which becomes HTML here, handed to Eleventy as UTF-8 bytes.
 * Strings pass through untouched, bytes (a file kept as UTF-8) are handed to Eleventy to
 * write as they are, and bytes in pieces (a feed) are joined first.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isValidElement, type VNode } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import { joinedBytes, pageBytes } from "./page-memory";

/** What a page module exports. */
interface PageModule {
  readonly data?: unknown;
  render(data: unknown): unknown;
}

/**
 * The page module at `inputPath`, imported once per process. Eleventy would import a
 * JavaScript template afresh for every Eleventy instance, as a new module that is never
 * freed; a production build runs one instance per run of pages, so a large bulletin would
 * load each template hundreds of times. The templates are Communique's own, never edited
 * while it runs (`npm start` restarts the process when they change).
 */
function pageModule(inputPath: string): Promise<PageModule> {
  // Asked for on every page rendered, so looked up by the path as given: an import, even
  // of a loaded module, goes through the loader's hooks each time, and making its URL
  // again for each page took 25 ms of a 4,000-article build.
  let loading = pageModules.get(inputPath);
  if (!loading) {
    loading = importPageModule(inputPath, pathToFileURL(resolve(inputPath)).href);
    pageModules.set(inputPath, loading);
  }
  return loading;
}

/** By the path Eleventy gives (the same file under two paths is still one module). */
const pageModules = new Map<string, Promise<PageModule>>();

async function importPageModule(inputPath: string, url: string): Promise<PageModule> {
  const loaded: unknown = await import(url);
  if (typeof loaded !== "object" || loaded === null || !("render" in loaded) || typeof loaded.render !== "function") {
    throw new Error(`${inputPath} does not export a render() function.`);
  }
  return loaded as PageModule;
}

/** Written before a whole document; html-validate's doctype-style rule wants the upper-case form. */
const doctype = Buffer.from("<!DOCTYPE html>\n", "latin1");
const nothing = new Uint8Array();

/**
 * `html` as UTF-8, after the doctype when it is a whole document (in a production build's
 * runs, in memory used again from run to run: see `page-memory`). The rendered text is
 * built of many joined pieces: looking at its start makes it one flat string, once, and
 * it is encoded after the doctype's bytes from there. Joining the doctype to it as text
 * would copy the whole page a second time (two bytes a character in most pages).
 */
export function documentBytes(html: string): Buffer {
  return pageBytes(html.startsWith("<html") ? doctype : nothing, html);
}

/** A list of byte arrays: a file's UTF-8 bytes in pieces, joined only as it is written. */
function isPieces(value: unknown): value is readonly Uint8Array[] {
  return Array.isArray(value) && value.every((piece: unknown) => piece instanceof Uint8Array);
}

/** Registers the `11ty.tsx` template format on top of Eleventy's JavaScript engine. */
export function tsxTemplates(eleventyConfig: UserConfig): void {
  eleventyConfig.addExtension("11ty.tsx", {
    key: "11ty.js",
    // Eleventy reads each page's `data` (pagination, permalink) from the same module.
    getInstanceFromInputPath: pageModule,
    // Eleventy hands `compile` the module itself, which has no text to make a key of.
    compileOptions: { getCacheKey: (_module: unknown, inputPath: string) => inputPath },
    compile(_module: unknown, inputPath: string) {
      return async function (data: unknown): Promise<string | Buffer> {
        const output = await (await pageModule(inputPath)).render(data);
        if (typeof output === "string") return output;
        if (output instanceof Uint8Array) return Buffer.from(output.buffer, output.byteOffset, output.byteLength);
        if (isPieces(output)) return joinedBytes(output);
        if (!isValidElement(output)) throw new Error("A .11ty.tsx render() must return a string, bytes, bytes in pieces or a preact element.");
        // As bytes, outside the JavaScript heap: Eleventy keeps every page of a run until it
        // writes them all, and pages kept as text made each young-generation collection copy
        // them (4,000 articles: 1.3 s of collection against 0.8 s, 460 MB at the peak against 335 MB).
        return documentBytes(renderToStaticMarkup(output as VNode));
      };
    },
  });
  eleventyConfig.addTemplateFormats("11ty.tsx");
}

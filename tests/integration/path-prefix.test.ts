import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import type { Element } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { article, build, listFiles, makeFixture } from "../support/fixture";
import { parseXml, rootOf } from "../unit/feeds/support";

// A 1×1 PNG, so the lead figure and its copied file take part.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const base = "https://example.org/bulletin/";
const prefix = "/bulletin/";

describe("a bulletin published under a path prefix", () => {
  let output: string;
  beforeAll(async () => {
    const root = await makeFixture(
      {
        "content/images/photo.png": png,
        "content/articles/one.md": article({
          title: "One",
          date: "2024-01-01",
          summary: "S.",
          tags: ["ASEAN", "Việt Nam"],
          image: "{ src: photo.png, alt: A photo, credit: VNA }",
        }),
        "content/articles/two.md": article({ title: "Two", date: "2024-02-01", summary: "S.", tags: ["ASEAN"] }),
        "content/articles/three.md": article({ title: "Three", date: "2023-12-01", summary: "S.", tags: ["Trade"] }),
      },
      { baseUrl: base },
    );
    expect((await build(root)).code).toBe(0);
    output = join(root, "_site");
  });

  it("links every page, asset, feed and image under the prefix, to files that exist", async () => {
    const pages = (await listFiles(output)).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(5);
    const broken: string[] = [];
    for (const file of pages) {
      const $ = cheerio.load(await readFile(join(output, file), "utf8"));
      const targets = [
        ...$("a[href], link[href]").map((_, element) => $(element).attr("href")).get(),
        ...$("img[src], script[src]").map((_, element) => $(element).attr("src")).get(),
        ...$("form[action]").map((_, element) => $(element).attr("action")).get(),
        // The search script imports Pagefind's script from the bundle folder it is given.
        ...$("[data-bundle]").map((_, element) => `${$(element).attr("data-bundle")}pagefind.js`).get(),
      ];
      // In-page links (the skip link) stay on the page.
      for (const target of targets.filter((href) => !href.startsWith("#"))) {
        if (/^[a-z]+:/.test(target) && !target.startsWith(base)) {
          broken.push(`${file}: ${target} leaves the site`);
          continue;
        }
        const path = target.startsWith(base) ? new URL(target).pathname : target;
        if (!path.startsWith(prefix)) {
          broken.push(`${file}: ${target} is not under ${prefix}`);
          continue;
        }
        const local = path.slice(prefix.length).split("#")[0] ?? "";
        const served = local === "" || local.endsWith("/") ? `${local}index.html` : local;
        if (!existsSync(join(output, served))) broken.push(`${file}: ${target} has no file ${served}`);
      }
    }
    expect(broken, broken.join("\n")).toEqual([]);
  });

  it("serves search under the prefix: the page, its form, its script and the Pagefind bundle", async () => {
    const $ = cheerio.load(await readFile(join(output, "search", "index.html"), "utf8"));
    expect($("nav[aria-label=Main] a").filter((_, a) => $(a).text().trim() === "Search").attr("href")).toBe(`${prefix}search/`);
    const form = $("form[role=search]");
    expect([form.attr("action"), form.attr("data-bundle"), form.attr("data-prefix")]).toEqual([
      `${prefix}search/`,
      `${prefix}pagefind/`,
      prefix,
    ]);
    expect($("script[type=module]").attr("src")).toBe(`${prefix}assets/search.js`);
    expect($("noscript").text()).toContain(`href="${prefix}topics/"`);
    // Pagefind records site paths; the script's `baseUrl` option puts the prefix before them.
    expect(existsSync(join(output, "pagefind", "pagefind.js"))).toBe(true);
    const entry = JSON.parse(await readFile(join(output, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([3]);
  });

  it("gives every page its own absolute canonical URL under the prefix, and writes files without it", async () => {
    const pages = (await listFiles(output)).filter((file) => file.endsWith(".html"));
    const canonicals: [string, string | undefined][] = [];
    for (const file of pages) {
      const $ = cheerio.load(await readFile(join(output, file), "utf8"));
      canonicals.push([file, $("link[rel=canonical]").attr("href")]);
    }
    const own = (file: string) => `${base}${file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file}`;
    expect(canonicals).toEqual(pages.map((file) => [file, own(file)]));
    expect(canonicals).toContainEqual(["2024/01/01/one/index.html", `${base}2024/01/01/one/`]);
    expect(existsSync(join(output, "bulletin"))).toBe(false);
  });

  it("puts the prefix in every absolute URL of the metadata and JSON-LD", async () => {
    const pages = (await listFiles(output)).filter((file) => file.endsWith(".html"));
    const outside: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const $ = cheerio.load(await readFile(join(output, file), "utf8"));
      const urls = [
        ...$("meta[content]").map((_, element) => $(element).attr("content")).get(),
        ...$("script[type='application/ld+json']").map((_, element) => stringsIn(JSON.parse($(element).text()))).get(),
      ].filter((value) => isUrl(value) && !value.startsWith("https://schema.org"));
      checked += urls.length;
      outside.push(...urls.filter((url) => !url.startsWith(base)).map((url) => `${file}: ${url}`));
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(outside, outside.join("\n")).toEqual([]);
  });

  it("puts the prefix in every URL of the feeds, sitemaps and robots.txt, each naming a file that exists", async () => {
    const files = await listFiles(output);
    const xml = files.filter((file) => file.endsWith(".xml"));
    expect(xml).toEqual(["feed.xml", "news-sitemap.xml", "sitemap.xml", "topics/asean/feed.xml", "topics/trade/feed.xml", "topics/viet-nam/feed.xml"]);
    const urls: string[] = [];
    for (const file of xml) urls.push(...urlsInXml(rootOf(parseXml(await readFile(join(output, file), "utf8")))));
    urls.push(...stringsIn(JSON.parse(await readFile(join(output, "feed.json"), "utf8"))).filter(isUrl));
    const robots = await readFile(join(output, "robots.txt"), "utf8");
    urls.push(...robots.split("\n").flatMap((line) => (line.startsWith("Sitemap: ") ? [line.slice("Sitemap: ".length)] : [])));
    // Format identifiers, not addresses on this site.
    const own = urls.filter((url) => url !== "https://jsonfeed.org/version/1.1");
    expect(own).toContain(`${base}2024/02/01/two/`);
    expect(own).toContain(`${base}topics/asean/`);
    expect(own).toContain(`${base}sitemap.xml`);
    const wrong = own.flatMap((url) => {
      if (!url.startsWith(base)) return [`${url} is not under ${base}`];
      const local = url.slice(base.length);
      const served = local === "" || local.endsWith("/") ? `${local}index.html` : local;
      return files.includes(served) ? [] : [`${url} has no file ${served}`];
    });
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
});

/** Every string anywhere inside a parsed JSON value. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

function isUrl(value: string): boolean {
  return /^[a-z]+:\/\//.test(value);
}

/** Every URL in an XML tree: attribute values and element texts that are whole URLs. */
function urlsInXml(element: Element): string[] {
  const found: string[] = [];
  for (let index = 0; index < element.attributes.length; index++) {
    const value = element.attributes.item(index)?.value ?? "";
    // Namespace declarations name vocabularies, not pages.
    if (isUrl(value) && !element.attributes.item(index)?.name.startsWith("xmlns")) found.push(value);
  }
  let children = 0;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) {
      children++;
      found.push(...urlsInXml(node as Element));
    }
  }
  const text = (element.textContent ?? "").trim();
  if (children === 0 && isUrl(text)) found.push(text);
  return found;
}

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import type { Element } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { runBuild } from "../../src/cli/build";
import { article, build, listFiles, makeFixture, run, tempFolder } from "../support/fixture";
import { atomNs, childOf, childrenOf, newsNs, parseXml, rootOf, sitemapNs, textOf } from "../unit/feeds/support";

const repo = new URL("../..", import.meta.url).pathname;
const schema = join(repo, "schemas", "sitemap.xsd");

/**
 * Validates `file` against the official sitemap schema with xmllint (libxml2's own
 * validator, built to WebAssembly so `npm test` needs nothing from the system).
 */
async function validateSitemap(file: string): Promise<void> {
  const result = await validateXML({
    xml: [{ fileName: "sitemap.xml", contents: await readFile(file, "utf8") }],
    schema: [{ fileName: "sitemap.xsd", contents: await readFile(schema, "utf8") }],
  });
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

/** The output file a site URL under `base` is served from. */
function fileFor(output: string, base: string, url: string): string {
  expect(url.startsWith(base), url).toBe(true);
  const path = url.slice(base.length);
  return join(output, path === "" || path.endsWith("/") ? `${path}index.html` : path);
}

const locs = (text: string) => childrenOf(rootOf(parseXml(text)), sitemapNs, "url").map((url) => textOf(url, sitemapNs, "loc"));

describe("feeds and sitemaps of the sample bulletin", () => {
  const base = "https://example.org/";
  const hidden = ["vietnamese-diplomacy-prepares-to-mark-its-80th-anniversary", "viet-nam-opens-its-year-as-apec-host"];
  let output: string;
  let files: string[];
  const read = (path: string) => readFile(join(output, path), "utf8");

  beforeAll(async () => {
    output = join(await tempFolder("communique-feeds-"), "_site");
    const result = await run(runBuild, ["--output", output, "--build-time", "2026-11-28T12:00:00+07:00"], repo);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    files = await listFiles(output);
  });

  it("writes every feed, sitemap and robots.txt", () => {
    for (const file of ["feed.xml", "feed.json", "topics/viet-nam/feed.xml", "sitemap.xml", "news-sitemap.xml", "robots.txt"]) {
      expect(files, file).toContain(file);
    }
    const topics = files.filter((file) => /^topics\/[a-z0-9-]+\/index\.html$/.test(file));
    const feeds = files.filter((file) => /^topics\/[a-z0-9-]+\/feed\.xml$/.test(file));
    expect(feeds).toEqual(topics.map((file) => file.replace("index.html", "feed.xml")));
  });

  it("writes an Atom feed with its required elements, of the latest articles, each linking to a page", async () => {
    const root = rootOf(parseXml(await read("feed.xml")));
    expect([root.namespaceURI, root.localName]).toEqual([atomNs, "feed"]);
    expect(textOf(root, atomNs, "id")).toBe(`${base}feed.xml`);
    expect(textOf(root, atomNs, "title")).toBe("The Diplomatic Bulletin");
    expect(textOf(root, atomNs, "updated")).toBe("2025-10-26T17:00:00+07:00");
    const entries = childrenOf(root, atomNs, "entry");
    const articlePages = files.filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/index\.html$/.test(file));
    expect(entries).toHaveLength(Math.min(50, articlePages.length));
    for (const entry of entries) {
      const id = textOf(entry, atomNs, "id");
      expect(textOf(entry, atomNs, "title"), id).not.toBe("");
      expect(textOf(entry, atomNs, "updated"), id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      const href = childOf(entry, atomNs, "link").getAttribute("href") ?? "";
      expect(href, id).toBe(id);
      expect(existsSync(fileFor(output, base, href)), href).toBe(true);
    }
  });

  it("writes a JSON Feed with version, title and items that link to pages", async () => {
    const feed = JSON.parse(await read("feed.json")) as {
      version: string;
      title: string;
      items: { id: string; url: string; date_published: string }[];
    };
    expect([feed.version, feed.title]).toEqual(["https://jsonfeed.org/version/1.1", "The Diplomatic Bulletin"]);
    expect(feed.items.length).toBeGreaterThan(30);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.date_published, item.url).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(existsSync(fileFor(output, base, item.url)), item.url).toBe(true);
    }
  });

  it("links a topic page to its own feed, whose entries are on the topic", async () => {
    const $ = cheerio.load(await read("topics/viet-nam/index.html"));
    const feeds = $("head > link[rel=alternate][type='application/atom+xml']").map((_, link) => $(link).attr("href")).get();
    expect(feeds).toEqual(["/feed.xml", "/topics/viet-nam/feed.xml"]);
    const root = rootOf(parseXml(await read("topics/viet-nam/feed.xml")));
    const entries = childrenOf(root, atomNs, "entry");
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) {
      const terms = childrenOf(entry, atomNs, "category").map((category: Element) => category.getAttribute("term"));
      expect(terms, textOf(entry, atomNs, "id")).toContain("viet-nam");
    }
  });

  it("writes a sitemap that passes the official schema and lists existing pages only", async () => {
    await validateSitemap(join(output, "sitemap.xml"));
    const listed = locs(await read("sitemap.xml"));
    expect(listed).toContain(base);
    expect(listed).toContain(`${base}topics/viet-nam/page/2/`);
    expect(listed).not.toContain(`${base}404.html`);
    for (const loc of listed) expect(existsSync(fileFor(output, base, loc)), loc).toBe(true);
    // The search page has no content of its own to index.
    expect(listed).not.toContain(`${base}search/`);
    const pages = files.filter((file) => file.endsWith(".html") && file !== "404.html" && file !== "search/index.html");
    expect(listed).toHaveLength(pages.length);
  });

  it("writes an empty news sitemap: nothing in the sample is under two days old", async () => {
    const root = rootOf(parseXml(await read("news-sitemap.xml")));
    expect([root.namespaceURI, root.localName, childrenOf(root, sitemapNs, "url").length]).toEqual([sitemapNs, "urlset", 0]);
  });

  it("names both sitemaps in robots.txt", async () => {
    expect(await read("robots.txt")).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${base}sitemap.xml\nSitemap: ${base}news-sitemap.xml\n`,
    );
  });

  it("never mentions the draft or the scheduled article in a feed or sitemap", async () => {
    const texts = files.filter((file) => /\.(xml|json|txt)$/.test(file));
    expect(texts.length).toBeGreaterThan(10);
    for (const file of texts) {
      const text = await read(file);
      for (const slug of hidden) expect(text.includes(slug), `${file} mentions ${slug}`).toBe(false);
    }
  });
});

describe("the news sitemap of a fixture built under a path prefix", () => {
  const base = "https://example.org/bulletin/";
  let root: string;

  beforeAll(async () => {
    root = await makeFixture(
      {
        // The build time is 2026-11-28T12:00:00+07:00.
        "content/articles/recent.md": article({
          title: `'Tom & Jerry''s "talks" <in> Việt Nam'`,
          slug: "recent",
          date: "2026-11-28T09:00:00+07:00",
          summary: "Recent.",
          tags: ["ASEAN"],
        }),
        "content/articles/yesterday.md": article({
          title: "대한민국 and ASEAN",
          slug: "yesterday",
          date: "2026-11-27T01:00:00Z",
          summary: "Yesterday.",
          tags: ["ASEAN"],
        }),
        "content/articles/old.md": article({ title: "Three days old", date: "2026-11-25T12:00:00+07:00", summary: "O.", tags: ["ASEAN"] }),
        "content/articles/draft.md": article({
          title: "Draft",
          date: "2026-11-28T08:00:00+07:00",
          summary: "D.",
          tags: ["ASEAN"],
          draft: "true",
        }),
        "content/articles/later.md": article({ title: "Later today", date: "2026-11-28T18:00:00+07:00", summary: "L.", tags: ["ASEAN"] }),
      },
      { baseUrl: base, name: "The Diplomatic Bulletin" },
    );
    const result = await build(root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("lists exactly the two articles published in the two days before the build", async () => {
    const text = await readFile(join(root, "_site", "news-sitemap.xml"), "utf8");
    const rows = childrenOf(rootOf(parseXml(text)), sitemapNs, "url").map((url) => {
      const news = childOf(url, newsNs, "news");
      const publication = childOf(news, newsNs, "publication");
      return [
        textOf(url, sitemapNs, "loc"),
        textOf(publication, newsNs, "name"),
        textOf(publication, newsNs, "language"),
        textOf(news, newsNs, "publication_date"),
        textOf(news, newsNs, "title"),
      ];
    });
    expect(rows).toEqual([
      [
        `${base}2026/11/28/recent/`,
        "The Diplomatic Bulletin",
        "en",
        "2026-11-28T09:00:00+07:00",
        `Tom & Jerry's "talks" <in> Việt Nam`,
      ],
      [`${base}2026/11/27/yesterday/`, "The Diplomatic Bulletin", "en", "2026-11-27T08:00:00+07:00", "대한민국 and ASEAN"],
    ]);
    for (const [loc] of rows) expect(existsSync(fileFor(join(root, "_site"), base, loc ?? "")), loc).toBe(true);
  });

  it("writes a valid sitemap and robots.txt under the prefix", async () => {
    await validateSitemap(join(root, "_site", "sitemap.xml"));
    expect(await readFile(join(root, "_site", "robots.txt"), "utf8")).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${base}sitemap.xml\nSitemap: ${base}news-sitemap.xml\n`,
    );
    const listed = locs(await readFile(join(root, "_site", "sitemap.xml"), "utf8"));
    expect(listed.filter((loc) => /\/2026\/11\/\d{2}\/[a-z0-9-]+\/$/.test(loc))).toEqual([
      `${base}2026/11/28/recent/`,
      `${base}2026/11/27/yesterday/`,
      `${base}2026/11/25/three-days-old/`,
    ]);
  });
});

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { article, build, listFiles, makeFixture } from "../support/fixture";

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

  it("gives absolute canonical URLs under the prefix, and writes files without it", async () => {
    const $ = cheerio.load(await readFile(join(output, "2024/01/01/one/index.html"), "utf8"));
    expect($("link[rel=canonical]").attr("href")).toBe(`${base}2024/01/01/one/`);
    expect(existsSync(join(output, "bulletin"))).toBe(false);
  });

  it("puts the prefix in the feed and sitemap URLs", async () => {
    const feed = await readFile(join(output, "feed.xml"), "utf8");
    expect(feed).toContain(`<id>${base}2024/02/01/two/</id>`);
    const sitemap = await readFile(join(output, "sitemap.xml"), "utf8");
    expect(sitemap).toContain(`<loc>${base}topics/asean/</loc>`);
    expect(await readFile(join(output, "robots.txt"), "utf8")).toContain(`Sitemap: ${base}sitemap.xml`);
  });
});

/**
 * A built fixture bulletin read as a reader's tools read it: section pages and their
 * pagination, the header and footer navigation with `aria-current`, landmarks and their
 * names, page titles, the sitemap, and the stylesheet with its print rules.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { article, build, listFiles, makeFixture, page } from "../support/fixture";

// 45 World articles (pages of 20, 20 and 5), 3 Economy, 1 Culture and 1 Arts (a tie, A–Z).
const world = Array.from({ length: 45 }, (_, i) => {
  const day = String((i % 28) + 1).padStart(2, "0");
  const month = String(Math.floor(i / 28) + 1).padStart(2, "0");
  return [
    `content/articles/world-${i}.md`,
    article({ title: `World ${i}`, slug: `world-${i}`, date: `2025-${month}-${day}T08:00:00+07:00`, summary: `S${i}.`, tags: ["ASEAN", "Việt Nam"], section: "World" }),
  ];
});
const others = [
  ["economy-1", "2024-03-01", "Economy"],
  ["economy-2", "2024-03-02", "economy"],
  ["economy-3", "2024-03-03", "Economy"],
  ["culture-1", "2024-04-01", "Culture"],
  ["arts-1", "2024-04-02", "Arts"],
].map(([slug = "", date = "", section = ""]) => [
  `content/articles/${slug}.md`,
  article({ title: `Story ${slug}`, slug, date, summary: `About ${slug}.`, tags: ["ASEAN"], section }),
]);
const files = Object.fromEntries([...world, ...others]);

/** The accessible name of a landmark: its `aria-labelledby` text, else its `aria-label`. */
function nameOf($: CheerioAPI, element: Parameters<CheerioAPI>[0]): string {
  const node = $(element);
  const by = node.attr("aria-labelledby");
  return by === undefined ? (node.attr("aria-label") ?? "") : by.split(" ").map((id) => $(`#${id}`).text()).join(" ");
}

/** `[text, aria-current]` of each link in the header's Sections navigation. */
function sectionLinks($: CheerioAPI): string[][] {
  return $("header nav[aria-label=Sections] a")
    .map((_, a) => [[$(a).text(), $(a).attr("aria-current") ?? ""]])
    .get();
}

describe("sections and accessibility of a built bulletin", () => {
  let root: string;
  beforeAll(async () => {
    root = await makeFixture(files, { name: "The Diplomatic Bulletin" });
    const result = await build(root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("pages each section 20 at a time, newest first, with titled pages and labelled pagination", async () => {
    const first = await page(root, "/sections/world/");
    expect(first("h1").text()).toBe("World");
    expect(first("title").text()).toBe("World section — The Diplomatic Bulletin");
    expect(first("main .article-list > li h2 a").map((_, a) => first(a).text()).get()).toEqual(
      Array.from({ length: 20 }, (_, i) => `World ${44 - i}`),
    );
    expect(first("main p.count").text()).toBe("45 articles");
    expect(first("nav.pagination a[rel=prev]")).toHaveLength(0);
    expect(first("nav.pagination a[rel=next]").attr("href")).toBe("/sections/world/page/2/");

    const second = await page(root, "/sections/world/page/2/");
    expect(second("title").text()).toBe("World section, page 2 — The Diplomatic Bulletin");
    expect(second("main .article-list > li")).toHaveLength(20);
    expect(nameOf(second, "main nav.pagination")).toBe("Page 2 of 3");
    expect(second("nav.pagination a[rel=prev]").attr("href")).toBe("/sections/world/");
    expect(second("nav.pagination a[rel=next]").attr("href")).toBe("/sections/world/page/3/");

    const third = await page(root, "/sections/world/page/3/");
    expect(third("main .article-list > li")).toHaveLength(5);
    expect(third("nav.pagination a[rel=next]")).toHaveLength(0);

    // Spellings that fold alike are one section.
    const economy = await page(root, "/sections/economy/");
    expect(economy("h1").text()).toBe("Economy");
    expect(economy("main .article-list > li")).toHaveLength(3);
    expect(economy("nav.pagination")).toHaveLength(0);
    expect(await listFiles(join(root, "_site", "sections"))).toEqual([
      "arts/index.html",
      "culture/index.html",
      "economy/index.html",
      "world/index.html",
      "world/page/2/index.html",
      "world/page/3/index.html",
    ]);
  });

  it("lists the sections in the header, most articles first, ties A–Z, the current one marked", async () => {
    const home = await page(root, "/");
    expect(sectionLinks(home)).toEqual([
      ["World", ""],
      ["Economy", ""],
      ["Arts", ""],
      ["Culture", ""],
    ]);
    expect(sectionLinks(await page(root, "/sections/economy/"))).toEqual([
      ["World", ""],
      ["Economy", "page"],
      ["Arts", ""],
      ["Culture", ""],
    ]);
    expect(sectionLinks(await page(root, "/sections/world/page/3/"))[0]).toEqual(["World", "true"]);
    // An article lies within its section, which its kicker links to.
    const story = await page(root, "/2024/03/02/economy-2/");
    expect(sectionLinks(story)[1]).toEqual(["Economy", "true"]);
    expect(story("article header .section a").attr("href")).toBe("/sections/economy/");
  });

  it("marks the current page in the main navigation", async () => {
    const current = ($: CheerioAPI) =>
      $("header nav[aria-label=Main] a")
        .map((_, a) => `${$(a).text()}:${$(a).attr("aria-current") ?? ""}`)
        .get();
    expect(current(await page(root, "/"))).toContain("Home:page");
    expect(current(await page(root, "/topics/"))).toContain("Topics:page");
    expect(current(await page(root, "/topics/viet-nam/page/2/"))).toContain("Topics:true");
  });

  it("gives every page one banner, main and contentinfo, and navigations with distinct names", async () => {
    for (const url of ["/", "/topics/", "/topics/viet-nam/page/2/", "/sections/world/page/2/", "/2025/", "/2025/02/06/world-33/", "/404.html"]) {
      const $ = await page(root, url);
      expect($("body > header"), url).toHaveLength(1);
      expect($("body > main#main"), url).toHaveLength(1);
      expect($("body > footer"), url).toHaveLength(1);
      const names = $("nav, aside").map((_, element) => `${element.tagName}:${nameOf($, element)}`).get();
      expect(names.every((name) => !name.endsWith(":")), `${url}: ${names.join(", ")}`).toBe(true);
      expect(new Set(names).size, `${url}: ${names.join(", ")}`).toBe(names.length);
      // The skip link is the first thing to focus and leads to main.
      const first = $("a[href], button, input, select, textarea, [tabindex]").first();
      expect(first.hasClass("skip-link"), url).toBe(true);
      expect(first.attr("href"), url).toBe("#main");
      expect($("html").attr("lang"), url).toBe("en");
    }
  });

  it("puts Related Topics beside the article as a complementary landmark holding a labelled navigation", async () => {
    const $ = await page(root, "/2025/02/06/world-33/");
    const aside = $("main > article + aside.related");
    expect(nameOf($, aside)).toBe("Related Topics");
    expect(nameOf($, aside.children("nav"))).toBe("Related Topics");
    expect(aside.find("nav li > a")).toHaveLength(6);
    expect(nameOf($, "article nav.topics")).toBe("Topics");
  });

  it("gives every page a unique title", async () => {
    const pages = (await listFiles(join(root, "_site"))).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(60);
    const titles = new Map<string, string>();
    for (const file of pages) {
      const title = (await page(root, `/${file}`))("title").text();
      expect(titles.get(title), `${file} and ${titles.get(title) ?? ""} are both titled "${title}"`).toBeUndefined();
      titles.set(title, file);
    }
    expect(titles.get("Việt Nam, page 2 — The Diplomatic Bulletin")).toBe("topics/viet-nam/page/2/index.html");
  });

  it("lists every section page in the sitemap", async () => {
    const sitemap = await readFile(join(root, "_site", "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const path of ["sections/world/", "sections/world/page/2/", "sections/world/page/3/", "sections/economy/", "sections/arts/", "sections/culture/"]) {
      expect(locs).toContain(`http://localhost:8080/${path}`);
    }
  });

  it("links the stylesheet, with its colour-scheme, reduced-motion and print rules, from every page", async () => {
    const $ = await page(root, "/sections/world/");
    expect($("head link[rel=stylesheet]").attr("href")).toBe("/assets/style.css");
    const css = await readFile(join(root, "_site", "assets", "style.css"), "utf8");
    expect(css).toContain("@media (prefers-color-scheme: dark)");
    expect(css).toContain("@media (prefers-reduced-motion: reduce)");
    const print = css.slice(css.indexOf("@media print"));
    expect(print).toMatch(/\.skip-link,[\s\S]*\.site-header nav,[\s\S]*\.site-footer,[\s\S]*\.related,[\s\S]*display: none/);
    expect(print).toContain('a[href^="http"]::after');
  });

  it("links the footer to the topics, the sections, the years and both feeds", async () => {
    const $ = await page(root, "/");
    const hrefs = $("footer a").map((_, a) => $(a).attr("href")).get();
    expect(hrefs).toEqual(
      expect.arrayContaining(["/topics/", "/sections/world/", "/2025/", "/2024/", "/feed.xml", "/feed.json"]),
    );
  });
});

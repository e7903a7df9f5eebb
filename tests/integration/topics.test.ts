import { describe, expect, it, beforeAll } from "vitest";
import { article, build, check, listFiles, makeFixture, page } from "../support/fixture";
import { join } from "node:path";

// 45 articles on one topic: three pages of 20, 20 and 5, newest first.
const many = Object.fromEntries(
  Array.from({ length: 45 }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String(Math.floor(i / 28) + 1).padStart(2, "0");
    return [
      `content/articles/n${i}.md`,
      article({ title: `Item ${i}`, slug: `item-${i}`, date: `2025-${month}-${day}T08:00:00+07:00`, summary: `S${i}.`, tags: ["Việt Nam"] }),
    ];
  }),
);

const files = {
  ...many,
  "content/_data/topics.yaml": "Republic of Korea:\n  description: Our coverage of the RoK.\n  aliases: [RoK]\n",
  "content/articles/a.md": article({ title: "Alias", date: "2024-01-01", summary: "A.", tags: ["RoK", "Đà Nẵng"] }),
  "content/articles/b.md": article({ title: "Canonical", date: "2024-01-02", summary: "B.", tags: ["Republic of Korea", "대한민국"] }),
  "content/articles/c.md": article({ title: "Spelling", date: "2024-01-03", summary: "C.", tags: ["Viet Nam"] }),
};

describe("topics", () => {
  let root: string;
  beforeAll(async () => {
    root = await makeFixture(files);
    expect((await build(root)).code).toBe(0);
  });

  it("paginates a topic 20 a page, newest first, with previous and next links", async () => {
    const first = await page(root, "/topics/viet-nam/");
    expect(first("h1").text()).toBe("Việt Nam");
    const titles = first("main li h2 a").map((_, a) => first(a).text()).get();
    expect(titles).toHaveLength(20);
    expect(titles[0]).toBe("Item 44");
    expect(first("nav.pagination a[rel=next]").attr("href")).toBe("/topics/viet-nam/page/2/");
    expect(first("nav.pagination a[rel=prev]")).toHaveLength(0);

    const second = await page(root, "/topics/viet-nam/page/2/");
    expect(second("main li h2 a")).toHaveLength(20);
    expect(second("nav.pagination a[rel=prev]").attr("href")).toBe("/topics/viet-nam/");
    expect(second("nav.pagination a[rel=next]").attr("href")).toBe("/topics/viet-nam/page/3/");

    const third = await page(root, "/topics/viet-nam/page/3/");
    // 45 "Việt Nam" articles plus the one spelt "Viet Nam": 46, so 6 on the last page.
    expect(third("main li h2 a")).toHaveLength(6);
    expect(third("nav.pagination a[rel=next]")).toHaveLength(0);
  });

  it("resolves aliases and gives non-Latin tags a working URL", async () => {
    const rok = await page(root, "/topics/republic-of-korea/");
    expect(rok("h1").text()).toBe("Republic of Korea");
    expect(rok("main li h2 a").map((_, a) => rok(a).text()).get()).toEqual(["Canonical", "Alias"]);
    const index = await page(root, "/topics/");
    const hangul = index("a").filter((_, a) => index(a).text() === "대한민국");
    const href = hangul.attr("href") ?? "";
    expect(href).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
    expect(await listFiles(join(root, "_site", ...href.split("/").filter(Boolean)))).toEqual(["feed.xml", "index.html"]);
  });

  it("lists every topic A–Z with its count, diacritics sorted with their letter", async () => {
    const $ = await page(root, "/topics/");
    const rows = $("main li")
      .map((_, li) => [[$(li).find("a").text(), $(li).find(".count").text()]])
      .get();
    // "#" (no Latin letter or digit) comes first, as a group of its own.
    expect(rows).toEqual([
      ["대한민국", "1"],
      ["Đà Nẵng", "1"],
      ["Republic of Korea", "2"],
      ["Việt Nam", "46"],
    ]);
  });

  it("warns when two spellings fold to one topic, without failing", async () => {
    const result = await check(root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("content/articles/c.md:");
    expect(result.stdout).toContain("Viet Nam");
  });
});

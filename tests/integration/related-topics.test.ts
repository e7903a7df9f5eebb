import { describe, expect, it, beforeAll } from "vitest";
import { article, build, makeFixture, page } from "../support/fixture";

function item(slug: string, date: string, tags: readonly string[], extra: Record<string, string> = {}): [string, string] {
  return [
    `content/articles/${slug}.md`,
    article({ title: slug, slug, date, summary: `Summary of ${slug}.`, tags, ...extra }),
  ];
}

const commons = Array.from({ length: 8 }, (_, i) =>
  item(`common-${i + 1}`, `2023-0${i + 1}-15`, ["Common", `Other ${i + 1}`], { section: "Economy" }),
);

const files = Object.fromEntries([
  item("target", "2024-01-10", ["Common", "Rare one", "Rare two"]),
  item("both-rare", "2020-01-01", ["Rare one", "Rare two"], { section: "Politics" }),
  item("rare-one", "2023-12-01", ["Rare one"], { section: "Politics" }),
  item("rare-two", "2023-06-01", ["Rare two"], { section: "Politics" }),
  ...commons,
  // Same section fill for "lonely": newest Culture articles, never draft, future or Vietnamese.
  item("lonely", "2022-05-01", ["Only here"], { section: "Culture" }),
  item("culture-new", "2025-03-01", ["Arts"], { section: "Culture" }),
  item("culture-old", "2021-03-01", ["Film"], { section: "Culture" }),
  item("culture-draft", "2025-06-01", ["Arts"], { section: "Culture", draft: "true" }),
  item("culture-future", "2027-06-01", ["Arts"], { section: "Culture" }),
  item("culture-vi", "2025-07-01", ["Arts"], { section: "Culture", lang: "vi" }),
]);

function relatedHrefs($: Awaited<ReturnType<typeof page>>): string[] {
  return $("aside.related li a")
    .map((_, a) => $(a).attr("href"))
    .get();
}

describe("Related Topics in the built site", () => {
  let root: string;
  beforeAll(async () => {
    root = await makeFixture(files, { languages: ["en", "vi"] });
    const result = await build(root, "2026-11-28T12:00:00+07:00");
    expect(result.code).toBe(0);
  });

  it("ranks rare shared topics first, then nearer dates, and lists six", async () => {
    const $ = await page(root, "/2024/01/10/target/");
    const aside = $("aside.related");
    expect(aside.attr("aria-labelledby")).toBe($("aside.related h2").attr("id"));
    expect($("aside.related h2").text()).toBe("Related Topics");
    expect(relatedHrefs($)).toEqual([
      "/2020/01/01/both-rare/",
      "/2023/12/01/rare-one/",
      "/2023/06/01/rare-two/",
      "/2023/08/15/common-8/",
      "/2023/07/15/common-7/",
      "/2023/06/15/common-6/",
    ]);
    expect($("aside.related li").first().find("p").text()).toBe("Summary of both-rare.");
  });

  it("fills from the newest of the same section, never drafts, future or other-language articles", async () => {
    const $ = await page(root, "/2022/05/01/lonely/");
    expect(relatedHrefs($)).toEqual(["/2025/03/01/culture-new/", "/2021/03/01/culture-old/"]);
  });

  it("never lists the article itself", async () => {
    const $ = await page(root, "/2023/12/01/rare-one/");
    expect(relatedHrefs($)).not.toContain("/2023/12/01/rare-one/");
  });
});

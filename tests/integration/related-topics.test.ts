import { describe, expect, it, beforeAll } from "vitest";
import { runRelated } from "../../src/cli/related";
import { article, build, fixtureBuildTime, makeFixture, page, run } from "../support/fixture";

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

  it("`communique related` prints the ranked list with scores and the shared topics", async () => {
    const result = await run(runRelated, ["target", "--root", root, "--build-time", fixtureBuildTime], root);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual(["target", "  /2024/01/10/target/  (content/articles/target.md)", "  topics: Common, Rare one, Rare two"]);
    const ranked = lines.filter((line) => /^\s+\d\. /.test(line)).map((line) => line.trim());
    expect(ranked.map((line) => line.replace(/^\d\.\s+[\d.]+\s+/, ""))).toEqual([
      "both-rare",
      "rare-one",
      "rare-two",
      "common-8",
      "common-7",
      "common-6",
    ]);
    expect(result.stdout).toContain("shares Rare one, Rare two");
    const scores = ranked.map((line) => Number(line.split(/\s+/)[1]));
    expect(scores[0]).toBeGreaterThan(scores[1] ?? Infinity);
    expect(scores[1]).toBe(scores[2]);
    expect(scores[2]).toBeGreaterThan(scores[3] ?? Infinity);
  });

  it("`communique related` names an unknown slug", async () => {
    const result = await run(runRelated, ["nothing-here", "--root", root, "--build-time", fixtureBuildTime], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('No published article has the slug "nothing-here".');
  });
});

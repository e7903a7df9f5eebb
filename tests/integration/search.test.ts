import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { indexedPages } from "../../src/search/index-site";
import { article, build, listFiles, makeFixture, page } from "../support/fixture";
import { readIndexEntry, readIndexedPages } from "../support/search-index";

const lead = {
  url: "/2020/08/26/asean-and-the-rok-hold-their-dialogue/",
  title: "ASEAN and the RoK hold their dialogue",
  summary: "Senior officials agreed to press ahead with their Plan of Action.",
};
const files = {
  "content/articles/lead.md": article(
    {
      title: lead.title,
      date: "2020-08-26T17:00:00+07:00",
      summary: lead.summary,
      tags: ["ASEAN", "Republic of Korea"],
      section: "World",
      location: "Hanoi",
      author: "Lan Anh",
      source: "NDO",
    },
    "Deputy Foreign Minister Nguyễn Quốc Dũng led the delegation from Đà Nẵng.",
  ),
  "content/articles/trade.md": article(
    { title: "Trade grows", date: "2024-03-01", summary: "Exports rose.", tags: ["Trade", "ASEAN"], section: "Economy" },
    "Exports rose in the first quarter.",
  ),
  "content/articles/draft.md": article(
    { title: "Secret draft headline", date: "2024-02-01", summary: "Draft summary.", tags: ["ASEAN"], draft: "true" },
    "Unpublished draft words.",
  ),
  "content/articles/future.md": article(
    { title: "Embargoed headline", date: "2999-01-01", summary: "Future summary.", tags: ["ASEAN"] },
    "Embargoed words.",
  ),
};

describe("the search index of a production build", () => {
  let root: string;
  let output: string;
  beforeAll(async () => {
    root = await makeFixture(files);
    expect((await build(root)).code).toBe(0);
    output = join(root, "_site");
  });

  it("is a Pagefind bundle in /pagefind/: the script, the entry, the index, filters and fragments", async () => {
    const bundle = (await listFiles(join(output, "pagefind"))).map((file) => file.replace(/_[0-9a-f]+\./, "_#."));
    expect(bundle).toEqual(
      expect.arrayContaining([
        "pagefind.js",
        "pagefind-worker.js",
        "pagefind-entry.json",
        "wasm.en.pagefind",
        "index/en_#.pf_index",
        "filter/en_#.pf_filter",
        "fragment/en_#.pf_fragment",
      ]),
    );
    expect(indexedPages(await readIndexEntry(output))).toBe(2);
  });

  it("holds exactly the published articles, never a draft or a scheduled article", async () => {
    const pages = await readIndexedPages(output);
    expect(pages.map((indexed) => indexed.url)).toEqual([lead.url, "/2024/03/01/trade-grows/"]);
    const everything = JSON.stringify(pages);
    expect(everything).not.toMatch(/Secret draft|Draft summary|Unpublished draft|Embargoed|Future summary/);
  });

  it("indexes an article's headline, summary and body, not its dateline, navigation, topic links or footer", async () => {
    const [indexed] = await readIndexedPages(output);
    expect(indexed?.content).toMatch(new RegExp(`^${lead.title}\\. ${lead.summary} `));
    expect(indexed?.content).toContain("Deputy Foreign Minister Nguyễn Quốc Dũng led the delegation from Đà Nẵng.");
    for (const outside of ["Lan Anh", "Published", "Source", "NDO", "Related Topics", "Republic of Korea", "Skip to content", "Topics"]) {
      expect(indexed?.content, outside).not.toContain(outside);
    }
  });

  it("indexes the folded form of a word Pagefind cannot fold itself (Đà → da), on the same page", async () => {
    const [indexed] = await readIndexedPages(output);
    expect(indexed?.content.split(/\W+/)).toContain("da");
  });

  it("records headline, summary and date as metadata, and topics, section and year as filters", async () => {
    const [first, second] = await readIndexedPages(output);
    expect(first?.meta).toEqual({
      title: lead.title,
      summary: lead.summary,
      date: "2020-08-26T17:00:00+07:00",
      date_text: "26 August 2020, 17:00 GMT+7",
    });
    expect(first?.filters).toEqual({ topic: ["ASEAN", "Republic of Korea"], section: ["World"], year: ["2020"] });
    expect(second?.filters).toEqual({ topic: ["Trade", "ASEAN"], section: ["Economy"], year: ["2024"] });
  });

  it("is fed by article pages only: no other page carries data-pagefind-body", async () => {
    const marked: string[] = [];
    for (const file of (await listFiles(output)).filter((name) => name.endsWith(".html"))) {
      const $ = cheerio.load(await readFile(join(output, file), "utf8"));
      if ($("[data-pagefind-body]").length > 0) marked.push(file);
    }
    expect(marked).toEqual(["2020/08/26/asean-and-the-rok-hold-their-dialogue/index.html", "2024/03/01/trade-grows/index.html"]);
  });

  it("is searched from /search/: a search form, the script, and a note for readers without JavaScript", async () => {
    const $ = await page(root, "/search/");
    expect($("main form[role=search]").attr("action")).toBe("/search/");
    expect($("main form").attr("data-bundle")).toBe("/pagefind/");
    expect($("main #search-query").attr("name")).toBe("q");
    expect($("main select").map((_, select) => $(select).attr("name")).get()).toEqual(["topic", "section", "year", "sort"]);
    expect($("#search-topic option").map((_, option) => $(option).text()).get()).toEqual(["All topics", "ASEAN", "Republic of Korea", "Trade"]);
    expect($("#search-year option").map((_, option) => $(option).text()).get()).toEqual(["All years", "2024", "2020"]);
    const script = $("main script[type=module]").attr("src") ?? "";
    expect(existsSync(join(output, script))).toBe(true);
    expect(await readFile(join(output, script), "utf8")).toContain("renderResult");
    expect($("main noscript").text()).toContain("Search needs JavaScript");
    expect($("nav[aria-label=Main] a[href='/search/']").text()).toBe("Search");
  });
});

describe("the search index of a bulletin with nothing published yet", () => {
  it("is empty, rather than an index of the home, topic and search pages", async () => {
    const root = await makeFixture({ "content/articles/draft.md": files["content/articles/draft.md"] });
    expect((await build(root)).code).toBe(0);
    const output = join(root, "_site");
    expect(existsSync(join(output, "pagefind", "pagefind.js"))).toBe(true);
    expect(indexedPages(await readIndexEntry(output))).toBe(0);
    expect(await listFiles(join(output, "pagefind", "fragment"))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { indexedPages, searchablePages } from "../../../src/search/index-site";
import { bareArticle, fullArticle } from "../templates/views";

describe("indexedPages", () => {
  it.each([
    { entry: { version: "1.6.0", languages: { en: { hash: "en_1", wasm: "en", page_count: 34 } } }, pages: 34 },
    { entry: { languages: { en: { page_count: 3 }, vi: { page_count: 2 } } }, pages: 5 },
    { entry: { version: "1.6.0", languages: {} }, pages: 0 },
    { entry: { languages: { en: { page_count: "3" } } }, pages: 0 },
    { entry: null, pages: 0 },
    { entry: "nonsense", pages: 0 },
  ])("$entry → $pages", ({ entry, pages }) => {
    expect(indexedPages(entry)).toBe(pages);
  });
});

describe("searchablePages", () => {
  const search = { year: "2020", sortKey: "2020-08-26T03:00:00.000Z", extraWords: "" };
  it("counts the article pages that carry search facts", () => {
    expect(searchablePages([])).toBe(0);
    expect(searchablePages([{ ...fullArticle, search }, bareArticle, { ...bareArticle, status: "draft" }])).toBe(1);
  });
});

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { keepChangedPages, splitIntoBatches } from "../../../src/build/page-lists";
import { sameValue } from "../../../src/views/same-value";
import { resolveSiteConfig } from "../../../src/config";
import type { Article } from "../../../src/model/article";
import { buildBulletin } from "../../../src/model/build-bulletin";
import { emptyTopicData } from "../../../src/model/topic-data";
import { buildSiteData } from "../../../src/views/build-site-data";
import type { SiteData } from "../../../src/views/types";
import { makeArticle, testZone } from "../../support/article";

const config = resolveSiteConfig({ timeZone: testZone });
const buildTime = DateTime.fromISO("2024-05-10T12:00:00", { zone: testZone });

function siteOf(articles: Article[]): SiteData {
  const { bulletin } = buildBulletin(articles, emptyTopicData, config, buildTime, "preview");
  return buildSiteData(bulletin, { renderMarkdown: (markdown) => `<p>${markdown}</p>`, images: new Map() });
}

const summit = makeArticle("summit", "2024-05-09T10:00:00", { tags: ["ASEAN", "RoK"] });
const trade = makeArticle("trade", "2024-05-08T10:00:00", { tags: ["Economy"] });
const budget = makeArticle("budget", "2023-04-30T20:00:00", { tags: ["Economy"] });
const paths = (list: readonly { path: string }[]) => list.map((page) => page.path);

describe("keepChangedPages", () => {
  const first = keepChangedPages(siteOf([summit, trade, budget]), undefined);

  it("keeps every page the first time", () => {
    expect(first.kept).toBe(first.total);
    expect(paths(first.data.articles)).toHaveLength(3);
    expect(first.removed).toEqual([]);
  });

  it("keeps nothing when nothing changed", () => {
    const again = keepChangedPages(siteOf([summit, trade, budget]), first.memory);
    expect(again.kept).toBe(0);
    expect(again.data.articles).toEqual([]);
    expect(again.data.topicPages).toEqual([]);
  });

  it("keeps only the edited article's page when only its body changed", () => {
    const edited = keepChangedPages(siteOf([summit, { ...trade, body: "A new sentence." }, budget]), first.memory);
    expect(paths(edited.data.articles)).toEqual(["/2024/05/08/trade/"]);
    expect(edited.data.topicPages).toEqual([]);
    expect(edited.kept).toBeLessThan(edited.total / 2);
  });

  it("keeps the pages a tag change moves: the article, its old and new topics", () => {
    const retagged = keepChangedPages(siteOf([summit, { ...trade, tags: ["ASEAN"] }, budget]), first.memory);
    expect(paths(retagged.data.articles)).toContain("/2024/05/08/trade/");
    expect(paths(retagged.data.topicPages)).toEqual(expect.arrayContaining(["/topics/asean/", "/topics/economy/"]));
    expect(paths(retagged.data.topicPages)).not.toContain("/topics/rok/");
  });

  it("names the pages that are gone, and keeps every page when the site view changed", () => {
    const fewer = keepChangedPages(siteOf([summit, trade]), first.memory);
    expect(fewer.removed).toContain("/2023/04/30/budget/");
    expect(fewer.removed).toContain("/2023/");
    const site = siteOf([summit, trade, budget]);
    const withProblems = keepChangedPages({ ...site, site: { ...site.site, problems: ["a.md:1:1  title  missing"] } }, first.memory);
    expect(withProblems.kept).toBe(withProblems.total);
  });
});

describe("splitIntoBatches", () => {
  const data = siteOf([summit, trade, budget]);
  const count = (part: SiteData) =>
    Object.values(part).reduce((sum: number, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
  const all = count(data);

  it("cuts the lists into parts of at most the size, every page once, in order", () => {
    const parts = splitIntoBatches(data, 4);
    expect(parts).toHaveLength(Math.ceil(all / 4));
    expect(parts.map(count).slice(0, -1).every((n) => n === 4)).toBe(true);
    expect(parts.flatMap((part) => paths(part.articles))).toEqual(paths(data.articles));
    expect(parts.flatMap((part) => paths(part.topicPages))).toEqual(paths(data.topicPages));
    expect(parts.every((part) => part.site === data.site)).toBe(true);
  });

  it("gives the whole data as one part when it fits", () => {
    expect(splitIntoBatches(data, all)).toEqual([data]);
  });

  it("refuses a size below one", () => {
    expect(() => splitIntoBatches(data, 0)).toThrow(/size must be a whole number/);
  });
});

describe("sameValue", () => {
  it.each([
    [{ a: "x", b: [1, { c: true }] }, { a: "x", b: [1, { c: true }] }, true],
    [{ a: "x" }, { a: "y" }, false],
    [{ a: "x" }, { a: "x", b: 1 }, false],
    [{ a: "x", b: undefined }, { a: "x", c: undefined }, false],
    [[1, 2], { 0: 1, 1: 2 }, false],
    [[1, 2], [1, 2, 3], false],
    [null, {}, false],
    ["Việt Nam", "Việt Nam", true],
  ])("compares %j with %j: %s", (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });

  it("compares the bytes of files kept as UTF-8 by content, not by their index keys", () => {
    const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));
    expect(sameValue({ content: bytes("<feed>ệ</feed>") }, { content: Buffer.from("<feed>ệ</feed>", "utf8") })).toBe(true);
    expect(sameValue({ content: bytes("<feed>ệ</feed>") }, { content: bytes("<feed>e</feed>") })).toBe(false);
    expect(sameValue(bytes("ab"), bytes("abc"))).toBe(false);
    expect(sameValue(bytes("ab"), { 0: 97, 1: 98 })).toBe(false);
    expect(sameValue(bytes(""), "")).toBe(false);
  });
});

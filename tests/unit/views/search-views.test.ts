import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../support/article";
import { resolveSiteConfig } from "../../../src/config";
import type { Article } from "../../../src/model/article";
import { buildBulletin, type BuildMode } from "../../../src/model/build-bulletin";
import { emptyTopicData } from "../../../src/model/topic-data";
import { buildSiteData } from "../../../src/views/build-site-data";
import { searchFilterChoices } from "../../../src/views/search-filter-choices";
import type { ArticlePageView, SiteData } from "../../../src/views/types";
import { bareArticle } from "../templates/views";

const zone = "Asia/Ho_Chi_Minh";
const buildTime = DateTime.fromISO("2024-05-10T12:00:00.000+07:00", { zone });
const config = resolveSiteConfig({ name: "The Diplomatic Bulletin", baseUrl: "https://example.org/bulletin/" });

const articles: Article[] = [
  makeArticle("danang", "2024-04-20T09:00:00", {
    title: "Đà Nẵng hosts the forum",
    summary: "Nguyễn Quốc Dũng opened it.",
    tags: ["Đà Nẵng", "ASEAN"],
    section: "Politics",
    body: "Minister Đặng spoke.",
  }),
  // 2023-12-31 at 20:00 UTC is already 2024 in the site's time zone.
  makeArticle("new-year", DateTime.fromISO("2023-12-31T20:00:00Z"), { tags: ["Trade"], section: "Economy" }),
  makeArticle("old", "2019-03-01T09:00:00", { tags: ["ASEAN"] }),
  makeArticle("draft", "2024-05-01T09:00:00", { tags: ["Only in a draft"], section: "Culture", draft: true }),
  makeArticle("later", "2026-01-01T09:00:00", { tags: ["Only when scheduled"] }),
];

function siteData(mode: BuildMode): SiteData {
  const { bulletin } = buildBulletin(articles, emptyTopicData, config, buildTime, mode);
  return buildSiteData(bulletin, { renderMarkdown: (markdown) => `<p>${markdown}</p>`, images: new Map() });
}

function searchOf(site: SiteData): Record<string, ArticlePageView["search"]> {
  return Object.fromEntries(site.articles.map((page) => [page.path.split("/").at(-2) ?? "", page.search]));
}

describe("search facts of article pages", () => {
  it("give each published article its year in the site's zone, a UTC sort key and extra folded words", () => {
    expect(searchOf(siteData("production"))).toEqual({
      danang: { year: "2024", sortKey: "2024-04-20T02:00:00.000Z", extraWords: "da dang" },
      "new-year": { year: "2024", sortKey: "2023-12-31T20:00:00.000Z", extraWords: "" },
      old: { year: "2019", sortKey: "2019-03-01T02:00:00.000Z", extraWords: "" },
    });
  });

  it("are absent from the drafts and scheduled articles the preview shows", () => {
    const facts = searchOf(siteData("preview"));
    expect(Object.keys(facts)).toEqual(expect.arrayContaining(["draft", "later", "danang"]));
    expect(facts["draft"]).toBeUndefined();
    expect(facts["later"]).toBeUndefined();
    expect(facts["danang"]).toBeDefined();
  });
});

describe("the search page view", () => {
  it("sits at /search/ under the prefix, with the bundle, script and prefix the script needs", () => {
    const { search, site } = siteData("production");
    expect(site.links.search).toBe("/bulletin/search/");
    expect(search).toMatchObject({
      kind: "search",
      path: "/search/",
      url: "/bulletin/search/",
      canonical: "https://example.org/bulletin/search/",
      title: "Search",
      bundleUrl: "/bulletin/pagefind/",
      prefix: "/bulletin/",
      scriptUrl: "/bulletin/assets/search.js",
    });
  });

  it("offers only the filter values of indexed articles, even in the preview", () => {
    const choices = { topics: ["ASEAN", "Đà Nẵng", "Trade"], sections: ["Economy", "Politics", "World"], years: ["2024", "2019"] };
    expect(siteData("production").search).toMatchObject(choices);
    expect(siteData("preview").search).toMatchObject(choices);
  });
});

describe("searchFilterChoices", () => {
  const indexed = (topics: readonly string[], section: string, year: string): ArticlePageView => ({
    ...bareArticle,
    topics: topics.map((text) => ({ url: "/topics/x/", text })),
    section,
    search: { year, sortKey: "", extraWords: "" },
  });

  it.each([
    { name: "no article: no choice", articles: [], choices: { topics: [], sections: [], years: [] } },
    {
      name: "distinct values; topics and sections A–Z as folded, years newest first",
      articles: [indexed(["Việt Nam", "ASEAN"], "World", "2020"), indexed(["Đà Nẵng", "ASEAN"], "Economy", "2024")],
      choices: { topics: ["ASEAN", "Đà Nẵng", "Việt Nam"], sections: ["Economy", "World"], years: ["2024", "2020"] },
    },
    {
      name: "nothing from an article outside the index",
      articles: [indexed(["ASEAN"], "World", "2019"), { ...bareArticle, topics: [{ url: "/topics/d/", text: "Draft topic" }] }],
      choices: { topics: ["ASEAN"], sections: ["World"], years: ["2019"] },
    },
  ])("$name", ({ articles: pages, choices }) => {
    expect(searchFilterChoices(pages)).toEqual(choices);
  });
});

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { makeArticle, testZone } from "../../support/article";
import { resolveSiteConfig } from "../../../src/config";
import type { Article } from "../../../src/model/article";
import { buildBulletin, type BuildMode } from "../../../src/model/build-bulletin";
import { emptyTopicData } from "../../../src/model/topic-data";
import { buildSiteData } from "../../../src/views/build-site-data";
import { groupSections } from "../../../src/views/group-sections";
import { listPageTitle, paginateList } from "../../../src/views/paginate-list";
import type { SiteData } from "../../../src/views/types";

describe("paginateList", () => {
  const pathOf = (page: number) => (page === 1 ? "/l/" : `/l/page/${page}/`);
  const shape = (items: readonly number[], size: number) =>
    paginateList(items, size, pathOf).map((page) => [
      page.path,
      `${page.pageNumber}/${page.pageCount}`,
      page.items.join(","),
      page.previousPath ?? "-",
      page.nextPath ?? "-",
    ]);

  it.each([
    { case: "an empty list still has its first page", items: [], size: 2, pages: [["/l/", "1/1", "", "-", "-"]] },
    { case: "a list that fits on one page", items: [1, 2], size: 2, pages: [["/l/", "1/1", "1,2", "-", "-"]] },
    {
      case: "a list one past a page",
      items: [1, 2, 3],
      size: 2,
      pages: [
        ["/l/", "1/2", "1,2", "-", "/l/page/2/"],
        ["/l/page/2/", "2/2", "3", "/l/", "-"],
      ],
    },
    {
      case: "three pages, each with both neighbours it has",
      items: [1, 2, 3, 4, 5],
      size: 2,
      pages: [
        ["/l/", "1/3", "1,2", "-", "/l/page/2/"],
        ["/l/page/2/", "2/3", "3,4", "/l/", "/l/page/3/"],
        ["/l/page/3/", "3/3", "5", "/l/page/2/", "-"],
      ],
    },
  ])("$case", ({ items, size, pages }) => {
    expect(shape(items, size)).toEqual(pages);
  });

  it.each([0, -1, 1.5])("refuses size %s", (size) => {
    expect(() => paginateList([1], size, pathOf)).toThrow(`paginateList: size must be a whole number from 1, got ${size}.`);
  });

  it.each([
    [1, "Việt Nam"],
    [2, "Việt Nam, page 2"],
    [12, "Việt Nam, page 12"],
  ])("titles page %i %j", (page, title) => {
    expect(listPageTitle("Việt Nam", page)).toBe(title);
  });
});

describe("groupSections", () => {
  it.each([
    { case: "no articles, no sections", sections: [], groups: [] },
    {
      case: "most articles first, entries in the order given",
      sections: ["World", "Economy", "World", "Politics", "Economy", "World"],
      groups: [
        ["world", "World", [0, 2, 5]],
        ["economy", "Economy", [1, 4]],
        ["politics", "Politics", [3]],
      ],
    },
    {
      case: "ties A–Z, accents folded as topics are",
      sections: ["Politics", "Đối ngoại", "Culture"],
      groups: [
        ["culture", "Culture", [2]],
        ["doi-ngoai", "Đối ngoại", [1]],
        ["politics", "Politics", [0]],
      ],
    },
    {
      case: "spellings that fold alike are one section, named as most of its articles spell it",
      sections: ["world", "World", "World"],
      groups: [["world", "World", [0, 1, 2]]],
    },
    {
      case: "on a tie of spellings, the newest article's wins",
      sections: ["WORLD", "World"],
      groups: [["world", "WORLD", [0, 1]]],
    },
    {
      case: "a name with no Latin letter gets a stable hash slug",
      sections: ["국제"],
      groups: [[expect.stringMatching(/^u-[a-z0-9]+$/), "국제", [0]]],
    },
  ])("$case", ({ sections, groups }) => {
    expect(groupSections(sections).map((section) => [section.slug, section.name, section.entries])).toEqual(groups);
  });
});

describe("buildSiteData: section pages", () => {
  const config = resolveSiteConfig({ name: "The Diplomatic Bulletin", baseUrl: "https://example.org/bulletin/", topicPageSize: 2 });
  const buildTime = DateTime.fromISO("2024-05-10T12:00:00", { zone: testZone });
  const articles: Article[] = [
    makeArticle("w1", "2024-05-09T10:00:00"),
    makeArticle("e1", "2024-05-08T10:00:00", { section: "Economy" }),
    makeArticle("w2", "2024-05-07T10:00:00", { section: "world" }),
    makeArticle("w3", "2024-05-06T10:00:00"),
    makeArticle("e2", "2024-05-05T10:00:00", { section: "Economy" }),
    makeArticle("p1", "2024-05-04T10:00:00", { section: "Politics", draft: true }),
  ];
  const siteData = (mode: BuildMode = "production"): SiteData => {
    const { bulletin } = buildBulletin(articles, emptyTopicData, config, buildTime, mode);
    return buildSiteData(bulletin, { renderMarkdown: (text) => `<p>${text}</p>`, images: new Map() });
  };
  const data = siteData();

  it("pages each section like a topic, sections in header order", () => {
    expect(
      data.sectionPages.map((page) => ({
        path: page.path,
        url: page.url,
        title: page.title,
        page: `${page.pageNumber}/${page.pageCount}`,
        count: page.count,
        previous: page.previousUrl ?? null,
        next: page.nextUrl ?? null,
        within: page.within,
        items: page.items.map((item) => item.url.split("/").at(-2)),
      })),
    ).toEqual([
      {
        path: "/sections/world/",
        url: "/bulletin/sections/world/",
        title: "World section",
        page: "1/2",
        count: 3,
        previous: null,
        next: "/bulletin/sections/world/page/2/",
        within: "/bulletin/sections/world/",
        items: ["w1", "w2"],
      },
      {
        path: "/sections/world/page/2/",
        url: "/bulletin/sections/world/page/2/",
        title: "World section, page 2",
        page: "2/2",
        count: 3,
        previous: "/bulletin/sections/world/",
        next: null,
        within: "/bulletin/sections/world/",
        items: ["w3"],
      },
      {
        path: "/sections/economy/",
        url: "/bulletin/sections/economy/",
        title: "Economy section",
        page: "1/1",
        count: 2,
        previous: null,
        next: null,
        within: "/bulletin/sections/economy/",
        items: ["e1", "e2"],
      },
    ]);
  });

  it("carries the section's name, slug, description and canonical URL", () => {
    const page = data.sectionPages[1];
    expect(page).toMatchObject({
      kind: "section",
      name: "World",
      slug: "world",
      lang: "en",
      canonical: "https://example.org/bulletin/sections/world/page/2/",
      description: "Articles in the World section of The Diplomatic Bulletin.",
    });
    expect(page?.head.jsonLd.join("")).toContain("https://example.org/bulletin/sections/world/");
  });

  it("lists the sections for the header and links each article to its section", () => {
    expect(data.site.sections).toEqual([
      { url: "/bulletin/sections/world/", text: "World" },
      { url: "/bulletin/sections/economy/", text: "Economy" },
    ]);
    expect(data.articles.map((page) => [page.url.split("/").at(-2), page.section, page.sectionUrl, page.within])).toEqual([
      ["w1", "World", "/bulletin/sections/world/", "/bulletin/sections/world/"],
      ["e1", "Economy", "/bulletin/sections/economy/", "/bulletin/sections/economy/"],
      ["w2", "world", "/bulletin/sections/world/", "/bulletin/sections/world/"],
      ["w3", "World", "/bulletin/sections/world/", "/bulletin/sections/world/"],
      ["e2", "Economy", "/bulletin/sections/economy/", "/bulletin/sections/economy/"],
    ]);
  });

  it("shows a section of drafts only in the preview", () => {
    expect(data.sectionPages.map((page) => page.path)).not.toContain("/sections/politics/");
    const preview = siteData("preview");
    expect(preview.site.sections.map((section) => section.text)).toEqual(["World", "Economy", "Politics"]);
    expect(preview.sectionPages.map((page) => page.path)).toContain("/sections/politics/");
  });
});

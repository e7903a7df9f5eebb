import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { archiveCrumbs, archiveName, buildArchives, type ArchiveEntry } from "../../../src/views/build-archives";
import type { ArticleListItemView } from "../../../src/views/types";
import { createLinks } from "../../../src/urls";

const links = createLinks("https://example.org/bulletin/");

function entry(iso: string, title: string): ArchiveEntry {
  const date = DateTime.fromISO(iso, { setZone: true });
  const item: ArticleListItemView = {
    url: `/bulletin/x/${title}/`,
    title,
    summary: `${title}.`,
    date: { iso, text: iso },
    section: "World",
    status: "published",
  };
  return { date, item };
}

// Newest first, as the bulletin hands them over.
const entries = [
  entry("2024-03-05T09:00:00+07:00", "march"),
  // 20:00 UTC on 31 January is 03:00 on 1 February in Hanoi: a February article.
  entry("2024-01-31T20:00:00Z", "february"),
  entry("2024-01-20T08:00:00+07:00", "january-late"),
  entry("2024-01-02T08:00:00+07:00", "january-early"),
  entry("2021-12-31T23:00:00+07:00", "old"),
];

const archives = buildArchives({
  entries,
  siteName: "The Diplomatic Bulletin",
  lang: "en",
  timeZone: "Asia/Ho_Chi_Minh",
  links,
});

const titles = (items: readonly ArticleListItemView[]) => items.map((item) => item.title);

describe("buildArchives", () => {
  it("builds each year followed by its months, newest first, with counts and items newest first", () => {
    const rows = archives.pages.map((page) => [page.path, page.url, page.heading, page.period, page.count, titles(page.items)]);
    expect(rows).toEqual([
      ["/2024/", "/bulletin/2024/", "2024", "year", 4, ["march", "february", "january-late", "january-early"]],
      ["/2024/03/", "/bulletin/2024/03/", "March 2024", "month", 1, ["march"]],
      ["/2024/02/", "/bulletin/2024/02/", "February 2024", "month", 1, ["february"]],
      ["/2024/01/", "/bulletin/2024/01/", "January 2024", "month", 2, ["january-late", "january-early"]],
      ["/2021/", "/bulletin/2021/", "2021", "year", 1, ["old"]],
      ["/2021/12/", "/bulletin/2021/12/", "December 2021", "month", 1, ["old"]],
    ]);
  });

  it("lists a year's months with their counts, newest first, on the year page only", () => {
    expect(archives.pages.map((page) => page.months)).toEqual([
      [
        { text: "March", url: "/bulletin/2024/03/", count: 1 },
        { text: "February", url: "/bulletin/2024/02/", count: 1 },
        { text: "January", url: "/bulletin/2024/01/", count: 2 },
      ],
      [],
      [],
      [],
      [{ text: "December", url: "/bulletin/2021/12/", count: 1 }],
      [],
    ]);
  });

  it("links each archive to its neighbours of the same period that exist, across years", () => {
    const rows = archives.pages.map((page) => [page.path, page.newer, page.older]);
    expect(rows).toEqual([
      ["/2024/", undefined, { url: "/bulletin/2021/", text: "2021" }],
      ["/2024/03/", undefined, { url: "/bulletin/2024/02/", text: "February 2024" }],
      ["/2024/02/", { url: "/bulletin/2024/03/", text: "March 2024" }, { url: "/bulletin/2024/01/", text: "January 2024" }],
      ["/2024/01/", { url: "/bulletin/2024/02/", text: "February 2024" }, { url: "/bulletin/2021/12/", text: "December 2021" }],
      ["/2021/", { url: "/bulletin/2024/", text: "2024" }, undefined],
      ["/2021/12/", { url: "/bulletin/2024/01/", text: "January 2024" }, undefined],
    ]);
  });

  it("gives the footer every year, newest first", () => {
    expect(archives.years).toEqual([
      { url: "/bulletin/2024/", text: "2024" },
      { url: "/bulletin/2021/", text: "2021" },
    ]);
  });

  it("describes each page: canonical URL, title, description and breadcrumbs", () => {
    const month = archives.pages[3];
    expect(month?.canonical).toBe("https://example.org/bulletin/2024/01/");
    expect(month?.title).toBe("January 2024");
    expect(month?.description).toBe("Articles published in January 2024 in The Diplomatic Bulletin.");
    expect(month?.head.meta).toContainEqual({ property: "og:url", content: "https://example.org/bulletin/2024/01/" });
    const trail = JSON.parse(month?.head.jsonLd[0] ?? "") as { itemListElement: { name: string; item: string }[] };
    expect(trail.itemListElement.map((crumb) => [crumb.name, crumb.item])).toEqual([
      ["Home", "https://example.org/bulletin/"],
      ["2024", "https://example.org/bulletin/2024/"],
      ["January 2024", "https://example.org/bulletin/2024/01/"],
    ]);
  });

  it("builds nothing for a bulletin without articles", () => {
    expect(buildArchives({ entries: [], siteName: "B", lang: "en", timeZone: "UTC", links })).toEqual({ pages: [], years: [] });
  });

  it("reads periods in the site's time zone", () => {
    const utc = buildArchives({ entries: [entry("2024-01-31T20:00:00Z", "february")], siteName: "B", lang: "en", timeZone: "UTC", links });
    expect(utc.pages.map((page) => page.path)).toEqual(["/2024/", "/2024/01/"]);
  });
});

describe("archiveName", () => {
  it.each([
    [2023, undefined, "en", "2023"],
    [2023, 11, "en", "November 2023"],
    [2020, 8, "fr", "août 2020"],
    [2023, 11, "vi", "Tháng 11 2023"],
  ])("names %i/%s in %s as %s", (year, month, lang, expected) => {
    expect(archiveName(year, month, lang)).toBe(expected);
  });
});

describe("archiveCrumbs", () => {
  it.each([
    [undefined, [{ name: "2020", url: "https://example.org/bulletin/2020/" }]],
    [
      8,
      [
        { name: "2020", url: "https://example.org/bulletin/2020/" },
        { name: "August 2020", url: "https://example.org/bulletin/2020/08/" },
      ],
    ],
  ])("gives the year, then month %s", (month, expected) => {
    expect(archiveCrumbs(2020, month, "en", links)).toEqual(expected);
  });
});

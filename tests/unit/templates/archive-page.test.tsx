import { describe, expect, it } from "vitest";
import { data, render } from "../../../templates/archive.11ty";
import type { ArchivePageView } from "../../../src/views/types";
import { expectSoundPage, load, monthArchive, siteData, yearArchive } from "./views";

function renderArchive(view: ArchivePageView) {
  return load(render({ view, communique: siteData({ archives: [view] }) }));
}

describe("archive page module", () => {
  it("is written at each archive's path, one page per archive", () => {
    expect(data.pagination).toEqual({ data: "communique.archives", size: 1, alias: "view", addAllPagesToCollections: false });
    expect(data.permalink({ view: { ...monthArchive, url: "/bulletin/2024/01/" } })).toBe("/2024/01/");
  });

  it.each([
    ["a year", yearArchive, "2024", "3 articles"],
    ["a month", monthArchive, "January 2024", "2 articles"],
  ])("renders a sound document for %s", (_, view, heading, count) => {
    const { html, $ } = renderArchive(view);
    expectSoundPage(html, $);
    expect($("h1").text()).toBe(heading);
    expect($("title").text()).toBe(`${heading} — The Diplomatic Bulletin`);
    expect($("main p.count").text()).toBe(count);
  });

  it("counts a single article in the singular", () => {
    expect(renderArchive({ ...monthArchive, count: 1 }).$("main p.count").text()).toBe("1 article");
  });

  it("lists the articles in the order given", () => {
    const { $ } = renderArchive(yearArchive);
    const items = $("main ul.article-list > li h2 > a")
      .map((_, a) => [[$(a).text(), $(a).attr("href")]])
      .get();
    expect(items).toEqual([
      ["Item 3", "/2024/01/03/item-3/"],
      ["Item 2", "/2024/01/02/item-2/"],
      ["Item 1", "/2024/01/01/item-1/"],
    ]);
  });

  it("lists a year's months with their counts", () => {
    const { $ } = renderArchive(yearArchive);
    const months = $("main nav.archive-months li")
      .map((_, li) => [[$(li).find("a").text(), $(li).find("a").attr("href"), $(li).find(".count").text()]])
      .get();
    expect(months).toEqual([
      ["March", "/2024/03/", "1"],
      ["January", "/2024/01/", "2"],
    ]);
    expect($("main nav.archive-months").attr("aria-label")).toBe("Months of 2024");
  });

  it("has no month list on a month page", () => {
    expect(renderArchive(monthArchive).$("nav.archive-months")).toHaveLength(0);
  });

  it.each([
    ["both neighbours", monthArchive, ["Newer: March 2024", "/2024/03/"], ["Older: December 2023", "/2023/12/"]],
    ["an older one only", yearArchive, undefined, ["Older: 2020", "/2020/"]],
  ])("links to %s", (_, view, newer, older) => {
    const { $ } = renderArchive(view);
    const link = (selector: string) => {
      const a = $(`main nav.archive-nav a.${selector}`);
      return a.length === 0 ? undefined : [a.text(), a.attr("href")];
    };
    expect(link("newer")).toEqual(newer);
    expect(link("older")).toEqual(older);
  });

  it("has no archive navigation when there is no neighbour", () => {
    const { older: _older, newer: _newer, ...alone } = monthArchive;
    expect(renderArchive(alone).$("nav.archive-nav")).toHaveLength(0);
  });
});

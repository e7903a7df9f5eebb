import { describe, expect, it } from "vitest";
import { data, render } from "../../../templates/single.11ty";
import type { PageViewOf } from "../../../templates/components/page-data";
import { expectSoundPage, home, load, notFound, siteData, topicsIndex } from "./views";

function renderPage(view: PageViewOf<"singles">) {
  return load(render({ view, communique: siteData() }));
}

describe("single pages module", () => {
  it.each([
    [home, "/"],
    [topicsIndex, "/topics/"],
    [notFound, "/404.html"],
  ])("writes each page at its view's URL as is", (view, url) => {
    expect(data.pagination.data).toBe("communique.singles");
    expect(data.permalink({ view })).toBe(url);
  });

  it.each([
    ["home page", home],
    ["topics index", topicsIndex],
    ["404 page", notFound],
  ])("renders the %s as a sound document", (_, view) => {
    const { html, $ } = renderPage(view);
    expectSoundPage(html, $);
    expect($("main").attr("class")).toBe(`page page-${view.kind}`);
  });
});

describe("home page", () => {
  it("lists the latest articles under its one h1, draft marked", () => {
    const { $ } = renderPage(home);
    expect($("h1").text()).toBe("Latest news");
    const rows = $("main li h2 a")
      .map((_, a) => [[$(a).text(), $(a).attr("href")]])
      .get();
    expect(rows).toEqual([
      ["Item 3", "/2024/01/03/item-3/"],
      ["Item 2", "/2024/01/02/item-2/"],
      ["Item 1", "/2024/01/01/item-1/"],
    ]);
    expect($("main .status-badge").text()).toBe("Draft");
    expect($("main li").eq(1).find(".status-badge")).toHaveLength(1);
  });

  it("shows the topics of the moment with their counts in a labelled aside", () => {
    const { $ } = renderPage(home);
    const aside = $("main > aside.trending");
    expect(aside.attr("aria-labelledby")).toBe("trending-heading");
    expect(aside.find("h2#trending-heading").text()).toBe("Topics of the moment");
    const rows = aside
      .find("li")
      .map((_, li) => [[$(li).find("a").text(), $(li).find("a").attr("href"), $(li).find(".count").text()]])
      .get();
    expect(rows).toEqual([
      ["ASEAN", "/topics/asean/", "12"],
      ["Việt Nam", "/topics/viet-nam/", "7"],
    ]);
  });

  it("says so when nothing is published, and drops an empty aside", () => {
    const { $ } = renderPage({ ...home, latest: [], trending: [] });
    expect($("main ul")).toHaveLength(0);
    expect($("main aside")).toHaveLength(0);
    expect($("main p").text()).toBe("No articles have been published yet.");
  });
});

describe("topics index", () => {
  it("groups topics by letter, each linked with its count", () => {
    const { $ } = renderPage(topicsIndex);
    expect($("h1").text()).toBe("Topics");
    const groups = $("main > section")
      .map((_, section) => [
        [
          $(section).children("h2").text(),
          $(section)
            .find("ul > li")
            .map((_, li) => `${$(li).find("a").text()} ${$(li).find("a").attr("href")} ${$(li).find(".count").text()}`)
            .get(),
        ],
      ])
      .get();
    expect(groups).toEqual([
      ["A", ["ASEAN /topics/asean/ 12", "Australia /topics/australia/ 1"]],
      ["V", ["Việt Nam /topics/viet-nam/ 7"]],
      ["#", ["대한민국 /topics/c5d3a1b2/ 1"]],
    ]);
  });
});

describe("404 page", () => {
  it("says the page was not found and links home and to the topics", () => {
    const { $ } = renderPage(notFound);
    expect($("h1").text()).toBe("Page not found");
    expect(
      $("main a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(["/", "/topics/"]);
  });
});

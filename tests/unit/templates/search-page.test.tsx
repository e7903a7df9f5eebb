import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { data, render } from "../../../templates/search.11ty";
import type { SearchPageView } from "../../../src/views/types";
import { expectSoundPage, load, searchPage, siteData } from "./views";

function renderSearch(view: SearchPageView = searchPage) {
  return load(render({ communique: siteData({ search: view }) }));
}

describe("search page module", () => {
  it("is written at the search view's path", () => {
    expect(data.permalink({ communique: siteData() })).toBe("/search/");
  });

  it("renders a sound document under its one h1", () => {
    const { html, $ } = renderSearch();
    expectSoundPage(html, $);
    expect($("h1").text()).toBe("Search");
    expect($("main").attr("class")).toBe("page page-search");
    expect($("title").text()).toBe("Search — The Diplomatic Bulletin");
  });

  it("marks the header's Search link as the current page", () => {
    const { $ } = renderSearch();
    const link = $("nav[aria-label=Main] a").filter((_, a) => $(a).text() === "Search");
    expect(link.attr("href")).toBe("/search/");
    expect(link.attr("aria-current")).toBe("page");
  });
});

describe("search form", () => {
  it("is a GET search form back to the page, with a labelled search field and a button", () => {
    const { $ } = renderSearch();
    const form = $("main form");
    expect(form.attr("role")).toBe("search");
    expect(form.attr("action")).toBe("/search/");
    expect(form.attr("method")).toBe("get");
    expect($("label[for=search-query]").text()).toBe("Search the articles");
    const input = $("#search-query");
    expect([input.prop("tagName"), input.attr("type"), input.attr("name")]).toEqual(["INPUT", "search", "q"]);
    expect(form.find("button[type=submit]").text()).toBe("Search");
  });

  it("offers each filter as a labelled select in a fieldset, 'all' first", () => {
    const { $ } = renderSearch();
    expect($("fieldset > legend").text()).toBe("Narrow the results");
    const filters = $("fieldset select")
      .map((_, select) => [
        {
          name: $(select).attr("name"),
          label: $(`label[for=${$(select).attr("id")}]`).text(),
          options: $(select)
            .find("option")
            .map((_, option) => [[$(option).attr("value"), $(option).text()]])
            .get(),
        },
      ])
      .get();
    expect(filters).toEqual([
      {
        name: "topic",
        label: "Topic",
        options: [["", "All topics"], ["ASEAN", "ASEAN"], ["Republic of Korea", "Republic of Korea"], ["Việt Nam", "Việt Nam"]],
      },
      { name: "section", label: "Section", options: [["", "All sections"], ["Economy", "Economy"], ["World", "World"]] },
      { name: "year", label: "Year", options: [["", "All years"], ["2024", "2024"], ["2020", "2020"]] },
    ]);
    expect($("label[for=search-sort]").text()).toBe("Order");
    expect($("#search-sort option").map((_, option) => $(option).attr("value")).get()).toEqual(["", "newest"]);
  });

  it("tells the script where the index is and which prefix results carry", () => {
    const { $ } = renderSearch({ ...searchPage, url: "/bulletin/search/", bundleUrl: "/bulletin/pagefind/", prefix: "/bulletin/", scriptUrl: "/bulletin/assets/search.js" });
    expect($("main form").attr("action")).toBe("/bulletin/search/");
    expect($("main form").attr("data-bundle")).toBe("/bulletin/pagefind/");
    expect($("main form").attr("data-prefix")).toBe("/bulletin/");
    expect($("main script[type=module]").attr("src")).toBe("/bulletin/assets/search.js");
  });
});

describe("search results", () => {
  it("has an empty status line and an empty results list for the script to fill", () => {
    const { $ } = renderSearch();
    const status = $("p#search-status");
    expect([status.attr("role"), status.text()]).toEqual(["status", ""]);
    expect($("ol#search-results").children()).toHaveLength(0);
    expect($("#search-more").attr("hidden")).toBeDefined();
  });

  it("says in a noscript note that search needs JavaScript, linking the topic index", () => {
    const { $ } = renderSearch();
    // cheerio parses noscript content as text, as a browser with scripting does.
    const note = cheerio.load($("main noscript").html() ?? "");
    expect(note("p").text()).toContain("Search needs JavaScript");
    expect(note("p a").attr("href")).toBe("/topics/");
  });
});

import { describe, expect, it } from "vitest";
import { data, render } from "../../../templates/section.11ty";
import type { SectionPageView } from "../../../src/views/types";
import { expectSoundPage, listItem, load, sectionPage, siteData } from "./views";

function renderSection(view: SectionPageView) {
  return load(render({ view, communique: siteData({ sectionPages: [view] }) }));
}

describe("section page module", () => {
  it("is written at each section page's URL", () => {
    expect(data.pagination.data).toBe("communique.sectionPages");
    expect(data.permalink({ view: sectionPage })).toBe("/sections/world/page/2/");
  });

  it("renders a sound document headed by the section's name, its title saying which page", () => {
    const { html, $ } = renderSection(sectionPage);
    expectSoundPage(html, $);
    expect($("main .page-header .kicker").text()).toBe("Section");
    expect($("h1").text()).toBe("World");
    expect($("title").text()).toBe("World section, page 2 — The Diplomatic Bulletin");
    expect($("main p.count").text()).toBe("45 articles");
  });

  it("lists the page's articles in order and links the newer and older pages", () => {
    const { $ } = renderSection({ ...sectionPage, items: [listItem(4), listItem(3)] });
    expect($("main .article-list > li h2 > a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "/2024/01/04/item-4/",
      "/2024/01/03/item-3/",
    ]);
    const nav = $("main nav.pagination");
    expect($(`#${nav.attr("aria-labelledby") ?? ""}`).text()).toBe("Page 2 of 3");
    expect(nav.find("a[rel=prev]").attr("href")).toBe("/sections/world/");
    expect(nav.find("a[rel=next]").attr("href")).toBe("/sections/world/page/3/");
  });

  it("has no pagination when the section fits on one page", () => {
    const { previousUrl: _p, nextUrl: _n, ...rest } = sectionPage;
    const { $ } = renderSection({ ...rest, pageNumber: 1, pageCount: 1, count: 1 });
    expect($("nav.pagination")).toHaveLength(0);
    expect($("main p.count").text()).toBe("1 article");
  });
});

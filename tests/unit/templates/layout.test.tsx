import { describe, expect, it } from "vitest";
import { render as renderArticle } from "../../../templates/article.11ty";
import type { CheerioAPI } from "cheerio";
import { render as renderSection } from "../../../templates/section.11ty";
import { render as renderSingle } from "../../../templates/single.11ty";
import type { PageViewOf } from "../../../templates/components/page-data";
import { bareArticle, fullArticle, home, load, notFound, sectionPage, site, siteData, topicsIndex } from "./views";

function renderPage(view: PageViewOf<"singles">, dev = false) {
  return load(renderSingle({ view, communique: siteData({ site: { ...site, dev } }) }));
}

describe("layout", () => {
  it.each([
    ["home page", home, "The Diplomatic Bulletin"],
    ["topics index", topicsIndex, "Topics — The Diplomatic Bulletin"],
    ["404 page", notFound, "Page not found — The Diplomatic Bulletin"],
  ])("titles the %s", (_, view, title) => {
    expect(renderPage(view).$("head > title").text()).toBe(title);
  });

  it("fills the head: charset, viewport, description, stylesheet", () => {
    const { $ } = renderPage(topicsIndex);
    expect($("head > meta[charset]").attr("charset")).toBe("utf-8");
    expect($("head > meta[name=viewport]").attr("content")).toBe("width=device-width, initial-scale=1");
    expect($("head > meta[name=description]").attr("content")).toBe("Every topic, A to Z.");
    expect($("head > link[rel=stylesheet]").attr("href")).toBe("/assets/style.css");
  });

  it("takes the document language from the page", () => {
    const { $ } = load(renderArticle({ view: { ...bareArticle, lang: "vi" }, communique: siteData() }));
    expect($("html").attr("lang")).toBe("vi");
  });

  it("opens the body with a skip link to the main content", () => {
    const { $ } = renderPage(home);
    const skip = $("body > a").first();
    expect(skip.attr("href")).toBe("#main");
    expect(skip.text()).toBe("Skip to content");
    expect($("body > main#main")).toHaveLength(1);
  });

  it("has a header with the bulletin name linked home and the main navigation", () => {
    const { $ } = renderPage(topicsIndex);
    expect($("body > header .site-name").attr("href")).toBe("/");
    expect($("body > header .site-name").text()).toBe("The Diplomatic Bulletin");
    const links = $("body > header nav[aria-label=Main] a")
      .map((_, a) => [[$(a).text(), $(a).attr("href"), $(a).attr("aria-current") ?? ""]])
      .get();
    expect(links).toEqual([
      ["Home", "/", ""],
      ["Topics", "/topics/", "page"],
      ["Search", "/search/", ""],
    ]);
  });

  it("lists the sections in the header, in the order given, the current one marked", () => {
    const sections = ($: CheerioAPI) =>
      $("body > header nav[aria-label=Sections] li > a")
        .map((_, a) => [[$(a).text(), $(a).attr("href"), $(a).attr("aria-current") ?? ""]])
        .get();
    // Page 1 of a section is that page; a later page and an article lie within it.
    const first = { ...sectionPage, path: "/sections/world/", url: "/sections/world/", pageNumber: 1 };
    expect(sections(load(renderSection({ view: first, communique: siteData() })).$)).toEqual([
      ["World", "/sections/world/", "page"],
      ["Economy", "/sections/economy/", ""],
    ]);
    expect(sections(load(renderSection({ view: sectionPage, communique: siteData() })).$)).toEqual([
      ["World", "/sections/world/", "true"],
      ["Economy", "/sections/economy/", ""],
    ]);
    expect(sections(load(renderArticle({ view: fullArticle, communique: siteData() })).$)).toEqual([
      ["World", "/sections/world/", "true"],
      ["Economy", "/sections/economy/", ""],
    ]);
    expect(sections(renderPage(home).$).map(([, , current]) => current)).toEqual(["", ""]);
  });

  it("omits the sections navigation when there are no sections", () => {
    const { $ } = load(renderSingle({ view: home, communique: siteData({ site: { ...site, sections: [] } }) }));
    expect($("nav[aria-label=Sections]")).toHaveLength(0);
  });

  it("gives every landmark a distinct name: banner, navigations, main, contentinfo", () => {
    const { $ } = load(renderArticle({ view: fullArticle, communique: siteData() }));
    expect($("body > header")).toHaveLength(1);
    expect($("body > main")).toHaveLength(1);
    expect($("body > footer")).toHaveLength(1);
    const name = (element: Parameters<typeof $>[0]) => {
      const node = $(element);
      const by = node.attr("aria-labelledby");
      return by === undefined ? (node.attr("aria-label") ?? "") : $(`#${by}`).text();
    };
    const navs = $("nav").map((_, nav) => name(nav)).get();
    expect(navs).toEqual(["Main", "Sections", "Topics", "Related Topics", "Topics and sections", "Archives", "Feeds"]);
    // Related Topics is a complementary landmark holding its navigation, both named by one heading.
    expect(name("aside.related")).toBe("Related Topics");
  });

  it("has a footer with the topics and sections, the years and both feeds", () => {
    const { $ } = renderPage(home);
    const links = (label: string) =>
      $(`footer nav[aria-labelledby=${label}] li > a`)
        .map((_, a) => `${$(a).text()} ${$(a).attr("href") ?? ""}`)
        .get();
    expect(links("footer-browse")).toEqual(["All topics, A–Z /topics/", "World /sections/world/", "Economy /sections/economy/"]);
    expect(links("footer-archives")).toEqual(["2024 /2024/", "2020 /2020/"]);
    expect(links("footer-feeds")).toEqual(["Atom feed /feed.xml", "JSON Feed /feed.json"]);
    expect($("footer a[href='/feed.xml']").attr("type")).toBe("application/atom+xml");
    expect($("footer a[href='/feed.json']").attr("type")).toBe("application/feed+json");
  });

  it("makes the skip link the first focusable element", () => {
    const { $ } = renderPage(home, true);
    expect($("a[href], button, input, select, textarea, [tabindex]").first().hasClass("skip-link")).toBe(true);
  });

  it("has a footer linking to the topics", () => {
    const { $ } = renderPage(home);
    expect($("body > footer a[href='/topics/']")).toHaveLength(1);
  });

  it.each([
    [true, 1],
    [false, 0],
  ])("shows the preview banner only under the dev server (dev %s)", (dev, expected) => {
    const { $ } = renderPage(home, dev);
    const banner = $(".preview-banner");
    expect(banner).toHaveLength(expected);
    expect(banner.text()).toBe(dev ? "Preview: drafts and scheduled articles are shown" : "");
  });
});

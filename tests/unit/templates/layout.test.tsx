import { describe, expect, it } from "vitest";
import { render as renderArticle } from "../../../templates/article.11ty";
import { render as renderSingle } from "../../../templates/single.11ty";
import type { PageViewOf } from "../../../templates/components/page-data";
import { bareArticle, home, load, notFound, site, siteData, topicsIndex } from "./views";

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
    ]);
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

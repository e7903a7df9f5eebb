import { describe, expect, it } from "vitest";
import { render as renderArticle } from "../../../templates/article.11ty";
import { render as renderSingle } from "../../../templates/single.11ty";
import { buildHead } from "../../../src/views/page-metadata";
import type { ArticlePageView } from "../../../src/views/types";
import { bareArticle, fullArticle, home, load, site, siteData } from "./views";

function renderPage(view: ArticlePageView) {
  return load(renderArticle({ view, communique: siteData({ articles: [view] }) }));
}

describe("head metadata", () => {
  it("renders every meta tag of the view, in order, as property or name", () => {
    const { $ } = renderPage(fullArticle);
    const tags = $("head > meta[property], head > meta[name^='twitter:']")
      .map((_, meta) => [[$(meta).attr("property") ?? "", $(meta).attr("name") ?? "", $(meta).attr("content")]])
      .get();
    expect(tags).toEqual([
      ["og:type", "", "article"],
      ["article:tag", "", "ASEAN"],
      ["article:tag", "", "Republic of Korea"],
      ["", "twitter:card", "summary_large_image"],
    ]);
  });

  it("puts each JSON-LD document in its own script, text untouched", () => {
    const { $ } = renderPage(fullArticle);
    const scripts = $("head > script[type='application/ld+json']")
      .map((_, script) => $(script).html())
      .get();
    expect(scripts).toEqual(['{"@type":"NewsArticle","headline":"ASEAN \\u0026 RoK"}', '{"@type":"BreadcrumbList"}']);
    expect(JSON.parse(scripts[0] ?? "")).toEqual({ "@type": "NewsArticle", headline: "ASEAN & RoK" });
  });

  it("keeps a hostile headline inert from view model to HTML", () => {
    const headline = `</script><script>alert(1)</script> "Q" & 대한민국`;
    const head = buildHead({
      siteName: site.name,
      siteUrl: site.baseUrl,
      title: headline,
      description: headline,
      url: bareArticle.canonical,
      lang: "en",
      breadcrumbs: [{ name: headline, url: bareArticle.canonical }],
      article: { published: bareArticle.published.iso, section: "World", topics: [headline] },
    });
    const { $ } = renderPage({ ...bareArticle, title: headline, headline, head });
    const scripts = $("script");
    // Two JSON-LD documents and nothing else: the headline opened no element.
    expect(scripts.map((_, script) => $(script).attr("type")).get()).toEqual(["application/ld+json", "application/ld+json"]);
    const article = JSON.parse(scripts.first().html() ?? "") as { headline: string; keywords: string[] };
    expect(article.headline).toBe(headline);
    expect(article.keywords).toEqual([headline]);
    expect($("meta[property='og:title']").attr("content")).toBe(headline);
  });

  it("renders the head of a page that is not an article", () => {
    const { $ } = load(renderSingle({ view: home, communique: siteData() }));
    expect($("head > meta[property='og:type']").attr("content")).toBe("website");
    expect($("head > script[type='application/ld+json']")).toHaveLength(1);
  });
});

describe("archive links", () => {
  it("links the dateline's publication date to its month archive", () => {
    const { $ } = renderPage(fullArticle);
    const link = $("article > header > p.dateline a");
    expect(link.attr("href")).toBe("/2020/08/");
    expect(link.children("time.published").attr("datetime")).toBe("2020-08-26T17:00:00+07:00");
  });

  it("lists the years in the footer, newest first", () => {
    const { $ } = renderPage(fullArticle);
    expect($("footer nav[aria-labelledby=footer-archives] > h2#footer-archives").text()).toBe("Archives");
    const years = $("footer nav[aria-labelledby=footer-archives] li > a")
      .map((_, a) => [[$(a).text(), $(a).attr("href")]])
      .get();
    expect(years).toEqual([
      ["2024", "/2024/"],
      ["2020", "/2020/"],
    ]);
  });

  it("omits the footer's archive list when there are no years", () => {
    const { $ } = load(renderArticle({ view: fullArticle, communique: siteData({ site: { ...site, years: [] } }) }));
    expect($("footer nav[aria-labelledby=footer-archives]")).toHaveLength(0);
  });
});

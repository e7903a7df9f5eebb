import { describe, expect, it } from "vitest";
import { data, render } from "../../../templates/article.11ty";
import type { ArticlePageView, FigureView } from "../../../src/views/types";
import { bareArticle, expectSoundPage, fullArticle, load, siteData } from "./views";

function renderArticle(view: ArticlePageView) {
  return load(render({ view, communique: siteData({ articles: [view] }) }));
}

const published = fullArticle.published;
const updated = { iso: "2020-08-27T09:30:00+07:00", text: "27 August 2020, 09:30 GMT+7" };

describe("article page module", () => {
  it("is written at the article's URL, one page per article", () => {
    expect(data.pagination).toEqual({
      data: "communique.articles",
      size: 1,
      alias: "view",
      addAllPagesToCollections: false,
    });
    expect(data.permalink({ view: fullArticle })).toBe("/2020/08/26/asean-and-the-rok-meet-online/");
  });

  it.each([
    ["every optional part", fullArticle],
    ["no optional part", bareArticle],
  ])("renders a sound document with %s", (_, view) => {
    const { html, $ } = renderArticle(view);
    expectSoundPage(html, $);
    expect($("main > article.article > header > h1").text()).toBe(view.headline);
    expect($("title").text()).toBe(`${view.title} — The Diplomatic Bulletin`);
    expect($("meta[name=description]").attr("content")).toBe(view.description);
  });

  it("shows section (linked to its page), headline and summary in the article header", () => {
    const { $ } = renderArticle(fullArticle);
    expect($("article > header > p.section").text()).toBe("World");
    expect($("article > header > p.section > a").attr("href")).toBe("/sections/world/");
    expect($("article > header > p.summary").text()).toBe("Both sides agreed to deepen cooperation.");
  });
});

describe("dateline", () => {
  const rows: [string, Partial<Pick<ArticlePageView, "location" | "author" | "updated">>, string][] = [
    [
      "every part",
      { location: "Hanoi", author: "Lan Anh", updated },
      "Hanoi · By Lan Anh · Published 26 August 2020, 17:00 GMT+7 · Updated 27 August 2020, 09:30 GMT+7",
    ],
    [
      "no location",
      { author: "Lan Anh", updated },
      "By Lan Anh · Published 26 August 2020, 17:00 GMT+7 · Updated 27 August 2020, 09:30 GMT+7",
    ],
    [
      "no author",
      { location: "Hanoi", updated },
      "Hanoi · Published 26 August 2020, 17:00 GMT+7 · Updated 27 August 2020, 09:30 GMT+7",
    ],
    ["no update", { location: "Hanoi", author: "Lan Anh" }, "Hanoi · By Lan Anh · Published 26 August 2020, 17:00 GMT+7"],
    ["publication only", {}, "Published 26 August 2020, 17:00 GMT+7"],
  ];

  it.each(rows)("%s", (_, parts, expected) => {
    const { $ } = renderArticle({ ...bareArticle, published, ...parts });
    const dateline = $("article > header > p.dateline");
    expect(dateline.text()).toBe(expected);
    expect(dateline.find(".location").text()).toBe(parts.location ?? "");
    expect(dateline.find(".location")).toHaveLength(parts.location === undefined ? 0 : 1);
    expect(dateline.find(".byline")).toHaveLength(parts.author === undefined ? 0 : 1);
    expect(dateline.find("time.updated")).toHaveLength(parts.updated === undefined ? 0 : 1);
    expect(dateline.find("time.published").attr("datetime")).toBe("2020-08-26T17:00:00+07:00");
    expect(dateline.find("time.published").text()).toBe("26 August 2020, 17:00 GMT+7");
  });

  it("marks the byline and the update time", () => {
    const { $ } = renderArticle(fullArticle);
    expect($(".dateline .byline").text()).toBe("By Lan Anh");
    expect($("time.updated").attr("datetime")).toBe("2020-08-27T09:30:00+07:00");
    expect($("time.updated").text()).toBe("27 August 2020, 09:30 GMT+7");
  });
});

describe("lead figure", () => {
  const image: FigureView = {
    sources: [
      { type: "image/avif", srcset: "/images/a.0123456789-480.avif 480w, /images/a.0123456789-640.avif 640w" },
      { type: "image/webp", srcset: "/images/a.0123456789-480.webp 480w, /images/a.0123456789-640.webp 640w" },
    ],
    src: "/images/a.0123456789-640.jpg",
    srcset: "/images/a.0123456789-480.jpg 480w, /images/a.0123456789-640.jpg 640w",
    sizes: "(min-width: 40rem) 38rem, 100vw",
    alt: "Delegates on screens",
    width: 640,
    height: 427,
  };
  const rows: [string, Partial<Pick<FigureView, "caption" | "credit">>, string | undefined][] = [
    ["caption and credit", { caption: "Delegates meet", credit: "VNA" }, "Delegates meet (Photo: VNA)"],
    ["credit only", { credit: "VNA" }, "(Photo: VNA)"],
    ["caption only", { caption: "Delegates meet" }, "Delegates meet"],
    ["neither", {}, undefined],
  ];

  it.each(rows)("figcaption with %s", (_, parts, expected) => {
    const { $ } = renderArticle({ ...fullArticle, figure: { ...image, ...parts } });
    const caption = $("article > figure.lead > figcaption");
    if (expected === undefined) expect(caption).toHaveLength(0);
    else expect(caption.text()).toBe(expected);
  });

  it("sets the image's source, text and size so nothing shifts as it loads", () => {
    const { $ } = renderArticle({ ...fullArticle, figure: image });
    const img = $("figure.lead > picture > img");
    expect(img.attr("src")).toBe("/images/a.0123456789-640.jpg");
    expect(img.attr("srcset")).toBe(image.srcset);
    expect(img.attr("sizes")).toBe(image.sizes);
    expect(img.attr("alt")).toBe("Delegates on screens");
    expect(img.attr("width")).toBe("640");
    expect(img.attr("height")).toBe("427");
  });

  it("offers AVIF, then WebP, before the JPEG", () => {
    const { $ } = renderArticle({ ...fullArticle, figure: image });
    const sources = $("figure.lead > picture > source")
      .toArray()
      .map((source) => [$(source).attr("type"), $(source).attr("srcset"), $(source).attr("sizes")]);
    expect(sources).toEqual(image.sources.map((source) => [source.type, source.srcset, image.sizes]));
    expect($("figure.lead > picture").children().last().is("img")).toBe(true);
  });

  it("is fetched at once and first: never lazy", () => {
    const img = renderArticle({ ...fullArticle, figure: image }).$("figure.lead img");
    expect(img.attr("loading")).toBe("eager");
    expect(img.attr("fetchpriority")).toBe("high");
  });

  it("is absent without an image", () => {
    expect(renderArticle(bareArticle).$("figure")).toHaveLength(0);
  });

  it("comes after the header and before the body", () => {
    const { $ } = renderArticle(fullArticle);
    expect($("article.article > *").map((_, element) => $(element).prop("tagName")).get()).toEqual([
      "HEADER",
      "FIGURE",
      "DIV",
      "P",
      "NAV",
      "SECTION",
    ]);
  });
});

describe("body and escaping", () => {
  it("injects the rendered body as HTML, unchanged", () => {
    const { $ } = renderArticle(fullArticle);
    expect($("article > div.body").html()).toBe(fullArticle.bodyHtml);
    expect($(".body em").text()).toBe("emphasis");
    expect($(".body h2").text()).toBe("A subheading");
  });

  it("escapes markup an editor typed in plain-text fields", () => {
    const script = "<script>alert(1)</script>";
    const { html, $ } = renderArticle({
      ...fullArticle,
      title: script,
      headline: script,
      summary: `"Quoted" & ${script}`,
      description: `"Quoted" & ${script}`,
      related: [{ url: "/x/", title: script, summary: script }],
    });
    // The only scripts are the head's JSON-LD documents, which come escaped from the view.
    expect($("script").map((_, element) => $(element).attr("type")).get()).toEqual(["application/ld+json", "application/ld+json"]);
    expect($("body script")).toHaveLength(0);
    expect($("h1").text()).toBe(script);
    expect($("title").text()).toBe(`${script} — The Diplomatic Bulletin`);
    expect($("article > header > .summary").text()).toBe(`"Quoted" & ${script}`);
    expect($("meta[name=description]").attr("content")).toBe(`"Quoted" & ${script}`);
    expect($("aside.related a").text()).toBe(script);
    expect(html).toContain("<h1>&lt;script>alert(1)&lt;/script></h1>");
  });
});

describe("source, topics and corrections", () => {
  it.each([
    ["with a link", { name: "NDO", url: "https://en.nhandan.vn/" }, "https://en.nhandan.vn/"],
    ["without a link", { name: "NDO" }, undefined],
  ])("shows the source %s", (_, source, href) => {
    const { $ } = renderArticle({ ...fullArticle, source });
    expect($("article > p.source").text()).toBe("Source: NDO");
    expect($("p.source a")).toHaveLength(href === undefined ? 0 : 1);
    if (href !== undefined) expect($("p.source a").attr("href")).toBe(href);
  });

  it("omits the source line when there is no source", () => {
    expect(renderArticle(bareArticle).$(".source")).toHaveLength(0);
  });

  it("links every topic, in order, in a labelled nav", () => {
    const { $ } = renderArticle(fullArticle);
    const nav = $("article > nav.topics");
    expect(nav.attr("aria-label")).toBe("Topics");
    expect(
      nav
        .find("ul > li > a")
        .map((_, a) => [[$(a).text(), $(a).attr("href")]])
        .get(),
    ).toEqual([
      ["ASEAN", "/topics/asean/"],
      ["Republic of Korea", "/topics/republic-of-korea/"],
    ]);
  });

  it("lists corrections with their dates under a labelled heading", () => {
    const { $ } = renderArticle(fullArticle);
    const section = $("article > section.corrections");
    expect(section.attr("aria-labelledby")).toBe("corrections-heading");
    expect(section.find("h2#corrections-heading").text()).toBe("Corrections");
    expect(section.find("li").text()).toBe("28 August 2020 An earlier version misstated the fund's size.");
    expect(section.find("li time").attr("datetime")).toBe("2020-08-28T00:00:00+07:00");
  });

  it("omits the corrections section when there are none", () => {
    expect(renderArticle(bareArticle).$(".corrections")).toHaveLength(0);
  });
});

describe("Related Topics", () => {
  it("is an aside after the article holding a navigation, both labelled by its heading, items in the given order", () => {
    const { $ } = renderArticle(fullArticle);
    const aside = $("main > article.article + aside.related");
    expect(aside).toHaveLength(1);
    expect(aside.attr("aria-labelledby")).toBe("related-heading");
    expect(aside.find("h2#related-heading").text()).toBe("Related Topics");
    const nav = aside.children("nav");
    expect(nav.attr("aria-labelledby")).toBe("related-heading");
    expect(
      nav
        .find("ul > li")
        .map((_, li) => [[$(li).find("a").attr("href"), $(li).find("a").text(), $(li).find("p").text()]])
        .get(),
    ).toEqual([
      ["/2020/08/20/b/", "Second", "Summary of second."],
      ["/2019/01/02/a/", "First", "Summary of first."],
    ]);
  });

  it("is omitted when there is nothing related", () => {
    expect(renderArticle(bareArticle).$("aside")).toHaveLength(0);
  });
});

describe("status", () => {
  it.each([
    ["published", undefined],
    ["draft", "Draft"],
    ["scheduled", "Scheduled"],
  ] as const)("%s", (status, label) => {
    const { $ } = renderArticle({ ...fullArticle, status });
    const badge = $("article > header > .status-badge");
    expect($(".status-badge")).toHaveLength(label === undefined ? 0 : 1);
    expect(badge.text()).toBe(label ?? "");
    expect($("article.article").attr("data-status")).toBe(label === undefined ? undefined : status);
  });
});

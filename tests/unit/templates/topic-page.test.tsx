import { describe, expect, it } from "vitest";
import { data, render } from "../../../templates/topic.11ty";
import type { TopicPageView } from "../../../src/views/types";
import { expectSoundPage, listItem, load, siteData, topicPage } from "./views";

function renderTopic(view: TopicPageView) {
  return load(render({ view, communique: siteData({ topicPages: [view] }) }));
}

describe("topic page module", () => {
  it("is written at each topic page's URL", () => {
    expect(data.pagination.data).toBe("communique.topicPages");
    expect(data.permalink({ view: { ...topicPage, path: "/topics/viet-nam/page/2/", url: "/bulletin/topics/viet-nam/page/2/" } })).toBe("/topics/viet-nam/page/2/");
  });

  it("renders a sound document headed by the topic's name", () => {
    const { html, $ } = renderTopic(topicPage);
    expectSoundPage(html, $);
    expect($("h1").text()).toBe("Việt Nam");
    expect($("title").text()).toBe("Việt Nam — The Diplomatic Bulletin");
  });

  it.each([
    ["with", "News on Việt Nam's foreign relations.", 1],
    ["without", undefined, 0],
  ])("shows the page %s the topic's description", (_, description, expected) => {
    const { topicDescription: _omitted, ...rest } = topicPage;
    const view: TopicPageView = description === undefined ? rest : { ...rest, topicDescription: description };
    const { $ } = renderTopic(view);
    expect($("main .description")).toHaveLength(expected);
    expect($("main .description").text()).toBe(description ?? "");
  });

  it.each([
    [1, "1 article"],
    [2, "2 articles"],
    [46, "46 articles"],
  ])("counts %i published articles", (count, expected) => {
    expect(renderTopic({ ...topicPage, count }).$("main p.count").text()).toBe(expected);
  });

  it("lists the page's articles in order, each a linked headline, time and summary", () => {
    const { $ } = renderTopic(topicPage);
    expect($("main li")).toHaveLength(2);
    const items = $("main ul > li > article")
      .map((_, article) => [
        [
          $(article).find("h2 > a").attr("href"),
          $(article).find("h2 > a").text(),
          $(article).find("p.meta > time").attr("datetime"),
          $(article).find("p.summary").text(),
        ],
      ])
      .get();
    expect(items).toEqual([
      ["/2024/01/02/item-2/", "Item 2", "2024-01-02T08:00:00+07:00", "Summary of item 2."],
      ["/2024/01/01/item-1/", "Item 1", "2024-01-01T08:00:00+07:00", "Summary of item 1."],
    ]);
  });

  it("marks drafts and scheduled articles in the list, and only those", () => {
    const view = { ...topicPage, items: [listItem(3, "scheduled"), listItem(2, "draft"), listItem(1)] };
    const { $ } = renderTopic(view);
    const metas = $("main li p.meta")
      .map((_, meta) => $(meta).text())
      .get();
    expect(metas).toEqual([
      "3 January 2024, 08:00 GMT+7 Scheduled",
      "2 January 2024, 08:00 GMT+7 Draft",
      "1 January 2024, 08:00 GMT+7",
    ]);
  });
});

describe("pagination", () => {
  const rows: [string, Partial<TopicPageView>, string | undefined, string | undefined, string][] = [
    ["first of three", { pageNumber: 1, pageCount: 3, nextUrl: "/topics/viet-nam/page/2/" }, undefined, "/topics/viet-nam/page/2/", "Page 1 of 3"],
    [
      "middle of three",
      { pageNumber: 2, pageCount: 3, previousUrl: "/topics/viet-nam/", nextUrl: "/topics/viet-nam/page/3/" },
      "/topics/viet-nam/",
      "/topics/viet-nam/page/3/",
      "Page 2 of 3",
    ],
    ["last of three", { pageNumber: 3, pageCount: 3, previousUrl: "/topics/viet-nam/page/2/" }, "/topics/viet-nam/page/2/", undefined, "Page 3 of 3"],
  ];

  it.each(rows)("%s", (_, parts, newer, older, position) => {
    const { $ } = renderTopic({ ...topicPage, ...parts });
    const nav = $("main nav.pagination");
    // Named by its visible position line.
    expect(nav.attr("aria-labelledby")).toBe("page-position");
    expect($("#page-position").text()).toBe(position);
    expect(nav.find("a[rel=prev]").attr("href")).toBe(newer);
    expect(nav.find("a[rel=next]").attr("href")).toBe(older);
    // The arrows are decoration, hidden from assistive technology.
    const spoken = (selector: string) => {
      const link = nav.find(selector).clone();
      link.find("[aria-hidden=true]").remove();
      return link.text();
    };
    expect(spoken("a[rel=prev]")).toBe(newer === undefined ? "" : "Newer articles");
    expect(spoken("a[rel=next]")).toBe(older === undefined ? "" : "Older articles");
    expect(nav.find("ul > li > a")).toHaveLength([newer, older].filter((url) => url !== undefined).length);
    expect($("main .article-list > li")).toHaveLength(2);
  });

  it("is omitted when the topic fits on one page", () => {
    expect(renderTopic(topicPage).$("nav.pagination")).toHaveLength(0);
  });
});

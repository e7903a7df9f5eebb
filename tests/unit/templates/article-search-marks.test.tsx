import { describe, expect, it } from "vitest";
import { render } from "../../../templates/article.11ty";
import type { ArticlePageView } from "../../../src/views/types";
import { fullArticle, load, siteData } from "./views";

const search = { year: "2020", sortKey: "2020-08-26T10:00:00.000Z", extraWords: "" };

function renderArticle(view: ArticlePageView) {
  return load(render({ view, communique: siteData({ articles: [view] }) })).$;
}

describe("Pagefind's marks on an article page", () => {
  it("index the headline, summary and body of a published article, and nothing else", () => {
    const $ = renderArticle({ ...fullArticle, search });
    expect($("[data-pagefind-body]").map((_, element) => $(element).attr("class") ?? element.tagName).get()).toEqual([
      "h1",
      "summary",
      "body",
    ]);
    // Navigation, Related Topics, topic links and the footer sit outside every indexed element.
    expect($("[data-pagefind-body] nav, [data-pagefind-body] aside, [data-pagefind-body] footer")).toHaveLength(0);
    expect($("figure.lead").attr("data-pagefind-ignore")).toBe("all");
  });

  it("give the headline, summary and date as metadata, and topics, section and year as filters", () => {
    const $ = renderArticle({ ...fullArticle, search });
    expect($("h1").attr("data-pagefind-meta")).toBe("title");
    expect($("p.summary").attr("data-pagefind-meta")).toBe("summary");
    const date = $("[data-pagefind-meta^=date_text]");
    expect(date.attr("data-pagefind-meta")).toBe("date_text, date:2020-08-26T17:00:00+07:00");
    expect(date.text()).toBe("26 August 2020, 17:00 GMT+7");
    expect($("[data-pagefind-filter=topic]").map((_, a) => $(a).text()).get()).toEqual(["ASEAN", "Republic of Korea"]);
    expect($("[data-pagefind-filter=section]").text()).toBe("World");
    expect($("article").attr("data-pagefind-filter")).toBe("year:2020");
    expect($("article").attr("data-pagefind-sort")).toBe("date:2020-08-26T10:00:00.000Z");
  });

  it("index the folded forms Pagefind cannot make from an attribute, only when there are some", () => {
    const plain = renderArticle({ ...fullArticle, search });
    expect(plain(".body").attr("data-pagefind-index-attrs")).toBeUndefined();
    const folded = renderArticle({ ...fullArticle, search: { ...search, extraWords: "da duc" } });
    expect(folded(".body").attr("data-pagefind-index-attrs")).toBe("data-search-words");
    expect(folded(".body").attr("data-search-words")).toBe("da duc");
  });

  it.each([
    ["a draft", { ...fullArticle, status: "draft" as const }],
    ["a scheduled article", { ...fullArticle, status: "scheduled" as const }],
  ])("are absent from %s, which carries no search facts", (_, view) => {
    const $ = renderArticle(view);
    const marked = $("*").filter((_, element) =>
      Object.keys($(element).attr() ?? {}).some((name) => name.startsWith("data-pagefind-") && name !== "data-pagefind-ignore"),
    );
    expect(marked).toHaveLength(0);
  });
});

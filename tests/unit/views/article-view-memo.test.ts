import { isDeepStrictEqual } from "node:util";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../support/article";
import { resolveSiteConfig } from "../../../src/config";
import type { Article } from "../../../src/model/article";
import { buildBulletin } from "../../../src/model/build-bulletin";
import { emptyTopicData } from "../../../src/model/topic-data";
import { createArticleViewMemo, type ArticleViewMemo } from "../../../src/views/article-view-memo";
import { buildSiteData, type PublishedImage } from "../../../src/views/build-site-data";
import type { SiteData } from "../../../src/views/types";

const buildTime = DateTime.fromISO("2024-05-10T12:00:00.000+07:00", { zone: "Asia/Ho_Chi_Minh" });
const config = resolveSiteConfig({ name: "The Bulletin", baseUrl: "https://example.org/" });
const renderMarkdown = (markdown: string) => `<p>${markdown}</p>`;
const picture = (width: number): PublishedImage => ({ variants: [{ format: "jpeg", width, height: width / 2, url: `/images/p-${width}.jpg` }] });

const first: Article[] = [
  makeArticle("summit", "2024-05-09T10:00:00", { tags: ["ASEAN", "Korea"], image: { file: "content/images/p.jpg", alt: "A picture" } }),
  makeArticle("trade", "2024-05-08T10:00:00", { tags: ["ASEAN", "Economy"] }),
  makeArticle("budget", "2024-04-30T20:00:00", { tags: ["Economy"] }),
  makeArticle("seoul", "2023-12-01T09:00:00", { tags: ["Korea"], section: "Asia" }),
];
const images = new Map([["content/images/p.jpg", picture(800)]]);

function build(articles: readonly Article[], memo?: ArticleViewMemo, pictures: ReadonlyMap<string, PublishedImage> = images): SiteData {
  const { bulletin } = buildBulletin(articles, emptyTopicData, config, buildTime, "preview");
  return buildSiteData(bulletin, { renderMarkdown, images: pictures, ...(memo ? { memo } : {}) });
}

const byPath = (data: SiteData) => new Map(data.articles.map((view) => [view.path, view]));

describe("the article view memo", () => {
  it("hands back the very same view for an article object whose inputs did not change", () => {
    const memo = createArticleViewMemo();
    const before = byPath(build(first, memo));
    const after = build(first, memo);
    for (const view of after.articles) expect(view).toBe(before.get(view.path));
    expect(after.articles).toEqual(build(first).articles);
  });

  // Each later build must equal a build without a memo, and renew exactly the views whose
  // value changed: every other view is the object of the build before.
  it.each([
    {
      name: "an edited body",
      edit: (articles: Article[]) => articles.map((a) => (a.slug === "trade" ? { ...a, body: "New body." } : a)),
    },
    {
      name: "a new headline (shown in other articles' Related Topics)",
      edit: (articles: Article[]) => articles.map((a) => (a.slug === "budget" ? { ...a, title: "A new headline" } : a)),
    },
    {
      name: "a new tag (moves Related Topics)",
      edit: (articles: Article[]) => articles.map((a) => (a.slug === "seoul" ? { ...a, tags: ["Korea", "Economy"] } : a)),
    },
    {
      name: "another section",
      edit: (articles: Article[]) => articles.map((a) => (a.slug === "seoul" ? { ...a, section: "World" } : a)),
    },
    { name: "an article removed", edit: (articles: Article[]) => articles.filter((a) => a.slug !== "budget") },
    { name: "nothing", edit: (articles: Article[]) => articles },
  ])("renews exactly the views an edit changes: $name", ({ edit }) => {
    const memo = createArticleViewMemo();
    const before = byPath(build(first, memo));
    const edited = edit(first);
    const after = build(edited, memo);
    const fresh = build(edited).articles;
    expect(after.articles).toEqual(fresh);
    const renewed = after.articles.filter((view) => view !== before.get(view.path)).map((view) => view.path);
    const differing = fresh.filter((view) => !isDeepStrictEqual(view, before.get(view.path))).map((view) => view.path);
    expect(renewed).toEqual(differing);
  });

  it("renews only the edited article when its body changes", () => {
    const memo = createArticleViewMemo();
    const before = byPath(build(first, memo));
    const after = build(first.map((a) => (a.slug === "trade" ? { ...a, body: "New body." } : a)), memo);
    expect(after.articles.filter((view) => view !== before.get(view.path)).map((view) => view.path)).toEqual(["/2024/05/08/trade/"]);
  });

  it("renews an article's view when its picture was processed again", () => {
    const memo = createArticleViewMemo();
    const before = byPath(build(first, memo));
    const pictures = new Map([["content/images/p.jpg", picture(1200)]]);
    const after = build(first, memo, pictures);
    expect(after.articles).toEqual(build(first, undefined, pictures).articles);
    const summit = after.articles.find((view) => view.path.includes("summit"));
    expect(summit).not.toBe(before.get(summit?.path ?? ""));
    expect(summit?.figure?.src).toBe("/images/p-1200.jpg");
  });
});

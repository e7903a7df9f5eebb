import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { makeArticle } from "../../support/article";
import { resolveSiteConfig } from "../../../src/config";
import type { Issue } from "../../../src/diagnostics/issue";
import type { Article } from "../../../src/model/article";
import { buildBulletin, relatedMatches, statusAt, type Bulletin } from "../../../src/model/build-bulletin";
import { emptyTopicData, type TopicData } from "../../../src/model/topic-data";

const zone = "Asia/Ho_Chi_Minh";
const config = resolveSiteConfig();
const buildTime = DateTime.fromISO("2024-05-10T12:00:00.000+07:00", { zone });

const article = makeArticle;

function build(articles: readonly Article[], mode: "production" | "preview" = "production", topicData: TopicData = emptyTopicData) {
  return buildBulletin(articles, topicData, config, buildTime, mode);
}

const urls = (bulletin: Bulletin) => bulletin.entries.map((entry) => entry.url);

describe("statusAt", () => {
  it.each([
    { case: "a draft dated in the past", article: article("a", "2024-05-01T10:00:00", { draft: true }), status: "draft" },
    { case: "a draft dated in the future", article: article("a", "2024-06-01T10:00:00", { draft: true }), status: "draft" },
    { case: "one millisecond after the build time", article: article("a", buildTime.plus({ milliseconds: 1 })), status: "scheduled" },
    { case: "exactly at the build time", article: article("a", buildTime), status: "published" },
    { case: "exactly at the build time, in another zone", article: article("a", buildTime.setZone("UTC")), status: "published" },
    { case: "one millisecond before the build time", article: article("a", buildTime.minus({ milliseconds: 1 })), status: "published" },
  ])("$case → $status", ({ article, status }) => {
    expect(statusAt(article, buildTime)).toBe(status);
  });
});

describe("buildBulletin: which articles, in which order", () => {
  const articles = [
    article("trade-talks", "2024-05-08T10:00:00", { tags: ["ASEAN"] }),
    article("asean-meets", "2024-05-09T10:00:00", { tags: ["ASEAN", "Việt Nam"] }),
    article("draft-note", "2024-05-01T10:00:00", { draft: true, tags: ["Drafts"] }),
    article("just-now", buildTime, { tags: ["Economy"] }),
    article("later-today", buildTime.plus({ milliseconds: 1 }), { tags: ["Future"] }),
    article("agenda", "2024-05-09T10:00:00", { tags: ["Economy"] }),
    article("next-month", "2024-06-01T09:00:00", { tags: ["Future"] }),
  ];

  it("production shows only published articles, newest first, equal times by URL", () => {
    const { bulletin, issues } = build(articles);
    expect(issues).toEqual([]);
    expect(bulletin.mode).toBe("production");
    expect(bulletin.buildTime).toBe(buildTime);
    expect(bulletin.config).toBe(config);
    expect(urls(bulletin)).toEqual([
      "/2024/05/10/just-now/",
      "/2024/05/09/agenda/",
      "/2024/05/09/asean-meets/",
      "/2024/05/08/trade-talks/",
    ]);
    expect(bulletin.entries.map((entry) => entry.status)).toEqual(["published", "published", "published", "published"]);
  });

  it("the order does not depend on the input order", () => {
    expect(urls(build([...articles].reverse()).bulletin)).toEqual(urls(build(articles).bulletin));
  });

  it("preview shows every article with its status", () => {
    const { bulletin } = build(articles, "preview");
    expect(bulletin.mode).toBe("preview");
    expect(bulletin.entries.map((entry) => [entry.url, entry.status])).toEqual([
      ["/2024/06/01/next-month/", "scheduled"],
      ["/2024/05/10/later-today/", "scheduled"],
      ["/2024/05/10/just-now/", "published"],
      ["/2024/05/09/agenda/", "published"],
      ["/2024/05/09/asean-meets/", "published"],
      ["/2024/05/08/trade-talks/", "published"],
      ["/2024/05/01/draft-note/", "draft"],
    ]);
  });

  it("entries carry their article and topic slugs in tag order", () => {
    const { bulletin } = build(articles);
    expect(bulletin.entries.map((entry) => [entry.article.slug, entry.topics])).toEqual([
      ["just-now", ["economy"]],
      ["agenda", ["economy"]],
      ["asean-meets", ["asean", "viet-nam"]],
      ["trade-talks", ["asean"]],
    ]);
  });

  it("topics list only topics of shown articles, each with its entries newest first", () => {
    const { bulletin } = build(articles);
    expect([...bulletin.topics].map(([slug, listing]) => [slug, listing.topic.name, listing.entries])).toEqual([
      ["asean", "ASEAN", [2, 3]],
      ["economy", "Economy", [0, 1]],
      ["viet-nam", "Việt Nam", [2]],
    ]);
  });

  it("preview topics include drafts and scheduled articles", () => {
    const { bulletin } = build(articles, "preview");
    expect([...bulletin.topics].map(([slug, listing]) => [slug, listing.entries])).toEqual([
      ["asean", [4, 5]],
      ["drafts", [6]],
      ["economy", [2, 3]],
      ["future", [0, 1]],
      ["viet-nam", [4]],
    ]);
  });

  it("nextScheduled is the earliest scheduled article, in either mode", () => {
    expect(build(articles).bulletin.nextScheduled?.slug).toBe("later-today");
    expect(build(articles, "preview").bulletin.nextScheduled?.slug).toBe("later-today");
  });
});

describe("buildBulletin: URLs", () => {
  it.each([
    { case: "a UTC time late on the 25th is the 26th in the site zone", date: "2020-08-25T23:30:00Z", url: "/2020/08/26/late-news/" },
    { case: "a bare date in the site zone", date: "2020-08-26T00:00:00+07:00", url: "/2020/08/26/late-news/" },
    { case: "the last second of a year stays in that year", date: "2020-12-31T23:59:59+07:00", url: "/2020/12/31/late-news/" },
    { case: "an offset east of the site zone is the previous day", date: "2021-01-01T01:00:00+09:00", url: "/2020/12/31/late-news/" },
  ])("$case", ({ date, url }) => {
    const dated = article("late-news", DateTime.fromISO(date, { setZone: true }));
    expect(urls(build([dated]).bulletin)).toEqual([url]);
  });
});

describe("buildBulletin: duplicate URLs", () => {
  function duplicate(file: string, others: string, url = "/2024/05/09/asean-meets/"): Issue {
    return {
      file,
      line: 1,
      column: 1,
      field: "slug",
      code: "duplicate-url",
      severity: "error",
      message: `publishes at ${url} like ${others}; give one of them another slug or date`,
    };
  }

  it("one error per file, naming the other file", () => {
    const { issues } = build([
      article("asean-meets", "2024-05-09T10:00:00", { file: "content/articles/b.md" }),
      article("asean-meets", "2024-05-09T18:00:00", { file: "content/articles/a.md" }),
    ]);
    expect(issues).toEqual([
      duplicate("content/articles/a.md", "content/articles/b.md"),
      duplicate("content/articles/b.md", "content/articles/a.md"),
    ]);
  });

  it("three files at one URL: each error names the two others, A–Z", () => {
    const { issues } = build([
      article("asean-meets", "2024-05-09T10:00:00", { file: "content/articles/c.md" }),
      article("asean-meets", "2024-05-09T11:00:00", { file: "content/articles/a.md" }),
      article("asean-meets", "2024-05-09T12:00:00", { file: "content/articles/b.md" }),
      article("asean-meets", "2024-05-10T10:00:00", { file: "content/articles/d.md" }),
    ]);
    expect(issues).toEqual([
      duplicate("content/articles/a.md", "content/articles/b.md, content/articles/c.md"),
      duplicate("content/articles/b.md", "content/articles/a.md, content/articles/c.md"),
      duplicate("content/articles/c.md", "content/articles/a.md, content/articles/b.md"),
    ]);
  });

  it("a draft at the same URL clashes only in preview", () => {
    const articles = [
      article("asean-meets", "2024-05-09T10:00:00", { file: "content/articles/a.md" }),
      article("asean-meets", "2024-05-09T11:00:00", { file: "content/articles/b.md", draft: true }),
    ];
    expect(build(articles).issues).toEqual([]);
    expect(build(articles, "preview").issues).toEqual([
      duplicate("content/articles/a.md", "content/articles/b.md"),
      duplicate("content/articles/b.md", "content/articles/a.md"),
    ]);
  });

  it("duplicate errors and topic warnings come together, sorted by file", () => {
    const { issues } = build([
      article("asean-meets", "2024-05-09T10:00:00", { file: "content/articles/z.md", tags: ["Asean"] }),
      article("asean-meets", "2024-05-09T11:00:00", { file: "content/articles/b.md", tags: ["ASEAN"] }),
      article("other", "2024-05-08T11:00:00", { file: "content/articles/a.md", tags: ["ASEAN"] }),
    ]);
    expect(issues.map((issue) => [issue.file, issue.code, issue.field])).toEqual([
      ["content/articles/b.md", "duplicate-url", "slug"],
      ["content/articles/z.md", "duplicate-url", "slug"],
      ["content/articles/z.md", "topic-spelling", "tags[0]"],
    ]);
  });
});

describe("buildBulletin: nextScheduled", () => {
  it("ignores drafts, even dated sooner", () => {
    const { bulletin } = build([
      article("in-two-days", buildTime.plus({ days: 2 })),
      article("draft-in-an-hour", buildTime.plus({ hours: 1 }), { draft: true }),
      article("tomorrow", buildTime.plus({ days: 1 })),
      article("yesterday", buildTime.minus({ days: 1 })),
    ]);
    expect(bulletin.nextScheduled?.slug).toBe("tomorrow");
  });

  it("is absent when nothing is scheduled", () => {
    const { bulletin } = build([
      article("yesterday", buildTime.minus({ days: 1 })),
      article("draft-in-an-hour", buildTime.plus({ hours: 1 }), { draft: true }),
    ]);
    expect("nextScheduled" in bulletin).toBe(false);
  });
});

describe("buildBulletin: related", () => {
  const articles = [
    article("summit", "2024-05-09T10:00:00", { tags: ["ASEAN", "Korean Peninsula"] }),
    article("trade", "2024-05-08T10:00:00", { tags: ["ASEAN", "Economy"] }),
    article("peninsula", "2024-05-07T10:00:00", { tags: ["Korean Peninsula", "ASEAN"] }),
    article("budget", "2024-05-06T10:00:00", { tags: ["Economy"] }),
    article("football", "2024-05-05T10:00:00", { tags: ["Sport"], section: "Sport" }),
    article("weather", "2024-05-04T10:00:00", { tags: ["Weather"] }),
    article("future", buildTime.plus({ days: 1 }), { tags: ["ASEAN", "Korean Peninsula"] }),
    article("draft", "2024-05-09T11:00:00", { tags: ["ASEAN", "Korean Peninsula"], draft: true }),
  ];
  const { bulletin } = build(articles);
  const slugOf = (entry: number) => bulletin.entries[entry]?.article.slug;

  it.each([
    // Sharing the rarer "Korean Peninsula" and ASEAN beats sharing ASEAN alone; then the section fill.
    { slug: "summit", related: [["peninsula", "topics", ["korean-peninsula", "asean"]], ["trade", "topics", ["asean"]], ["budget", "section", []], ["weather", "section", []]] },
    { slug: "trade", related: [["budget", "topics", ["economy"]], ["summit", "topics", ["asean"]], ["peninsula", "topics", ["asean"]], ["weather", "section", []]] },
    { slug: "budget", related: [["trade", "topics", ["economy"]], ["summit", "section", []], ["peninsula", "section", []], ["weather", "section", []]] },
    { slug: "football", related: [] },
    { slug: "weather", related: [["summit", "section", []], ["trade", "section", []], ["peninsula", "section", []], ["budget", "section", []]] },
  ])("$slug", ({ slug, related }) => {
    const index = bulletin.entries.findIndex((candidate) => candidate.article.slug === slug);
    const matches = relatedMatches(bulletin, index);
    expect(matches.map((match) => [slugOf(match.entry), match.reason, match.shared])).toEqual(related);
    expect(bulletin.entries[index]?.related).toEqual(matches.map((match) => match.entry));
  });

  it("scores are the summed weights of the shared topics", () => {
    const summit = bulletin.entries.findIndex((entry) => entry.article.slug === "summit");
    // 6 shown articles: Korean Peninsula on 2, ASEAN on 3.
    expect(relatedMatches(bulletin, summit).map((match) => match.score)).toEqual([Math.log(1 + 6 / 2) + Math.log(1 + 6 / 3), Math.log(1 + 6 / 3), 0, 0]);
  });

  it("never points at the article itself nor outside the entries", () => {
    bulletin.entries.forEach((entry, i) => {
      for (const other of entry.related) {
        expect(other).not.toBe(i);
        expect(bulletin.entries[other]).toBeDefined();
      }
    });
  });

  it("stops at relatedCount", () => {
    const small = buildBulletin(articles, emptyTopicData, resolveSiteConfig({ relatedCount: 1 }), buildTime, "production");
    expect(small.bulletin.entries.map((entry) => entry.related.map((other) => small.bulletin.entries[other]?.article.slug))).toEqual([
      ["peninsula"],
      ["budget"],
      ["summit"],
      ["trade"],
      [],
      ["summit"],
    ]);
  });
});

describe("buildBulletin: topic data", () => {
  it("aliases lead to the declared topic and its name", () => {
    const data: TopicData = {
      file: "content/_data/topics.yaml",
      topics: [{ name: "Republic of Korea", description: "South Korea.", aliases: ["RoK"], line: 1 }],
    };
    const { bulletin, issues } = build([article("visit", "2024-05-09T10:00:00", { tags: ["RoK"] })], "production", data);
    expect(issues).toEqual([]);
    expect(bulletin.entries.map((entry) => entry.topics)).toEqual([["republic-of-korea"]]);
    expect(bulletin.topics.get("republic-of-korea")?.topic).toEqual({
      slug: "republic-of-korea",
      name: "Republic of Korea",
      description: "South Korea.",
    });
  });
});

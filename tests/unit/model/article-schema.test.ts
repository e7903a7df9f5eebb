import { describe, expect, it } from "vitest";
import { resolveSiteConfig } from "../../../src/config";
import { compareIssues, type Issue } from "../../../src/diagnostics/issue";
import { maxSummaryLength, maxTagLength, maxTitleLength, validateArticle, type ArticleContext } from "../../../src/model/article-schema";
import { parseArticleFile } from "../../../src/source/load-bulletin";

const file = "content/articles/2020/08/asean-rok.md";
const config = resolveSiteConfig({ languages: ["en", "vi"], timeZone: "Asia/Ho_Chi_Minh" });
const images = new Set(["content/articles/2020/08/beside.jpg", "content/images/shared.jpg"]);
const ctx: ArticleContext = { config, imageExists: (path) => images.has(path) };

/** A file with `lines` as front matter (so the first field is on line 2). */
function article(...lines: string[]): string {
  return ["---", ...lines, "---", "Body text.", ""].join("\n");
}

const title = "title: ASEAN and RoK leaders meet";
const date = "date: 2020-08-26";
const summary = "summary: Leaders met online.";
const tags = ["tags:", "  - ASEAN", "  - Republic of Korea"];

function error(line: number, column: number, field: string, code: Issue["code"], message: string): Issue {
  return { file, line, column, field, code, severity: "error", message };
}

function issuesOf(text: string): Issue[] {
  return parseArticleFile(file, text, ctx).issues.sort(compareIssues);
}

const dateExample = "a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00";

describe("validateArticle: each mistake is one exact issue", () => {
  const cases: { name: string; text: string; issues: Issue[] }[] = [
    {
      name: "every required field missing",
      text: article("author: Lan Anh"),
      issues: [
        error(1, 1, "date", "required", "`date` is required: add the publication date, e.g. 2020-08-26"),
        error(1, 1, "summary", "required", "`summary` is required: add one or two sentences summing up the article"),
        error(1, 1, "tags", "required", "`tags` is required: list 1 to 12 topics"),
        error(1, 1, "title", "required", "`title` is required: add the headline"),
      ],
    },
    {
      name: "a number as the title",
      text: article("title: 2021", date, summary, ...tags),
      issues: [error(2, 1, "title", "type", 'expected text, got the number 2021; put it in quotes: "2021"')],
    },
    {
      name: "an empty summary",
      text: article(title, date, 'summary: "  "', ...tags),
      issues: [error(4, 1, "summary", "empty", "`summary` is empty: add one or two sentences summing up the article")],
    },
    {
      name: "a title with no value",
      text: article("title:", date, summary, ...tags),
      issues: [error(2, 1, "title", "empty", "`title` is empty: add the headline")],
    },
    {
      name: "an impossible calendar date",
      text: article(title, "date: 2023-02-30", summary, ...tags),
      issues: [error(3, 1, "date", "date-invalid", '"2023-02-30" is not a real calendar date and time')],
    },
    {
      name: "a date in the wrong format",
      text: article(title, "date: 26/08/2020", summary, ...tags),
      issues: [error(3, 1, "date", "date-format", `expected ${dateExample}, got "26/08/2020"`)],
    },
    {
      name: "a date that is a number",
      text: article(title, "date: 2020", summary, ...tags),
      issues: [error(3, 1, "date", "type", `expected ${dateExample}, got the number 2020`)],
    },
    {
      name: "tags as one text",
      text: article(title, date, summary, "tags: ASEAN, RoK"),
      issues: [error(5, 1, "tags", "type", 'expected a list of topics, got "ASEAN, RoK"')],
    },
    {
      name: "an empty tag list",
      text: article(title, date, summary, "tags: []"),
      issues: [error(5, 1, "tags", "tags-count", "`tags` is empty: list 1 to 12 topics")],
    },
    {
      name: "tags with no items",
      text: article(title, date, summary, "tags:"),
      issues: [error(5, 1, "tags", "tags-count", "`tags` is empty: list 1 to 12 topics")],
    },
    {
      name: "13 tags",
      text: article(title, date, summary, "tags:", ...Array.from({ length: 13 }, (_, index) => `  - Topic ${index + 1}`)),
      issues: [error(5, 1, "tags", "tags-count", "13 topics listed; keep at most 12")],
    },
    {
      name: "a number as the third tag",
      text: article(title, date, summary, ...tags, "  - 2021"),
      issues: [error(8, 5, "tags[2]", "type", 'expected text, got the number 2021; put it in quotes: "2021"')],
    },
    {
      name: "a blank tag in a flow list",
      text: article(title, date, summary, 'tags: [ASEAN, "", RoK]'),
      issues: [error(5, 15, "tags[1]", "empty", "`tags[1]` is empty: write a topic or remove the empty item")],
    },
    {
      name: "a draft flag written as yes",
      text: article(title, date, summary, ...tags, "draft: yes"),
      issues: [error(8, 1, "draft", "type", 'expected true or false, got "yes"')],
    },
    {
      name: "a typo with a close known field",
      text: article(title, date, summary, ...tags, "autor: Lan Anh"),
      issues: [error(8, 1, "autor", "unknown-field", "`autor` is not a known field; did you mean `author`?")],
    },
    {
      name: "`tag:` for `tags:`",
      text: article(title, date, summary, "tag:", "  - ASEAN"),
      issues: [
        error(1, 1, "tags", "required", "`tags` is required: list 1 to 12 topics"),
        error(5, 1, "tag", "unknown-field", "`tag` is not a known field; did you mean `tags`?"),
      ],
    },
    {
      name: "`titel:` for `title:`",
      text: article("titel: ASEAN", date, summary, ...tags),
      issues: [
        error(1, 1, "title", "required", "`title` is required: add the headline"),
        error(2, 1, "titel", "unknown-field", "`titel` is not a known field; did you mean `title`?"),
      ],
    },
    {
      name: "an unknown field with no close match",
      text: article(title, date, summary, ...tags, "priority: high"),
      issues: [error(8, 1, "priority", "unknown-field", "`priority` is not a known field; remove it or correct its name")],
    },
    {
      name: "a slug with capitals and spaces",
      text: article(title, date, summary, ...tags, "slug: ASEAN Summit"),
      issues: [
        error(8, 1, "slug", "slug-format", '"ASEAN Summit" is not a valid slug; use lower-case letters a-z, digits and single hyphens, e.g. asean-summit'),
      ],
    },
    {
      name: "an image without alt",
      text: article(title, date, summary, ...tags, "image:", "  src: shared.jpg", "  caption: Leaders"),
      issues: [error(9, 3, "image.alt", "image-alt", "`image.alt` is required: describe the image for readers who cannot see it")],
    },
    {
      name: "an image with an empty alt",
      text: article(title, date, summary, ...tags, "image:", "  src: shared.jpg", '  alt: ""'),
      issues: [error(10, 3, "image.alt", "image-alt", "`image.alt` is empty: describe the image for readers who cannot see it")],
    },
    {
      name: "a missing image file",
      text: article(title, date, summary, ...tags, "image:", "  alt: Leaders", "  src: nowhere.jpg"),
      issues: [error(10, 3, "image.src", "image-missing", 'image file "nowhere.jpg" was not found beside the article or in content/images/')],
    },
    {
      name: "an image path leaving the content folder",
      text: article(title, date, summary, ...tags, "image: {src: ../../../../package.json, alt: x}"),
      issues: [error(8, 9, "image.src", "image-missing", 'image file "../../../../package.json" was not found beside the article or in content/images/')],
    },
    {
      name: "an unknown image field",
      text: article(title, date, summary, ...tags, "image: {src: shared.jpg, alt: x, credits: AP}"),
      issues: [error(8, 34, "image.credits", "unknown-field", "`credits` is not a known field in `image`; did you mean `credit`?")],
    },
    {
      name: "a source address that is not a web address",
      text: article(title, date, summary, ...tags, "source:", "  name: NDO", "  url: ftp://nhandan.vn"),
      issues: [error(10, 3, "source.url", "url-format", '"ftp://nhandan.vn" is not a web address; write a full address starting with https://')],
    },
    {
      name: "a source that is a number",
      text: article(title, date, summary, ...tags, "source: 12"),
      issues: [error(8, 1, "source", "type", "expected a name, or `name` and `url` indented below `source:`, got the number 12")],
    },
    {
      name: "a language the bulletin does not publish",
      text: article(title, date, summary, ...tags, "lang: fr"),
      issues: [error(8, 1, "lang", "lang-unknown", '"fr" is not a language of this bulletin; use one of: en, vi')],
    },
    {
      name: "a correction without text and a bad date",
      text: article(title, date, summary, ...tags, "corrections:", "  - date: 2020-08-32", "    txt: Fixed a name."),
      issues: [
        error(9, 5, "corrections[0].date", "date-invalid", '"2020-08-32" is not a real calendar date and time'),
        error(9, 5, "corrections[0].text", "required", "`corrections[0].text` is required: say what was corrected"),
        error(10, 5, "corrections[0].txt", "unknown-field", "`txt` is not a known field in `corrections[0]`; did you mean `text`?"),
      ],
    },
    {
      name: "corrections as one text",
      text: article(title, date, summary, ...tags, "corrections: none"),
      issues: [error(8, 1, "corrections", "type", 'expected a list of corrections, each with `date` and `text`, got "none"')],
    },
    {
      name: "many problems in one file",
      text: article('title: ""', "date: 2020-13-01", summary, "tags:", "  - ASEAN", "  - true", "draft: 1", "tag: x"),
      issues: [
        error(2, 1, "title", "empty", "`title` is empty: add the headline"),
        error(3, 1, "date", "date-invalid", '"2020-13-01" is not a real calendar date and time'),
        error(7, 5, "tags[1]", "type", 'expected text, got true; put it in quotes: "true"'),
        error(8, 1, "draft", "type", "expected true or false, got the number 1"),
        error(9, 1, "tag", "unknown-field", "`tag` is not a known field; did you mean `tags`?"),
      ],
    },
    {
      name: "a title over the length limit",
      text: article(`title: ${"Đ".repeat(maxTitleLength + 1)}`, date, summary, ...tags),
      issues: [error(2, 1, "title", "too-long", "the title is 301 characters long; keep it to at most 300")],
    },
    {
      name: "a summary over the length limit",
      text: article(title, date, `summary: ${"Leaders met. ".repeat(50)}x`, ...tags),
      issues: [error(4, 1, "summary", "too-long", "the summary is 651 characters long; keep it to one or two sentences, at most 600")],
    },
    {
      name: "a tag over the length limit",
      text: article(title, date, summary, ...tags, `  - ${"𝐀".repeat(maxTagLength + 1)}`),
      issues: [error(8, 5, "tags[2]", "too-long", "this topic is 101 characters long; keep it to at most 100")],
    },
    {
      name: "tags with no letters or digits",
      text: article(title, date, summary, "tags:", '  - "---"', "  - ASEAN", '  - "!!!"', "  - …"),
      issues: [
        error(6, 5, "tags[0]", "topic-empty", '"---" has no letters or digits, so it cannot name a topic; write the topic in words'),
        error(8, 5, "tags[2]", "topic-empty", '"!!!" has no letters or digits, so it cannot name a topic; write the topic in words'),
        error(9, 5, "tags[3]", "topic-empty", '"…" has no letters or digits, so it cannot name a topic; write the topic in words'),
      ],
    },
    {
      name: "a permalink pointing outside the site",
      text: article(title, date, summary, ...tags, "permalink: ../../etc/passwd"),
      issues: [error(8, 1, "permalink", "unknown-field", "`permalink` is not a known field; remove it or correct its name")],
    },
    {
      name: "Eleventy's own fields",
      text: article(title, date, summary, ...tags, "layout: evil.njk", "eleventyComputed:", "  permalink: /x/", "eleventyExcludeFromCollections: true"),
      issues: [
        error(8, 1, "layout", "unknown-field", "`layout` is not a known field; remove it or correct its name"),
        error(9, 1, "eleventyComputed", "unknown-field", "`eleventyComputed` is not a known field; remove it or correct its name"),
        error(11, 1, "eleventyExcludeFromCollections", "unknown-field", "`eleventyExcludeFromCollections` is not a known field; remove it or correct its name"),
      ],
    },
  ];
  it.each(cases)("$name", ({ text, issues }) => {
    expect(issuesOf(text)).toEqual(issues);
    expect(parseArticleFile(file, text, ctx).article).toBeUndefined();
  });
});

describe("validateArticle: limits and tags that still pass", () => {
  it.each([
    { name: "a title of exactly the limit", lines: [`title: ${"a".repeat(maxTitleLength)}`, date, summary, ...tags] },
    { name: "a summary of exactly the limit", lines: [title, date, `summary: ${"😀".repeat(maxSummaryLength)}`, ...tags] },
    { name: "a tag of exactly the limit", lines: [title, date, summary, "tags:", `  - ${"b".repeat(maxTagLength)}`] },
    { name: "a tag in Hangul, which has letters", lines: [title, date, summary, "tags:", "  - 대한민국"] },
    { name: "a tag of digits", lines: [title, date, summary, "tags:", '  - "2030"'] },
    { name: "an ampersand, which folds to a word", lines: [title, date, summary, "tags:", '  - "&"'] },
  ])("$name", ({ lines }) => {
    const result = parseArticleFile(file, article(...lines), ctx);
    expect(result.issues).toEqual([]);
    expect(result.article).toBeDefined();
  });
});

describe("validateArticle: a valid article", () => {
  it("builds the exact Article from every field", () => {
    const text = article(
      title,
      "date: 2020-08-26",
      summary,
      ...tags,
      "section: Politics",
      "image:",
      "  src: beside.jpg",
      "  alt: Leaders on screen",
      "  caption: The summit",
      "  credit: VNA",
      "source: { name: NDO, url: 'https://en.nhandan.vn/' }",
      "author: Lan Anh",
      "location: Hanoi",
      "updated: 2020-08-27T09:30:00+07:00",
      "corrections:",
      "  - date: 2020-08-28",
      "    text: A name was misspelt.",
      "draft: false",
      "slug: asean-rok",
      "lang: vi",
      "translationKey: asean-rok-2020",
    );
    const { article: result, issues } = parseArticleFile(file, text, ctx);
    expect(issues).toEqual([]);
    if (!result) throw new Error("expected an article");
    const { date: published, updated, corrections, ...rest } = result;
    expect(published.toISO()).toBe("2020-08-26T00:00:00.000+07:00");
    expect(updated?.toISO()).toBe("2020-08-27T09:30:00.000+07:00");
    expect(corrections.map((correction) => [correction.date.toISO(), correction.text])).toEqual([
      ["2020-08-28T00:00:00.000+07:00", "A name was misspelt."],
    ]);
    expect(rest).toEqual({
      file,
      title: "ASEAN and RoK leaders meet",
      summary: "Leaders met online.",
      tags: ["ASEAN", "Republic of Korea"],
      tagLines: [6, 7],
      tagColumns: [5, 5],
      section: "Politics",
      image: { file: "content/articles/2020/08/beside.jpg", alt: "Leaders on screen", caption: "The summit", credit: "VNA" },
      source: { name: "NDO", url: "https://en.nhandan.vn/" },
      author: "Lan Anh",
      location: "Hanoi",
      draft: false,
      slug: "asean-rok",
      lang: "vi",
      translationKey: "asean-rok-2020",
      body: "Body text.\n",
    });
  });

  it("fills defaults and derives the slug from the title", () => {
    const { article: result, issues } = parseArticleFile(file, article(title, date, summary, ...tags, "author:", "source: NDO"), ctx);
    expect(issues).toEqual([]);
    expect(result && { ...result, date: result.date.toISO() }).toEqual({
      file,
      title: "ASEAN and RoK leaders meet",
      date: "2020-08-26T00:00:00.000+07:00",
      summary: "Leaders met online.",
      tags: ["ASEAN", "Republic of Korea"],
      tagLines: [6, 7],
      tagColumns: [5, 5],
      section: "World",
      source: { name: "NDO" },
      corrections: [],
      draft: false,
      slug: "asean-and-rok-leaders-meet",
      lang: "en",
      body: "Body text.\n",
    });
  });

  it("finds a shared image under content/images/", () => {
    const text = article(title, date, summary, ...tags, "image: {src: shared.jpg, alt: Leaders}");
    expect(parseArticleFile(file, text, ctx).article?.image).toEqual({ file: "content/images/shared.jpg", alt: "Leaders" });
  });

  it("falls back to a hash slug with a warning when the title has no Latin letters", () => {
    const { article: result, issues } = parseArticleFile(file, article("title: 대한민국", date, summary, ...tags), ctx);
    expect(result?.slug).toBe("u-l8llpa");
    expect(issues).toEqual([
      {
        file,
        line: 2,
        column: 1,
        field: "slug",
        code: "slug-format",
        severity: "warning",
        message: "the title has no Latin letters or digits, so the address uses `u-l8llpa`; add a `slug` such as asean-summit",
      },
    ]);
  });

  it("accepts a BOM and CRLF line endings with the right lines", () => {
    const text = `\uFEFF${article(title, date, summary, ...tags, "tag: x")}`.replaceAll("\n", "\r\n");
    expect(issuesOf(text)).toEqual([error(8, 1, "tag", "unknown-field", "`tag` is not a known field; did you mean `tags`?")]);
    const valid = `\uFEFF${article(title, date, summary, ...tags)}`.replaceAll("\n", "\r\n");
    const result = parseArticleFile(file, valid, ctx).article;
    expect([result?.tagLines, result?.tagColumns, result?.body]).toEqual([[6, 7], [5, 5], "Body text.\n"]);
  });
});

describe("validateArticle without YAML", () => {
  it("reports a front matter that is not a mapping at the top of the file", () => {
    const positions = { of: () => ({ line: 1, column: 1 }) };
    expect(validateArticle(file, ["a"], positions, "", ctx)).toEqual({
      issues: [error(1, 1, "-", "yaml-not-mapping", "the front matter must be a list of `field: value` lines")],
    });
  });
});

/**
 * The front-matter contract (SPEC "Content model"): raw front matter in, an `Article` or
 * positioned issues out. Every problem in the file is reported together, each at its key
 * or list item, in editor wording; the article is returned only when there is no error.
 */
import { posix } from "node:path";
import type { DateTime } from "luxon";
import { z } from "zod";
import type { SiteConfig } from "../config";
import type { Issue } from "../diagnostics/issue";
import { hashSlug, slugPattern, toSlug } from "../slug";
import type { FieldPath, FieldPositions } from "../source/parse-yaml";
import { parseDate } from "../time/parse-date";
import { summaryPlaceholder, type Article, type ArticleImage, type ArticleSource } from "./article";
import { describeValue, issueAt, schemaIssues, type FieldWording, type IssueTarget } from "./field-issues";

/** What validation needs to know beyond the file itself. */
export interface ArticleContext {
  readonly config: SiteConfig;
  /** True when the project-relative file (e.g. `content/images/a.jpg`) exists. */
  imageExists(projectRelativePath: string): boolean;
}

/** The validated article, if any, and every issue in its file. */
export interface ArticleResult {
  /** Present when the file has no error (warnings allowed). */
  readonly article?: Article;
  readonly issues: Issue[];
}

/** Most topics an article may carry (SPEC: 1–12). */
export const maxTags = 12;

/**
 * Longest title, in characters (Unicode code points): a headline, never a paragraph.
 * @default 300
 */
export const maxTitleLength = 300;

/**
 * Longest summary, in characters: one or two sentences.
 * @default 600
 */
export const maxSummaryLength = 600;

/**
 * Longest tag, in characters: a topic name.
 * @default 100
 */
export const maxTagLength = 100;

/** Folder, relative to the project, where shared images live. */
export const imagesFolder = "content/images";

const dateExample = "a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00";

function isNonBlank(value: string): boolean {
  return value.trim() !== "";
}

function isWebAddress(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

/** A text field that must pass `test`, raising `code` with `message` otherwise. */
function ruledText(code: string, test: (value: string) => boolean, message: (value: string) => string) {
  return z.string().superRefine((value, ctx) => {
    if (!test(value)) ctx.addIssue({ code: "custom", message: message(value), params: { code }, input: value });
  });
}

const text = ruledText("empty", isNonBlank, () => "");

function dateField(zone: string) {
  return z.string().transform((value, ctx): DateTime => {
    const parsed = parseDate(value, zone);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.message, params: { code: parsed.code }, input: value });
    return z.NEVER;
  });
}

const imageShape = { src: text, alt: text, caption: text.nullish(), credit: text.nullish() };

const sourceShape = {
  name: text,
  url: ruledText("url-format", isWebAddress, (value) => `"${value}" is not a web address; write a full address starting with https://`).nullish(),
};

function buildSchema(config: SiteConfig) {
  const date = dateField(config.timeZone);
  const correctionShape = { date, text };
  const shape = {
    title: text,
    date,
    summary: text,
    tags: z.array(text),
    section: text.nullish(),
    image: z.strictObject(imageShape).nullish(),
    // `source: NDO` is shorthand for `source: { name: NDO }`.
    source: z.preprocess((value) => (typeof value === "string" ? { name: value } : value), z.strictObject(sourceShape)).nullish(),
    author: text.nullish(),
    location: text.nullish(),
    updated: date.nullish(),
    corrections: z.array(z.strictObject(correctionShape)).nullish(),
    draft: z.boolean().nullish(),
    slug: ruledText("slug-format", (value) => slugPattern.test(value), (value) =>
      `"${value}" is not a valid slug; use lower-case letters a-z, digits and single hyphens, e.g. asean-summit`,
    ).nullish(),
    lang: ruledText("lang-unknown", (value) => config.languages.includes(value), (value) =>
      `"${value}" is not a language of this bulletin; use one of: ${config.languages.join(", ")}`,
    ).nullish(),
    translationKey: text.nullish(),
  };
  const wording: FieldWording = {
    expected: {
      title: "text",
      date: dateExample,
      summary: "text",
      tags: "a list of topics",
      "tags[]": "text",
      section: "text",
      image: "an image with `src` and `alt` indented below `image:`",
      "image.src": "text",
      "image.alt": "text",
      "image.caption": "text",
      "image.credit": "text",
      source: "a name, or `name` and `url` indented below `source:`",
      "source.name": "text",
      "source.url": "a web address",
      author: "text",
      location: "text",
      updated: dateExample,
      corrections: "a list of corrections, each with `date` and `text`",
      "corrections[]": "a correction with `date` and `text`",
      "corrections[].date": dateExample,
      "corrections[].text": "text",
      draft: "true or false",
      slug: "text",
      lang: "a language code such as en",
      translationKey: "text",
    },
    hints: {
      title: "add the headline",
      date: "add the publication date, e.g. 2020-08-26",
      summary: "add one or two sentences summing up the article",
      tags: "list 1 to 12 topics",
      "tags[]": "write a topic or remove the empty item",
      image: "add `src` and `alt`, or remove `image`",
      "image.src": "add the image file name",
      "image.alt": "describe the image for readers who cannot see it",
      source: "name the outlet, or remove `source`",
      "source.name": "name the outlet",
      corrections: "list the corrections, or remove `corrections`",
      "corrections[]": "add `date` and `text`, or remove the item",
      "corrections[].date": "add the date of the correction",
      "corrections[].text": "say what was corrected",
    },
    known: {
      "": Object.keys(shape),
      image: Object.keys(imageShape),
      source: Object.keys(sourceShape),
      "corrections[]": Object.keys(correctionShape),
    },
    missingCodes: { "image.alt": "image-alt" },
    emptyCodes: { "image.alt": "image-alt", tags: "tags-count" },
  };
  return { schema: z.strictObject(shape), wording };
}

type ArticleSchema = ReturnType<typeof buildSchema>;

const schemas = new WeakMap<SiteConfig, ArticleSchema>();

function schemaFor(config: SiteConfig): ArticleSchema {
  let built = schemas.get(config);
  if (!built) {
    built = buildSchema(config);
    schemas.set(config, built);
  }
  return built;
}

/**
 * Validates the front matter of `file` (project-relative) and builds its `Article`.
 * `positions` places each issue; `body` is the Markdown after the front matter.
 */
export function validateArticle(
  file: string,
  frontMatter: unknown,
  positions: FieldPositions,
  body: string,
  ctx: ArticleContext,
): ArticleResult {
  const { schema, wording } = schemaFor(ctx.config);
  const target: IssueTarget = { file, positions, wording };
  if (!isRecord(frontMatter)) {
    return { issues: [issueAt(target, [], "yaml-not-mapping", "the front matter must be a list of `field: value` lines")] };
  }

  const parsed = schema.safeParse(frontMatter, { reportInput: true });
  const issues = parsed.success ? [] : schemaIssues(target, frontMatter, parsed.error.issues);

  const { tags, image, slug, title } = frontMatter;
  if (Array.isArray(tags) && (tags.length === 0 || tags.length > maxTags)) {
    const message = tags.length === 0
      ? "`tags` is empty: list 1 to 12 topics"
      : `${tags.length} topics listed; keep at most ${maxTags}`;
    issues.push(issueAt(target, ["tags"], "tags-count", message));
  }

  issues.push(...lengthIssues(target, frontMatter), ...emptyTopicIssues(target, tags));

  if (frontMatter["summary"] === summaryPlaceholder && frontMatter["draft"] !== true) {
    const message = "the summary is still the placeholder from `new`; write one or two sentences before publishing";
    issues.push(issueAt(target, ["summary"], "summary-placeholder", message));
  }

  let imageFile: string | undefined;
  if (isRecord(image) && typeof image["src"] === "string" && isNonBlank(image["src"])) {
    imageFile = findImage(file, image["src"], ctx);
    if (imageFile === undefined) {
      const message = `image file "${image["src"]}" was not found beside the article or in ${imagesFolder}/`;
      issues.push(issueAt(target, ["image", "src"], "image-missing", message));
    }
  }

  let derivedSlug: string | undefined;
  if ((slug === undefined || slug === null) && typeof title === "string" && isNonBlank(title)) {
    derivedSlug = toSlug(title);
    if (derivedSlug === "") {
      derivedSlug = hashSlug(title);
      const message = `the title has no Latin letters or digits, so the address uses \`${derivedSlug}\`; add a \`slug\` such as asean-summit`;
      issues.push({ ...issueAt(target, ["title"], "slug-format", message, "warning"), field: "slug" });
    }
  }

  if (!parsed.success || issues.some((issue) => issue.severity === "error")) return { issues };
  const data = parsed.data;
  const article: Article = {
    file,
    title: data.title,
    date: data.date,
    summary: data.summary,
    tags: data.tags,
    tagLines: data.tags.map((_, index) => positions.of(["tags", index]).line),
    tagColumns: data.tags.map((_, index) => positions.of(["tags", index]).column),
    section: data.section ?? ctx.config.defaultSection,
    ...(data.image && imageFile !== undefined ? { image: toImage(imageFile, data.image) } : {}),
    ...(data.source ? { source: toSource(data.source) } : {}),
    ...(data.author ? { author: data.author } : {}),
    ...(data.location ? { location: data.location } : {}),
    ...(data.updated ? { updated: data.updated } : {}),
    corrections: (data.corrections ?? []).map((correction) => ({ date: correction.date, text: correction.text })),
    draft: data.draft ?? false,
    slug: data.slug ?? derivedSlug ?? hashSlug(data.title),
    lang: data.lang ?? ctx.config.lang,
    ...(data.translationKey ? { translationKey: data.translationKey } : {}),
    body,
  };
  return { article, issues };
}

/** A `too-long` issue for each of title, summary and tags longer than its limit. */
function lengthIssues(target: IssueTarget, frontMatter: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const check = (path: FieldPath, value: unknown, limit: number, what: string, advice: string): void => {
    if (typeof value !== "string" || value.length <= limit) return;
    const length = countCharacters(value);
    if (length > limit) issues.push(issueAt(target, path, "too-long", `${what} is ${length} characters long; ${advice} at most ${limit}`));
  };
  check(["title"], frontMatter["title"], maxTitleLength, "the title", "keep it to");
  check(["summary"], frontMatter["summary"], maxSummaryLength, "the summary", "keep it to one or two sentences,");
  const { tags } = frontMatter;
  if (Array.isArray(tags)) {
    tags.forEach((tag: unknown, index) => check(["tags", index], tag, maxTagLength, "this topic", "keep it to"));
  }
  return issues;
}

/**
 * A `topic-empty` issue for each tag with no letter or digit at all (`---`, `!!!`): it
 * folds to no slug and names nothing. Tags in other scripts (`대한민국`) have letters and
 * get a hashed slug instead.
 */
function emptyTopicIssues(target: IssueTarget, tags: unknown): Issue[] {
  if (!Array.isArray(tags)) return [];
  const issues: Issue[] = [];
  tags.forEach((tag: unknown, index) => {
    // `&` has no letter but folds to `and`: fold only what has no letter or digit.
    if (typeof tag !== "string" || !isNonBlank(tag) || /[\p{L}\p{N}]/u.test(tag) || toSlug(tag) !== "") return;
    const message = `${describeValue(tag)} has no letters or digits, so it cannot name a topic; write the topic in words`;
    issues.push(issueAt(target, ["tags", index], "topic-empty", message));
  });
  return issues;
}

/** Unicode code points, so a character outside the BMP (an emoji) counts once. */
function countCharacters(value: string): number {
  return value.length - (value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

/**
 * Where an image named in front matter lives: beside the article first, then under
 * `content/images/`. Undefined when neither exists or the path leaves `content/`.
 */
export function findImage(file: string, src: string, ctx: Pick<ArticleContext, "imageExists">): string | undefined {
  const candidates = [posix.join(posix.dirname(file), src), posix.join(imagesFolder, src)];
  return candidates.find((candidate) => candidate.startsWith("content/") && ctx.imageExists(candidate));
}

function toImage(file: string, image: { alt: string; caption?: string | null | undefined; credit?: string | null | undefined }): ArticleImage {
  return {
    file,
    alt: image.alt,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { credit: image.credit } : {}),
  };
}

function toSource(source: { name: string; url?: string | null | undefined }): ArticleSource {
  return { name: source.name, ...(source.url ? { url: source.url } : {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads the bulletin from disk, the only module here that reads files: what `listContent`
 * accepts under `content/` (articles in path order, images, `content/_data/topics.yaml`),
 * validated into articles, topic data and every issue found, refused files included.
 * Files are read one after another, synchronously, never through a link.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { join } from "node:path";
import type { SiteConfig } from "../config";
import { compareIssues, type Issue } from "../diagnostics/issue";
import { findUnsafeLinks } from "../markdown/find-unsafe-links";
import { findDeepNesting, maxMarkdownNesting } from "../markdown/render-markdown";
import type { Article, ArticleMeta } from "../model/article";
import { validateArticle, type ArticleContext, type ArticleResult } from "../model/article-schema";
import { findBodyImages } from "../model/find-body-images";
import { emptyTopicData, type TopicData } from "../model/topic-data";
import { ownCopy, ownStrings } from "../own-strings";
import { utf8Bytes } from "../utf8";
import { validateTopicData, type TopicDataResult } from "../model/topic-data-schema";
import { decodeText, findControlCharacters, maxArticleBytes, sizeIssue } from "./decode-text";
import { findPathCollisions } from "./find-path-collisions";
import { linkIssue, listContent } from "./list-content";
import { parseYaml } from "./parse-yaml";
import { normaliseText, splitFrontMatter } from "./split-front-matter";

/** Everything read from disk, validated: what the model is built from. */
export interface LoadedBulletin<A extends ArticleMeta = Article> {
  /** Valid articles, in path order. */
  readonly articles: A[];
  readonly topicData: TopicData;
  /** Every issue in every file, sorted. */
  readonly issues: Issue[];
  /** Markdown files read. */
  readonly files: number;
}

/**
 * A bulletin loaded for a build that makes its pages on demand: articles without their
 * body text, each body kept as UTF-8 bytes instead.
 */
export interface CompactBulletin extends LoadedBulletin<ArticleMeta> {
  /** The Markdown body of each article, by its file, as UTF-8 (read with `utf8Text`). */
  readonly bodies: ReadonlyMap<string, Uint8Array>;
}

/** Folder of articles, relative to the project. */
export const articlesFolder = "content/articles";

/** The topic data file, relative to the project. */
export const topicDataFile = emptyTopicData.file;

/** Splits, parses and validates one article file's text; pure, so tests need no disk. */
export function parseArticleFile(file: string, text: string, ctx: ArticleContext): ArticleResult {
  const controls = findControlCharacters(file, normaliseText(text));
  const result = parseArticleText(file, text, ctx);
  if (controls.length === 0) return result;
  return { issues: [...controls, ...result.issues] };
}

function parseArticleText(file: string, text: string, ctx: ArticleContext): ArticleResult {
  const split = splitFrontMatter(file, text);
  if (!split.ok) return { issues: [split.issue] };
  const yaml = parseYaml(file, split.yaml, split.yamlLine);
  if (!yaml.ok) return { issues: [...yaml.issues] };
  const result = validateArticle(file, yaml.value, yaml.positions, split.body, ctx);
  const deepLine = findDeepNesting(split.body);
  const deep: Issue[] = deepLine === undefined ? [] : [{
    file,
    line: split.bodyLine + deepLine,
    column: 1,
    field: "body",
    code: "too-deep",
    severity: "error",
    message: `the text is nested more than ${maxMarkdownNesting} levels deep here (quotes, lists or emphasis inside each other); flatten it`,
  }];
  const links = findUnsafeLinks(file, split.body, split.bodyLine);
  const pictures = findBodyImages(file, split.body, split.bodyLine, ctx);
  if (yaml.issues.length === 0 && deep.length === 0 && links.length === 0 && pictures.issues.length === 0) {
    if (!result.article || pictures.images.length === 0) return result;
    return { ...result, article: { ...result.article, bodyImages: pictures.images } };
  }
  return { issues: [...yaml.issues, ...result.issues, ...deep, ...links, ...pictures.issues] };
}

/** Parses and validates the topic data file's text; pure. */
export function parseTopicDataFile(file: string, text: string): TopicDataResult {
  const source = normaliseText(text);
  const controls = findControlCharacters(file, source);
  const yaml = parseYaml(file, source, 1);
  if (!yaml.ok) return { data: { file, topics: [] }, issues: [...controls, ...yaml.issues] };
  const result = validateTopicData(file, yaml.value, yaml.positions);
  return { data: result.data, issues: [...controls, ...yaml.issues, ...result.issues] };
}

/**
 * What the dev server keeps between builds: each article file's result, with the size and
 * times of the file it came from. A file that still has them is not read again.
 */
export interface ArticleCache {
  /** The image files the kept results were checked against; other images clear the cache. */
  images?: string;
  readonly files: Map<string, { readonly stamp: string; readonly result: ArticleResult }>;
}

/** An empty {@link ArticleCache}, to pass to every {@link loadBulletin} of one dev session. */
export function createArticleCache(): ArticleCache {
  return { files: new Map() };
}

/**
 * Loads and validates the whole bulletin under `root` (the folder holding `content/`).
 * With a `cache`, only files changed since the last load with it are read and parsed.
 */
export function loadBulletin(root: string, config: SiteConfig, cache?: ArticleCache): Promise<LoadedBulletin> {
  return load(root, config, cache, (article) => article);
}

/**
 * {@link loadBulletin} for a build that makes its pages on demand: as soon as an article is
 * checked, its body is kept as UTF-8 bytes, outside the JavaScript heap, and the rest copied
 * out of the file's text, so no file's text stays in memory however large the bulletin.
 * The pages are made from exactly the bodies that were checked, without reading any file
 * again (measured on 4,000 articles: reading them again took 0.5 s; keeping them takes
 * about their size on disk, 18 MB).
 */
export async function loadBulletinCompact(root: string, config: SiteConfig): Promise<CompactBulletin> {
  const bodies = new Map<string, Uint8Array>();
  const loaded = await load(root, config, undefined, (article) => {
    const kept = withoutBody(article);
    // Keyed by the kept article's own copy of its path, so the path is in memory once.
    bodies.set(kept.file, utf8Bytes(article.body));
    return kept;
  });
  return { ...loaded, bodies };
}

/** One file's outcome: its article, kept in the shape the caller asked for, or none. */
interface Checked<A> {
  readonly article?: A;
  readonly issues: readonly Issue[];
}

async function load<A extends ArticleMeta>(
  root: string,
  config: SiteConfig,
  cache: ArticleCache | undefined,
  keep: (article: Article) => A,
): Promise<LoadedBulletin<A>> {
  const listing = await listContent(root);
  const images = new Set(listing.images);
  const ctx: ArticleContext = { config, imageExists: (path) => images.has(path) };
  if (cache) {
    // Whether an article's image exists is part of its result.
    const imageList = listing.images.join("\n");
    if (cache.images !== imageList) cache.files.clear();
    cache.images = imageList;
    const listed = new Set(listing.articles);
    for (const file of cache.files.keys()) if (!listed.has(file)) cache.files.delete(file);
  }

  const shaped = ({ article, issues }: ArticleResult): Checked<A> =>
    article ? { article: keep(article), issues } : { issues };
  // Read one file after another, synchronously: from the kernel's cache (a checkout, a
  // rebuild) that is faster than keeping many reads in flight through promises.
  const check = (file: string): Checked<A> => {
    const kept = cache?.files.get(file);
    const stamp = kept && currentStamp(root, file);
    if (kept && kept.stamp === stamp) return shaped(kept.result);
    const read = readText(root, file, kept?.stamp);
    if (read.ok === "unchanged" && kept) return shaped(kept.result);
    if (read.ok !== true) return { issues: read.ok === false ? [read.issue] : [] };
    const result = parseArticleFile(file, read.text, ctx);
    cache?.files.set(file, { stamp: read.stamp, result });
    return shaped(result);
  };
  const results = listing.articles.map(check);
  const topics = readTopicData(root, listing.data.includes(topicDataFile));
  const articles: A[] = [];
  const issues: Issue[] = [...listing.issues, ...findPathCollisions([...listing.articles, ...listing.images]), ...topics.issues];
  for (const result of results) {
    if (result.article) articles.push(result.article);
    issues.push(...result.issues);
  }
  return { articles, topicData: topics.data, issues: issues.sort(compareIssues), files: listing.articles.length };
}

function readTopicData(root: string, present: boolean): TopicDataResult {
  if (!present) return { data: emptyTopicData, issues: [] };
  const read = readText(root, topicDataFile);
  if (read.ok === false) return { data: emptyTopicData, issues: [read.issue] };
  // Read without a known stamp, so never "unchanged".
  return read.ok === true ? parseTopicDataFile(topicDataFile, read.text) : { data: emptyTopicData, issues: [] };
}

// Refuses to open a link even if one replaced the file after it was listed (not on Windows,
// which has no such flag; the listing has refused links there already).
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

type ReadResult =
  | { readonly ok: true; readonly text: string; readonly stamp: string }
  | { readonly ok: false; readonly issue: Issue }
  | { readonly ok: "unchanged" };

/**
 * Reads a listed file as text: refused unread when too large, then decoded as UTF-8. When
 * the file still has the size and times of `knownStamp`, it is left unread ("unchanged").
 */
function readText(root: string, file: string, knownStamp?: string): ReadResult {
  let descriptor: number;
  try {
    descriptor = openSync(join(root, file), openFlags);
  } catch (error) {
    if (isLink(error)) return { ok: false, issue: linkIssue(file) };
    throw error;
  }
  try {
    const stats = fstatSync(descriptor);
    const stamp = stampOf(stats);
    if (stamp === knownStamp) return { ok: "unchanged" };
    const tooLarge = sizeIssue(file, stats.size, maxArticleBytes);
    if (tooLarge) return { ok: false, issue: tooLarge };
    const decoded = decodeText(file, readFileSync(descriptor), maxArticleBytes);
    return decoded.ok ? { ...decoded, stamp } : decoded;
  } finally {
    closeSync(descriptor);
  }
}

/** What identifies one version of a file without reading it: size, times and inode. */
function stampOf(stats: Stats): string {
  // One flat string: a build keeps a stamp per article, and the joined pieces would each
  // stay an object of their own.
  return ownCopy(`${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`);
}

/**
 * The stamp of the file at `file` now, without following a link (a link has a stamp of its
 * own, so it never passes for the file that was read). Synchronous on purpose: the dev
 * server asks this for every file on every build, and 4,000 synchronous calls, answered
 * from the kernel's cache, take a fifth of the time the same calls take through promises.
 */
function currentStamp(root: string, file: string): string | undefined {
  const stats = lstatSync(join(root, file), { throwIfNoEntry: false });
  return stats ? stampOf(stats) : undefined;
}

/** `article` without its body, its text copied out of the file's (see `ownStrings`). */
function withoutBody(article: Article): ArticleMeta {
  const { body: _body, ...meta } = article;
  return ownStrings(meta);
}

function isLink(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "ELOOP";
}

/**
 * Reads the bulletin from disk, the only module here that touches the file system: every
 * `.md` file below `content/articles/` in path order and `content/_data/topics.yaml`, validated into
 * articles, topic data and every issue found. Files are read in parallel, a bounded number at a time.
 */
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { SiteConfig } from "../config";
import { compareIssues, type Issue } from "../diagnostics/issue";
import type { Article } from "../model/article";
import { imagesFolder, validateArticle, type ArticleContext, type ArticleResult } from "../model/article-schema";
import { emptyTopicData, type TopicData } from "../model/topic-data";
import { validateTopicData, type TopicDataResult } from "../model/topic-data-schema";
import { parseYaml } from "./parse-yaml";
import { normaliseText, splitFrontMatter } from "./split-front-matter";

/** Everything read from disk, validated: what the model is built from. */
export interface LoadedBulletin {
  /** Valid articles, in path order. */
  readonly articles: Article[];
  readonly topicData: TopicData;
  /** Every issue in every file, sorted. */
  readonly issues: Issue[];
  /** Markdown files read. */
  readonly files: number;
}

/** Folder of articles, relative to the project. */
export const articlesFolder = "content/articles";

/** The topic data file, relative to the project. */
export const topicDataFile = emptyTopicData.file;

/** Files read at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const concurrency = 64;

/** Splits, parses and validates one article file; pure, so tests need no disk. */
export function parseArticleFile(file: string, text: string, ctx: ArticleContext): ArticleResult {
  const split = splitFrontMatter(file, text);
  if (!split.ok) return { issues: [split.issue] };
  const yaml = parseYaml(file, split.yaml, split.yamlLine);
  if (!yaml.ok) return { issues: [...yaml.issues] };
  const result = validateArticle(file, yaml.value, yaml.positions, split.body, ctx);
  if (yaml.issues.length === 0) return result;
  return { issues: [...yaml.issues, ...result.issues] };
}

/** Parses and validates the topic data file's text; pure. */
export function parseTopicDataFile(file: string, text: string): TopicDataResult {
  const yaml = parseYaml(file, normaliseText(text), 1);
  if (!yaml.ok) return { data: { file, topics: [] }, issues: [...yaml.issues] };
  const result = validateTopicData(file, yaml.value, yaml.positions);
  return { data: result.data, issues: [...yaml.issues, ...result.issues] };
}

/** Loads and validates the whole bulletin under `root` (the folder holding `content/`). */
export async function loadBulletin(root: string, config: SiteConfig): Promise<LoadedBulletin> {
  const [articleFiles, imageFiles, topics] = await Promise.all([
    listFiles(root, articlesFolder),
    listFiles(root, imagesFolder),
    readTopicData(root),
  ]);
  const existing = new Set([...articleFiles, ...imageFiles]);
  const ctx: ArticleContext = { config, imageExists: (path) => existing.has(path) };
  const markdown = articleFiles.filter((file) => file.endsWith(".md")).sort();

  const results = await mapBounded(markdown, concurrency, async (file) =>
    parseArticleFile(file, await readFile(join(root, file), "utf8"), ctx),
  );
  const articles: Article[] = [];
  const issues: Issue[] = [...topics.issues];
  for (const result of results) {
    if (result.article) articles.push(result.article);
    issues.push(...result.issues);
  }
  return { articles, topicData: topics.data, issues: issues.sort(compareIssues), files: markdown.length };
}

async function readTopicData(root: string): Promise<TopicDataResult> {
  const text = await readFile(join(root, topicDataFile), "utf8").catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  return text === undefined ? { data: emptyTopicData, issues: [] } : parseTopicDataFile(topicDataFile, text);
}

/** Project-relative paths (forward slashes) of every file below `folder`, skipping dot-files. */
async function listFiles(root: string, folder: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true, recursive: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join("/");
    // Editor and OS leftovers (`.DS_Store`, `._x.md`, `.git/`) are never content.
    if (path.split("/").some((part) => part.startsWith("."))) continue;
    files.push(path);
  }
  return files;
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  // One shared iterator: each worker takes the next item as soon as it is free.
  const queue = items.entries();
  const worker = async (): Promise<void> => {
    for (const [index, item] of queue) results[index] = await task(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}

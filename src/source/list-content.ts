/**
 * Lists what editors may put under `content/`: articles (`.md` files below `content/articles/`),
 * images (below `content/articles/` and `content/images/`) and `content/_data/topics.yaml`.
 * Any other file, and any symbolic link, is an issue; links are never followed. Names
 * starting with `.` (`.DS_Store`, `.gitkeep`, `.git/`) are editor and system leftovers,
 * skipped without a word.
 */
import type { Dirent } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import { join, posix } from "node:path";
import { compareIssues, type Issue } from "../diagnostics/issue";

/** The files of `content/` that Communique reads, project-relative with `/`, each sorted. */
export interface ContentListing {
  /** Markdown articles below `content/articles/`. */
  readonly articles: string[];
  /** Images below `content/articles/` and `content/images/`. */
  readonly images: string[];
  /** Data files: `content/_data/topics.yaml` when present. */
  readonly data: string[];
  /** Files and links refused, one issue each, sorted. */
  readonly issues: Issue[];
}

/** What a file under `content/` is, from its path alone. */
export type ContentKind = "article" | "image" | "data" | "refused";

/** Image file extensions accepted, lower case (upper case is accepted too). */
export const imageExtensions: readonly string[] = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"];

/** The data files SPEC names, project-relative. */
export const dataFiles: readonly string[] = ["content/_data/topics.yaml"];

const contentFolder = "content";
const imageList = imageExtensions.join(", ");

/** Sorts a project-relative file (`content/…`) into what it is; pure. */
export function classifyContentFile(path: string): ContentKind {
  const [top, folder] = path.split("/");
  if (top !== contentFolder) return "refused";
  const extension = posix.extname(path);
  const isImage = imageExtensions.includes(extension.toLowerCase());
  if (folder === "articles") return extension === ".md" ? "article" : isImage ? "image" : "refused";
  if (folder === "images") return isImage ? "image" : "refused";
  return dataFiles.includes(path) ? "data" : "refused";
}

/** The issue for a file {@link classifyContentFile} refuses: what the folder holds instead. */
export function refusedFileIssue(path: string): Issue {
  const name = posix.basename(path);
  const folder = path.split("/")[1];
  const holds =
    folder === "articles"
      ? `content/articles/ holds only articles (.md) and their images (${imageList})`
      : folder === "images"
        ? `content/images/ holds only images (${imageList})`
        : folder === "_data"
          ? "content/_data/ holds only topics.yaml"
          : "content/ holds only articles/ (articles and their images), images/ and _data/topics.yaml";
  return refusal(path, "file-not-allowed", `\`${name}\` is not read here: ${holds}; remove it or move it out of content/`);
}

/** Walks `content/` under `root` without following links; a missing folder lists nothing. */
export async function listContent(root: string): Promise<ContentListing> {
  const listing: ContentListing = { articles: [], images: [], data: [], issues: [] };
  const stats = await lstat(join(root, contentFolder)).catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  if (stats === undefined) return listing;
  if (stats.isSymbolicLink()) {
    listing.issues.push(linkIssue(contentFolder));
    return listing;
  }
  if (!stats.isDirectory()) {
    listing.issues.push(refusal(contentFolder, "file-not-allowed", "`content` must be a folder holding articles/, images/ and _data/"));
    return listing;
  }

  // Breadth first, one level at a time, its folders read in parallel.
  let folders = [contentFolder];
  while (folders.length > 0) {
    const levels = await Promise.all(folders.map(async (folder) => ({ folder, entries: await readFolder(root, folder) })));
    folders = [];
    for (const { folder, entries } of levels) {
      for (const entry of entries) {
        if (entry.name.startsWith(".")) continue;
        const path = `${folder}/${entry.name}`;
        if (entry.isSymbolicLink()) listing.issues.push(linkIssue(path));
        else if (entry.isDirectory()) folders.push(path);
        else if (!entry.isFile()) listing.issues.push(refusal(path, "file-not-allowed", specialFileMessage));
        else file(listing, path);
      }
    }
  }
  listing.articles.sort();
  listing.images.sort();
  listing.data.sort();
  listing.issues.sort(compareIssues);
  return listing;
}

const specialFileMessage = "this is not a regular file (a pipe, socket or device); remove it from content/";

function file(listing: ContentListing, path: string): void {
  const kind = classifyContentFile(path);
  if (kind === "article") listing.articles.push(path);
  else if (kind === "image") listing.images.push(path);
  else if (kind === "data") listing.data.push(path);
  else listing.issues.push(refusedFileIssue(path));
}

async function readFolder(root: string, folder: string): Promise<Dirent[]> {
  try {
    return await readdir(join(root, folder), { withFileTypes: true });
  } catch (error) {
    // Deleted while being listed: nothing left to read.
    if (isMissing(error)) return [];
    throw error;
  }
}

/** The `symlink` issue for a link at `path`. */
export function linkIssue(path: string): Issue {
  const message = "this is a symbolic link, and links in content/ are never followed; put the file or folder itself here";
  return refusal(path, "symlink", message);
}

function refusal(file: string, code: Issue["code"], message: string): Issue {
  return { file, line: 1, column: 1, field: "-", code, severity: "error", message };
}

function isMissing(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}

import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Issue } from "../../../src/diagnostics/issue";
import { classifyContentFile, linkIssue, listContent, refusedFileIssue, type ContentKind } from "../../../src/source/list-content";

function refused(file: string, code: Issue["code"], message: string): Issue {
  return { file, line: 1, column: 1, field: "-", code, severity: "error", message };
}

const images = ".jpg, .jpeg, .png, .webp, .gif, .avif";
const inArticles = (name: string): string =>
  `\`${name}\` is not read here: content/articles/ holds only articles (.md) and their images (${images}); remove it or move it out of content/`;
const inImages = (name: string): string =>
  `\`${name}\` is not read here: content/images/ holds only images (${images}); remove it or move it out of content/`;
const inData = (name: string): string => `\`${name}\` is not read here: content/_data/ holds only topics.yaml; remove it or move it out of content/`;
const elsewhere = (name: string): string =>
  `\`${name}\` is not read here: content/ holds only articles/ (articles and their images), images/ and _data/topics.yaml; remove it or move it out of content/`;
const link = "this is a symbolic link, and links in content/ are never followed; put the file or folder itself here";

describe("classifyContentFile", () => {
  const cases: { path: string; kind: ContentKind }[] = [
    { path: "content/articles/2020/08/asean.md", kind: "article" },
    { path: "content/articles/asean.md", kind: "article" },
    { path: "content/articles/2020/08/photo.jpg", kind: "image" },
    { path: "content/articles/photo.JPEG", kind: "image" },
    { path: "content/images/a.png", kind: "image" },
    { path: "content/images/deep/a.webp", kind: "image" },
    { path: "content/images/a.gif", kind: "image" },
    { path: "content/images/a.avif", kind: "image" },
    { path: "content/_data/topics.yaml", kind: "data" },
    { path: "content/articles/index.njk", kind: "refused" },
    { path: "content/articles/page.11ty.js", kind: "refused" },
    { path: "content/articles/articles.11tydata.js", kind: "refused" },
    { path: "content/articles/a.liquid", kind: "refused" },
    { path: "content/articles/a.html", kind: "refused" },
    { path: "content/articles/a.MD", kind: "refused" },
    { path: "content/articles/notes.txt", kind: "refused" },
    { path: "content/images/a.svg", kind: "refused" },
    { path: "content/images/a.md", kind: "refused" },
    { path: "content/_data/topics.yml", kind: "refused" },
    { path: "content/_data/site.js", kind: "refused" },
    { path: "content/about.md", kind: "refused" },
    { path: "content/index.njk", kind: "refused" },
    { path: "content/pages/a.md", kind: "refused" },
    { path: "templates/a.md", kind: "refused" },
  ];
  it.each(cases)("$path is $kind", ({ path, kind }) => {
    expect(classifyContentFile(path)).toBe(kind);
  });
});

describe("refusedFileIssue", () => {
  it.each([
    { path: "content/articles/2024/page.11ty.js", message: inArticles("page.11ty.js") },
    { path: "content/images/logo.svg", message: inImages("logo.svg") },
    { path: "content/_data/site.js", message: inData("site.js") },
    { path: "content/about.md", message: elsewhere("about.md") },
  ])("says what $path's folder holds", ({ path, message }) => {
    expect(refusedFileIssue(path)).toEqual(refused(path, "file-not-allowed", message));
  });
});

describe("listContent", () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function write(files: Record<string, string>): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), "communique-list-"));
    root = folder;
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), text);
    }
    return folder;
  }

  it("sorts every file into articles, images, data and refusals, skipping dot-files", async () => {
    const folder = await write({
      "content/articles/2020/08/b.md": "",
      "content/articles/a.md": "",
      "content/articles/2020/08/photo.jpg": "",
      "content/articles/2020/08/index.njk": "",
      "content/images/map.PNG": "",
      "content/images/.DS_Store": "",
      "content/articles/.gitkeep": "",
      "content/articles/.drafts/c.md": "",
      "content/.git/config": "",
      "content/_data/topics.yaml": "",
      "content/README.md": "",
      "outside/x.njk": "",
    });
    expect(await listContent(folder)).toEqual({
      articles: ["content/articles/2020/08/b.md", "content/articles/a.md"],
      images: ["content/articles/2020/08/photo.jpg", "content/images/map.PNG"],
      data: ["content/_data/topics.yaml"],
      issues: [
        refused("content/README.md", "file-not-allowed", elsewhere("README.md")),
        refused("content/articles/2020/08/index.njk", "file-not-allowed", inArticles("index.njk")),
      ],
    });
  });

  it("refuses links to files and folders without following them", async () => {
    const folder = await write({ "content/articles/a.md": "", "elsewhere/b.md": "", "elsewhere/deep/c.md": "" });
    await symlink(join(folder, "elsewhere", "b.md"), join(folder, "content", "articles", "b.md"));
    await symlink(join(folder, "elsewhere"), join(folder, "content", "articles", "more"));
    await symlink("/etc/passwd", join(folder, "content", "articles", "passwd.md"));
    await symlink(join(folder, "nowhere"), join(folder, "content", "images"));
    const listing = await listContent(folder);
    expect(listing).toEqual({
      articles: ["content/articles/a.md"],
      images: [],
      data: [],
      issues: [
        refused("content/articles/b.md", "symlink", link),
        refused("content/articles/more", "symlink", link),
        refused("content/articles/passwd.md", "symlink", link),
        refused("content/images", "symlink", link),
      ],
    });
  });

  it("refuses a linked content folder as a whole", async () => {
    const folder = await write({ "real/articles/a.md": "" });
    await symlink(join(folder, "real"), join(folder, "content"));
    expect(await listContent(folder)).toEqual({ articles: [], images: [], data: [], issues: [linkIssue("content")] });
  });

  it("lists nothing when there is no content folder", async () => {
    const folder = await write({});
    expect(await listContent(folder)).toEqual({ articles: [], images: [], data: [], issues: [] });
  });
});

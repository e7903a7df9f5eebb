import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { resolveSiteConfig } from "../../../src/config";
import type { Issue } from "../../../src/diagnostics/issue";
import type { ArticleContext } from "../../../src/model/article-schema";
import { loadBulletin, parseArticleFile, parseTopicDataFile } from "../../../src/source/load-bulletin";

const config = resolveSiteConfig();
const ctx: ArticleContext = { config, imageExists: () => false };
const file = "content/articles/a.md";

function error(line: number, column: number, field: string, code: Issue["code"], message: string): Issue {
  return { file, line, column, field, code, severity: "error", message };
}

const valid = ["title: ASEAN meets", "date: 2020-08-26", "summary: Leaders met.", "tags: [ASEAN]"];

describe("parseArticleFile", () => {
  it("refuses JavaScript front matter without running it", () => {
    const text = '---js\n{ title: (()=>{ globalThis.pwned = true; return "x" })() }\n---\nBody\n';
    expect(parseArticleFile(file, text, ctx)).toEqual({
      issues: [error(1, 1, "-", "front-matter-language", "front matter must be YAML; `---js` is not accepted, start the file with a plain `---` line")],
    });
    expect((globalThis as Record<string, unknown>)["pwned"]).toBeUndefined();
  });

  it("refuses JSON front matter", () => {
    const text = '---json\n{ "title": "x", "date": "2020-08-26" }\n---\nBody\n';
    expect(parseArticleFile(file, text, ctx)).toEqual({
      issues: [error(1, 1, "-", "front-matter-language", "front matter must be YAML; `---json` is not accepted, start the file with a plain `---` line")],
    });
  });

  it("reports a YAML syntax error at its line and column in the file", () => {
    const text = ["---", ...valid, "location: Hanoi: Viet Nam", "---", "Body"].join("\n");
    expect(parseArticleFile(file, text, ctx)).toEqual({
      issues: [error(6, 11, "-", "yaml-syntax", "this line is not a `field: value` pair; quote values that contain `: ` and check the indentation")],
    });
  });

  it("reports aliases and schema problems together", () => {
    const text = ["---", "title: &t ASEAN meets", "date: 2020-08-26", "summary: *t", "tags: [ASEAN]", "tag: x", "---", ""].join("\n");
    expect(parseArticleFile(file, text, ctx)).toEqual({
      issues: [
        error(4, 10, "summary", "yaml-alias", "`*t` repeats another value; YAML aliases are not allowed, write the value out"),
        error(2, 8, "-", "yaml-alias", "`&` names a value for reuse; YAML anchors are not allowed, remove it"),
        error(6, 1, "tag", "unknown-field", "`tag` is not a known field; did you mean `tags`?"),
      ],
    });
  });

  it("refuses a `__proto__` key without touching Object.prototype", () => {
    const text = ["---", ...valid, "__proto__:", "  polluted: yes", "---", ""].join("\n");
    expect(parseArticleFile(file, text, ctx)).toEqual({
      issues: [error(6, 1, "__proto__", "forbidden-key", "`__proto__` cannot be used as a field name; remove it")],
    });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("never throws, and always gives an article or a positioned issue", () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        "title: x", "date: 2020-08-26", "summary: y", "tags:", "tags: [a, b]", "  - a", "- ", ": ", ":", "&a ", "*a",
        "<<: *a", "__proto__: 1", "image:", "  src: a.jpg", "  alt: A", "{", "}", "[", "]", "'", '"', "\t", "  ", "#",
        "---", "...", "? ", "!!binary", "!x ", "|", ">", "%YAML 1.2", "\u00a0", "\uFEFF",
      ),
      fc.string({ maxLength: 12 }),
    );
    const line = fc.array(fragment, { maxLength: 5 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const result = parseArticleFile(file, `---\n${lines.join("\n")}\n---\nBody\n`, ctx);
        const positioned = result.issues.every((issue) => issue.line >= 1 && issue.column >= 1);
        return positioned && (result.article !== undefined || result.issues.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe("parseTopicDataFile", () => {
  it("reads a topic file with a BOM and CRLF", () => {
    const result = parseTopicDataFile("content/_data/topics.yaml", "\uFEFFASEAN:\r\n  aliases: [Asean]\r\nRoK:\r\n");
    expect(result).toEqual({
      data: { file: "content/_data/topics.yaml", topics: [{ name: "ASEAN", aliases: ["Asean"], line: 1 }, { name: "RoK", aliases: [], line: 3 }] },
      issues: [],
    });
  });
});

describe("loadBulletin", () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  async function write(path: string, text: string): Promise<void> {
    if (!root) throw new Error("no temp folder");
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }

  it("loads every article below content/articles/ and reports the bad one", async () => {
    root = await mkdtemp(join(tmpdir(), "communique-load-"));
    await write("content/articles/2020/08/good.md", ["---", ...valid, "image: {src: photo.jpg, alt: Leaders}", "---", "Body"].join("\n"));
    await write("content/articles/2020/08/photo.jpg", "not really a picture");
    await write("content/articles/bad.md", ["---", "title: Bad", "date: 2020-02-30", "summary: s", "tags: [a]", "---", ""].join("\n"));
    await write("content/articles/.hidden.md", "not an article");
    await write("content/_data/topics.yaml", "ASEAN:\n  aliases: [Asean]\n");

    const loaded = await loadBulletin(root, config);
    expect(loaded.files).toBe(2);
    expect(loaded.articles.map((article) => [article.file, article.slug, article.image?.file])).toEqual([
      ["content/articles/2020/08/good.md", "asean-meets", "content/articles/2020/08/photo.jpg"],
    ]);
    expect(loaded.topicData).toEqual({ file: "content/_data/topics.yaml", topics: [{ name: "ASEAN", aliases: ["Asean"], line: 1 }] });
    expect(loaded.issues).toEqual([
      { ...error(3, 1, "date", "date-invalid", '"2020-02-30" is not a real calendar date and time'), file: "content/articles/bad.md" },
    ]);
  });

  it("loads an empty project as no articles and no topic data", async () => {
    root = await mkdtemp(join(tmpdir(), "communique-load-"));
    expect(await loadBulletin(root, config)).toEqual({
      articles: [],
      topicData: { file: "content/_data/topics.yaml", topics: [] },
      issues: [],
      files: 0,
    });
  });
});

import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { resolveSiteConfig } from "../../../src/config";
import type { Issue } from "../../../src/diagnostics/issue";
import type { ArticleContext } from "../../../src/model/article-schema";
import { bodyImageAltMessage, bodyImageMissingMessage } from "../../../src/model/find-body-images";
import { maxArticleBytes } from "../../../src/source/decode-text";
import {
  createArticleCache,
  loadBulletin,
  loadBulletinCompact,
  parseArticleFile,
  parseTopicDataFile,
} from "../../../src/source/load-bulletin";
import { utf8Text } from "../../../src/utf8";

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

describe("parseArticleFile: body pictures", () => {
  const withImages: ArticleContext = { config, imageExists: (path) => path === "content/images/map.jpg" };

  it("lists the body's pictures on the article", () => {
    const text = ["---", ...valid, "---", "", "![Map of the delta](map.jpg)"].join("\n");
    expect(parseArticleFile(file, text, withImages).article?.bodyImages).toEqual([{ src: "map.jpg", file: "content/images/map.jpg" }]);
  });

  it("gives no list to a body without pictures", () => {
    const text = ["---", ...valid, "---", "", "Text."].join("\n");
    expect(parseArticleFile(file, text, withImages).article).not.toHaveProperty("bodyImages");
  });

  it("reports a picture without description or file at its line in the file, and keeps no article", () => {
    const text = ["---", ...valid, "---", "", "Text.", "", "![](map.jpg) and ![Chart](chart.png)"].join("\n");
    expect(parseArticleFile(file, text, withImages)).toEqual({
      issues: [
        error(10, 1, "body", "image-alt", bodyImageAltMessage),
        error(10, 18, "body", "image-missing", bodyImageMissingMessage("chart.png")),
      ],
    });
  });
});

describe("parseArticleFile: text that cannot be published", () => {
  const control = "an invisible control character (U+0000) is here, which feeds cannot carry; delete it (it often comes with pasted text)";

  it("reports a control character in the front matter with the other issues, and keeps no article", () => {
    const text = ["---", "title: ASEAN\u0000 meets", "date: 2020-08-26", "summary: Leaders met.", "tags: [ASEAN]", "tag: x", "---", "Body"].join("\n");
    expect(parseArticleFile(file, text, ctx)).toEqual({
      issues: [
        error(2, 13, "-", "control-character", control),
        error(6, 1, "tag", "unknown-field", "`tag` is not a known field; did you mean `tags`?"),
      ],
    });
  });

  it("reports a control character in the body at its file line, after a BOM and CRLF", () => {
    const text = `\uFEFF${["---", ...valid, "---", "", "Line one.", "Ring\u0007 twice"].join("\r\n")}`;
    expect(parseArticleFile(file, text, ctx)).toEqual({
      issues: [error(9, 5, "-", "control-character", control.replace("U+0000", "U+0007"))],
    });
  });

  it("reports a body nested too deep at the line where it goes too deep", () => {
    const text = ["---", ...valid, "---", "", "Intro.", "", `${">".repeat(5000)} deep`, ""].join("\n");
    expect(parseArticleFile(file, text, ctx)).toEqual({
      issues: [
        error(10, 1, "body", "too-deep", "the text is nested more than 20 levels deep here (quotes, lists or emphasis inside each other); flatten it"),
      ],
    });
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

  it("with a cache, reads again only the files that changed, and forgets deleted ones", async () => {
    root = await mkdtemp(join(tmpdir(), "communique-load-"));
    const article = (title: string, extra: string[] = []) => ["---", ...valid.slice(1), `title: ${title}`, ...extra, "---", "Body"].join("\n");
    await write("content/articles/a.md", article("First"));
    await write("content/articles/b.md", article("Second"));
    await write("content/articles/c.md", article("Third", ["image: {src: photo.jpg, alt: A photo}"]));
    const cache = createArticleCache();

    const first = await loadBulletin(root, config, cache);
    expect(first.articles.map((a) => a.title)).toEqual(["First", "Second"]);
    expect(first.issues.map((issue) => [issue.file, issue.field])).toEqual([["content/articles/c.md", "image.src"]]);

    await write("content/articles/b.md", article("Second, edited"));
    const second = await loadBulletin(root, config, cache);
    expect(second.articles[0]).toBe(first.articles[0]);
    expect(second.articles.map((a) => a.title)).toEqual(["First", "Second, edited"]);
    expect(second).toEqual(await loadBulletin(root, config));

    // A new image can make an article valid that was not: every kept result is dropped.
    await write("content/articles/photo.jpg", "a picture");
    await rm(join(root, "content/articles/a.md"));
    const third = await loadBulletin(root, config, cache);
    expect(third.articles.map((a) => a.title)).toEqual(["Second, edited", "Third"]);
    expect(third.issues).toEqual([]);
    expect([...cache.files.keys()].sort()).toEqual(["content/articles/b.md", "content/articles/c.md"]);
  });

  it("keeps each body as the UTF-8 of the body that was checked, whatever the file becomes", async () => {
    root = await mkdtemp(join(tmpdir(), "communique-load-"));
    const text = (body: string) => ["---", ...valid, "---", body].join("\r\n");
    await write("content/articles/a.md", `\ufeff${text("The *first* body about Đà Nẵng.\r\n\r\nTwo paragraphs.")}`);
    const compact = await loadBulletinCompact(root, config);
    const kept = compact.bodies.get("content/articles/a.md");
    expect(kept && utf8Text(kept)).toBe("The *first* body about Đà Nẵng.\n\nTwo paragraphs.");
    // The pages are made from the checked body: a change on disk, or a link put in the
    // file's place, after loading reaches nothing.
    await write("content/articles/a.md", text("A body nobody checked."));
    await rm(join(root, "content/articles/a.md"));
    await symlink("/etc/passwd", join(root, "content/articles/a.md"));
    expect(kept && utf8Text(kept)).toBe("The *first* body about Đà Nẵng.\n\nTwo paragraphs.");
  });

  it("compact, keeps each article exactly as it loads but for its body, kept as bytes, with the same issues", async () => {
    root = await mkdtemp(join(tmpdir(), "communique-load-"));
    const extra = ["section: World", "author: Lê Thu Hà", "location: Đà Nẵng", "corrections:", "  - date: 2020-08-27", "    text: Fixed a name."];
    await write("content/articles/a.md", ["---", ...valid, ...extra, "image: {src: photo.jpg, alt: Leaders, caption: Hà Nội}", "---", "Body ![Map](photo.jpg)"].join("\n"));
    await write("content/articles/b.md", ["---", ...valid, "---", "Another body, \ud83c\uddfb\ud83c\uddf3."].join("\n"));
    await write("content/articles/photo.jpg", "a picture");
    await write("content/articles/bad.md", ["---", "title: Bad", "---", "Body"].join("\n"));
    const whole = await loadBulletin(root, config);
    const compact = await loadBulletinCompact(root, config);
    expect(whole.articles).toHaveLength(2);
    expect(compact.articles).toEqual(whole.articles.map(({ body: _body, ...meta }) => meta));
    expect(compact.articles[0]).not.toHaveProperty("body");
    expect(compact.articles[0]?.bodyImages).toEqual([{ src: "photo.jpg", file: "content/articles/photo.jpg" }]);
    expect(compact.articles[0]?.date.equals(whole.articles[0]!.date)).toBe(true);
    expect(new Map([...compact.bodies].map(([path, bytes]) => [path, utf8Text(bytes)]))).toEqual(
      new Map(whole.articles.map((article) => [article.file, article.body])),
    );
    expect(compact.issues).toEqual(whole.issues);
    expect(compact.issues.length).toBeGreaterThan(0);
  });

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

  it("reports refused files, links, bad encodings, oversized files and colliding names, and loads the rest", async () => {
    root = await mkdtemp(join(tmpdir(), "communique-load-"));
    const good = ["---", ...valid, "---", "Body"].join("\n");
    await write("content/articles/good.md", good);
    await write("content/articles/Good.md", good);
    await write("content/articles/page.11ty.js", "globalThis.pwned = true;");
    await write("content/articles/latin1.md", "");
    await writeFile(join(root, "content/articles/latin1.md"), Buffer.from([...Buffer.from("---\ntitle: Caf"), 0xe9, 0x0a]));
    await write("content/articles/huge.md", `---\n${"x".repeat(maxArticleBytes)}`);
    await write("content/_data/topics.yaml", "ASEAN:\n  aliases: [\"As\u0000ean\"]\n");
    await symlink("/etc/passwd", join(root, "content/articles/passwd.md"));

    const loaded = await loadBulletin(root, config);
    const at = (path: string, code: Issue["code"], message: string, line = 1, column = 1): Issue => ({ ...error(line, column, "-", code, message), file: path });
    const collision = (other: string): string =>
      `this file's name differs from \`${other}\` only in capitals or accent encoding, so some computers see one file; rename one of them`;
    expect(loaded.issues).toEqual([
      at("content/_data/topics.yaml", "control-character", "an invisible control character (U+0000) is here, which feeds cannot carry; delete it (it often comes with pasted text)", 2, 16),
      at("content/articles/Good.md", "file-collision", collision("content/articles/good.md")),
      at("content/articles/good.md", "file-collision", collision("content/articles/Good.md")),
      at("content/articles/huge.md", "too-large", "the file is 1025 KiB; a file here may be at most 1024 KiB, so shorten it or split it in two"),
      at("content/articles/latin1.md", "encoding", "the text here is not UTF-8; save the file with the UTF-8 encoding (often an option of Save As)", 2, 11),
      at("content/articles/page.11ty.js", "file-not-allowed", `\`page.11ty.js\` is not read here: content/articles/ holds only articles (.md) and their images (.jpg, .jpeg, .png, .webp, .gif, .avif); remove it or move it out of content/`),
      at("content/articles/passwd.md", "symlink", "this is a symbolic link, and links in content/ are never followed; put the file or folder itself here"),
    ]);
    expect(loaded.files).toBe(4);
    expect(loaded.articles.map((article) => article.file)).toEqual(["content/articles/Good.md", "content/articles/good.md"]);
    expect((globalThis as Record<string, unknown>)["pwned"]).toBeUndefined();
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

import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { article, build, check, listFiles, makeFixture, tempFolder, writeFiles, type FixtureFiles } from "../support/fixture";

/** Every file of `folder` with its exact bytes. */
async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const file of await listFiles(folder)) files.set(file, await readFile(join(folder, file)));
  return files;
}

/** What a build could touch outside `_site/`: the project's entries, and temp entries named after it. */
async function surroundings(root: string): Promise<string[]> {
  const near = (await readdir(tmpdir())).filter((name) => name.startsWith(basename(root)));
  return [...(await readdir(root)).map((name) => `project:${name}`), ...near.map((name) => `temp:${name}`)].sort();
}

const good = article({ title: "Talks resume", date: "2024-01-01", summary: "Leaders met.", tags: ["ASEAN"] });

/** A fixture that built once; `spoil` then adds the bad content. */
async function builtSite(): Promise<{ root: string; site: Map<string, Buffer>; around: string[] }> {
  const root = await makeFixture({ "content/articles/2024/01/talks.md": good });
  const first = await build(root);
  expect(first.code).toBe(0);
  const site = await snapshot(join(root, "_site"));
  expect(site.size).toBeGreaterThan(0);
  return { root, site, around: await surroundings(root) };
}

/**
 * Builds a good site, spoils it, then: `check` prints exactly `lines` and the count and
 * exits 1; `build` prints the same, exits 1, and leaves `_site/` and everything around it
 * byte for byte as they were.
 */
async function expectRefused(spoil: (root: string) => Promise<void>, lines: readonly string[], count: string): Promise<string> {
  const { root, site, around } = await builtSite();
  await spoil(root);
  const report = [...lines, count].join("\n");

  const checked = await check(root);
  expect(checked.stdout).toBe(report);
  expect(checked.code).toBe(1);

  const built = await build(root);
  expect(built.code).toBe(1);
  expect(built.stderr).toBe(`${report}\nNothing was written; the previous site is untouched.`);
  expect(await snapshot(join(root, "_site"))).toEqual(site);
  expect(await surroundings(root)).toEqual(around);
  return root;
}

const spoilWith = (files: FixtureFiles) => (root: string) => writeFiles(root, files);

const articleFolder = "content/articles/2024/01";
const imageList = ".jpg, .jpeg, .png, .webp, .gif, .avif";
const notRead = (file: string, holds: string): string =>
  `${file}:1:1  -  \`${basename(file)}\` is not read here: ${holds}; remove it or move it out of content/`;
const inArticles = `content/articles/ holds only articles (.md) and their images (${imageList})`;
const linkLine = (file: string): string =>
  `${file}:1:1  -  this is a symbolic link, and links in content/ are never followed; put the file or folder itself here`;
const controlLine = (at: string, code: string): string =>
  `${at}  -  an invisible control character (U+${code}) is here, which feeds cannot carry; delete it (it often comes with pasted text)`;

describe("only articles, images and topics.yaml are read under content/", () => {
  it("refuses templates, scripts, data scripts and stray Markdown, and ignores dot-files", async () => {
    await expectRefused(
      spoilWith({
        [`${articleFolder}/index.njk`]: "{{ 7 * 7 }}",
        [`${articleFolder}/page.11ty.js`]: "globalThis.communiquePwned = true; export default () => 'x';",
        "content/articles/articles.11tydata.js": "globalThis.communiquePwned = true; export default {};",
        "content/articles/old.liquid": "{% raw %}",
        "content/images/logo.svg": "<svg/>",
        "content/_data/site.js": "globalThis.communiquePwned = true;",
        "content/about.md": good,
        "content/images/.DS_Store": "",
        "content/articles/.gitkeep": "",
      }),
      [
        notRead("content/_data/site.js", "content/_data/ holds only topics.yaml"),
        notRead("content/about.md", "content/ holds only articles/ (articles and their images), images/ and _data/topics.yaml"),
        notRead(`${articleFolder}/index.njk`, inArticles),
        notRead(`${articleFolder}/page.11ty.js`, inArticles),
        notRead("content/articles/articles.11tydata.js", inArticles),
        notRead("content/articles/old.liquid", inArticles),
        notRead("content/images/logo.svg", `content/images/ holds only images (${imageList})`),
      ],
      "7 errors in 7 files",
    );
    expect((globalThis as { communiquePwned?: unknown }).communiquePwned).toBeUndefined();
    // Dot-files alone are no problem.
    const tidy = await makeFixture({ [`${articleFolder}/talks.md`]: good, "content/images/.DS_Store": "", "content/articles/.gitkeep": "" });
    expect(await check(tidy)).toEqual({ code: 0, stdout: "No problems in 1 article.", stderr: "" });
  });
});

describe("symbolic links under content/ are refused, never followed", () => {
  it("refuses links to a system file, to a folder outside and to an image", async () => {
    const outside = await tempFolder("communique-outside-");
    await writeFiles(outside, { "secret.md": good, "more/other.md": good, "photo.jpg": "not a picture" });
    await expectRefused(
      async (root) => {
        await symlink("/etc/passwd", join(root, articleFolder, "passwd.md"));
        await symlink(join(outside, "more"), join(root, "content/articles/more"));
        await mkdir(join(root, "content/images"), { recursive: true });
        await symlink(join(outside, "photo.jpg"), join(root, "content/images/photo.jpg"));
        await writeFiles(root, {
          [`${articleFolder}/pictured.md`]: article({
            title: "Pictured",
            date: "2024-01-02",
            summary: "S.",
            tags: ["ASEAN"],
            image: "{src: photo.jpg, alt: Leaders}",
          }),
        });
      },
      [
        `${articleFolder}/passwd.md:1:1  -  this is a symbolic link, and links in content/ are never followed; put the file or folder itself here`,
        `${articleFolder}/pictured.md:7:9  image.src  image file "photo.jpg" was not found beside the article or in content/images/`,
        linkLine("content/articles/more"),
        linkLine("content/images/photo.jpg"),
      ],
      "4 errors in 4 files",
    );
  });
});

describe("text that is not clean UTF-8 is refused at its line", () => {
  it("refuses bytes that are not UTF-8, NUL, C1 controls and escaped controls", async () => {
    await expectRefused(
      spoilWith({
        [`${articleFolder}/latin1.md`]: Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]),
        [`${articleFolder}/nul.md`]: article({ title: "Null\u0000 and void", date: "2024-01-02", summary: "S.", tags: ["ASEAN"] }),
        [`${articleFolder}/c1.md`]: article({ title: "C1", date: "2024-01-02", summary: "S.", tags: ["ASEAN"] }, "Text\u0085here."),
        [`${articleFolder}/escape.md`]: article({ title: '"Bell\\a"', date: "2024-01-02", summary: "S.", tags: ["ASEAN"] }),
      }),
      [
        controlLine(`${articleFolder}/c1.md:9:5`, "0085"),
        `${articleFolder}/escape.md:2:1  title  this value's escape writes an invisible control character (U+0007), which feeds cannot carry; remove it`,
        `${articleFolder}/latin1.md:2:11  -  the text here is not UTF-8; save the file with the UTF-8 encoding (often an option of Save As)`,
        controlLine(`${articleFolder}/nul.md:2:12`, "0000"),
      ],
      "4 errors in 4 files",
    );
  });

  it("accepts a BOM and CRLF line endings", async () => {
    const root = await makeFixture({ [`${articleFolder}/talks.md`]: `\uFEFF${good.replaceAll("\n", "\r\n")}` });
    expect(await check(root)).toEqual({ code: 0, stdout: "No problems in 1 article.", stderr: "" });
    expect((await build(root)).code).toBe(0);
  });
});

describe("limits keep every build bounded", () => {
  it("refuses an oversized file, long title, summary and tag, and a body nested too deep", async () => {
    await expectRefused(
      spoilWith({
        [`${articleFolder}/huge.md`]: article({ title: "Huge", date: "2024-01-02", summary: "S.", tags: ["ASEAN"] }, "word ".repeat(220_000)),
        [`${articleFolder}/long.md`]: article({
          title: "T".repeat(301),
          date: "2024-01-02",
          summary: "S".repeat(601),
          tags: ["ASEAN", "x".repeat(101)],
        }),
        [`${articleFolder}/deep.md`]: article({ title: "Deep", date: "2024-01-02", summary: "S.", tags: ["ASEAN"] }, `Intro.\n\n${">".repeat(10_000)} x`),
      }),
      [
        `${articleFolder}/deep.md:11:1  body  the text is nested more than 20 levels deep here (quotes, lists or emphasis inside each other); flatten it`,
        `${articleFolder}/huge.md:1:1  -  the file is 1075 KiB; a file here may be at most 1024 KiB, so shorten it or split it in two`,
        `${articleFolder}/long.md:2:1  title  the title is 301 characters long; keep it to at most 300`,
        `${articleFolder}/long.md:4:1  summary  the summary is 601 characters long; keep it to one or two sentences, at most 600`,
        `${articleFolder}/long.md:7:5  tags[1]  this topic is 101 characters long; keep it to at most 100`,
      ],
      "5 errors in 3 files",
    );
  });

  it("refuses an alias bomb at once, with the alias message, without expanding it", async () => {
    // "Billion laughs": expanded, the last list would hold 9^9 strings.
    const names = "abcdefghi";
    const bomb = [
      `  a: &a [${Array(9).fill('"lol"').join(",")}]`,
      ...names.slice(1).split("").map((name, index) => `  ${name}: &${name} [${Array(9).fill(`*${names[index]}`).join(",")}]`),
    ];
    const file = `${articleFolder}/bomb.md`;
    const anchor = (line: number): string => `${file}:${line}:6  -  \`&\` names a value for reuse; YAML anchors are not allowed, remove it`;
    const alias = (line: number, column: number, field: string, name: string): string =>
      `${file}:${line}:${column}  ${field}  \`*${name}\` repeats another value; YAML aliases are not allowed, write the value out`;
    await expectRefused(
      spoilWith({ [file]: ["---", "title: Laughs", "date: 2024-01-02", "summary: S.", "tags: [ASEAN]", "lol:", ...bomb, "---", ""].join("\n") }),
      [
        `${file}:6:1  lol  \`lol\` is not a known field; remove it or correct its name`,
        anchor(7),
        anchor(8),
        ...Array.from({ length: 9 }, (_, index) => alias(8, 10 + 3 * index, `lol.b[${index}]`, "a")),
        anchor(9),
        alias(9, 10, "lol.c[0]", "b"),
        `${file}:9:13  lol.c[1]  this alias and 61 more repeat other values; YAML aliases are not allowed, write the values out`,
        ...[10, 11, 12, 13, 14, 15].map(anchor),
      ],
      "21 errors in 1 file",
    );
  });
});

describe("colliding names and empty topics", () => {
  it("refuses file names that differ only by case or Unicode form, and tags with no letters", async () => {
    const nfc = `${articleFolder}/vi\u1ec7t-nam.md`;
    const nfd = `${articleFolder}/vie\u0323\u0302t-nam.md`;
    const collision = (file: string, other: string): string =>
      `${file}:1:1  -  this file's name differs from \`${other}\` only in capitals or accent encoding, so some computers see one file; rename one of them`;
    await expectRefused(
      spoilWith({
        [`${articleFolder}/Talks.md`]: article({ title: "Talks again", date: "2024-01-02", summary: "S.", tags: ["ASEAN"] }),
        [nfc]: article({ title: "Viet Nam one", date: "2024-01-03", summary: "S.", tags: ["Việt Nam"] }),
        [nfd]: article({ title: "Viet Nam two", date: "2024-01-04", summary: "S.", tags: ["Việt Nam"] }),
        [`${articleFolder}/dashes.md`]: article({ title: "Dashes", date: "2024-01-05", summary: "S.", tags: ['"---"', "대한민국"] }),
      }),
      [
        collision(`${articleFolder}/Talks.md`, `${articleFolder}/talks.md`),
        `${articleFolder}/dashes.md:6:5  tags[0]  "---" has no letters or digits, so it cannot name a topic; write the topic in words`,
        collision(`${articleFolder}/talks.md`, `${articleFolder}/Talks.md`),
        collision(nfd, nfc),
        collision(nfc, nfd),
      ],
      "5 errors in 5 files",
    );
  });
});

describe("no front-matter field sets where a page is written", () => {
  it("refuses a permalink and writes nothing outside the output folder", async () => {
    const root = await expectRefused(
      spoilWith({
        [`${articleFolder}/escape.md`]: article({
          title: "Escape",
          date: "2024-01-02",
          summary: "S.",
          tags: ["ASEAN"],
          permalink: "../../etc/passwd",
          eleventyComputed: "{ permalink: /x/ }",
        }),
      }),
      [
        `${articleFolder}/escape.md:7:1  permalink  \`permalink\` is not a known field; remove it or correct its name`,
        `${articleFolder}/escape.md:8:1  eleventyComputed  \`eleventyComputed\` is not a known field; remove it or correct its name`,
      ],
      "2 errors in 1 file",
    );
    expect(existsSync(resolve(root, "_site", "../../etc/passwd"))).toBe(false);
    expect(existsSync(resolve(dirname(root), "etc"))).toBe(false);
  });
});

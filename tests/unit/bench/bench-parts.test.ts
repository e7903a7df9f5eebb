import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addTag, appendSentence } from "../../../src/bench/dev-loop";
import { writeBuiltSiteWithEleventy } from "../../../src/bench/eleventy-floor";
import { bodyOf, buildFloor } from "../../../src/bench/floor";
import { formatTable } from "../../../src/bench/format-table";
import { medianRound, ratioToFloor, toColumns, type Row } from "../../../src/cli/bench";
import { parseArticleFile } from "../../../src/source/load-bulletin";
import { defaultSiteConfig } from "../../../src/config";
import { tempFolder } from "../../support/fixture";

const article = [
  "---",
  "title: ASEAN ministers meet",
  "date: 2024-05-01",
  "summary: They met.",
  "tags:",
  "  - ASEAN",
  "  - Laos",
  "section: World",
  "---",
  "",
  "First paragraph.",
  "",
].join("\n");

const parse = (text: string) =>
  parseArticleFile("content/articles/a.md", text, { config: defaultSiteConfig, imageExists: () => false });

describe("formatTable", () => {
  it("writes a Markdown table, numbers right-aligned under their headings", () => {
    const rows = [
      [["articles", "1000"], ["s", "2.50"]],
      [["articles", "16000"], ["s", "31.25"]],
    ] as const;
    expect(formatTable(rows)).toBe(
      ["| articles |     s |", "| -------: | ----: |", "|     1000 |  2.50 |", "|    16000 | 31.25 |"].join("\n"),
    );
  });

  it("writes nothing for no rows", () => {
    expect(formatTable([])).toBe("");
  });
});

describe("bench table columns", () => {
  const row = {
    articles: 1000,
    pages: 1200,
    floor: { ok: true, wall: 1000, pages: 1000, phases: {}, peakRss: 100 * 2 ** 20 },
    build: {
      ok: true,
      wall: 5000,
      pages: 0,
      phases: { load: 800, model: 400, related: 250, views: 900, files: 300, render: 2100, images: 0, search: 500 },
      peakRss: 300 * 2 ** 20,
    },
    eleventy: { ok: true, wall: 1500, pages: 1300, phases: {}, peakRss: 200 * 2 ** 20 },
  } as const;

  it("shows Related Topics on its own, beside the model phase that includes it", () => {
    const columns = toColumns(row);
    const headings = columns.map(([heading]) => heading);
    expect(headings.slice(headings.indexOf("model"), headings.indexOf("model") + 2)).toEqual(["model", "related"]);
    expect(Object.fromEntries(columns)).toMatchObject({ model: "0.40", related: "0.25", "build s": "4.50", search: "0.50" });
  });

  it("shows Eleventy alone writing the built files, in seconds and as a ratio to the floor", () => {
    const columns = toColumns(row);
    const headings = columns.map(([heading]) => heading);
    expect(headings.slice(headings.indexOf("× floor"), headings.indexOf("× floor") + 3)).toEqual(["× floor", "11ty alone s", "11ty × floor"]);
    expect(Object.fromEntries(columns)).toMatchObject({ "11ty alone s": "1.50", "11ty × floor": "1.50" });
  });

  it("measures the ratio to the floor without pictures and search", () => {
    // (5000 - 0 - 500) / 1000
    expect(ratioToFloor(row)).toBe(4.5);
  });

  it("shows the round with the median ratio, every column from that one round", () => {
    const round = (floorWall: number, buildWall: number): Row => ({
      ...row,
      floor: { ...row.floor, wall: floorWall },
      build: { ...row.build, wall: buildWall },
    });
    const [fast, middle, slow] = [round(1000, 3500), round(2000, 8500), round(1000, 6500)];
    expect(medianRound([slow, fast, middle])).toBe(middle);
    // Two rounds: the lower of the two.
    expect(medianRound([slow, fast])).toBe(fast);
    expect(medianRound([slow])).toBe(slow);
    expect(() => medianRound([])).toThrow("no rounds");
  });

  it("shows a dash for a phase the build did not report", () => {
    const { related: _related, ...phases } = row.build.phases;
    expect(Object.fromEntries(toColumns({ ...row, build: { ...row.build, phases } }))["related"]).toBe("-");
  });
});

describe("dev-loop edits", () => {
  it("appends a sentence as the body's last paragraph, keeping the article valid", () => {
    const edited = appendSentence(article, "A new sentence.");
    expect(edited.endsWith("First paragraph.\n\nA new sentence.\n")).toBe(true);
    expect(parse(edited).article?.body).toContain("A new sentence.");
  });

  it("adds a tag after the last one of the block list", () => {
    const edited = addTag(article, "Bench topic 1");
    expect(parse(edited).article?.tags).toEqual(["ASEAN", "Laos", "Bench topic 1"]);
  });

  it("refuses an article without a tags block list", () => {
    expect(() => addTag(article.replace("tags:", "topics:"), "X")).toThrow(/no `tags:` block list/);
  });
});

describe("floor", () => {
  it("keeps only the body of a file with front matter", () => {
    expect(bodyOf(article)).toBe("\nFirst paragraph.\n");
    expect(bodyOf("No front matter")).toBe("No front matter");
  });

  it("writes one HTML file per article with its rendered body", async () => {
    const root = await tempFolder();
    await mkdir(join(root, "content", "articles", "2024"), { recursive: true });
    await writeFile(join(root, "content", "articles", "2024", "a.md"), article);
    await writeFile(join(root, "content", "articles", "b.md"), article.replace("First paragraph.", "*Second*"));
    const output = join(root, "out");
    expect(await buildFloor(root, output)).toEqual({ pages: 2 });
    expect((await readdir(output)).sort()).toEqual(["0", "1"]);
    expect(await readFile(join(output, "0", "index.html"), "utf8")).toContain("<p>First paragraph.</p>");
    expect(await readFile(join(output, "1", "index.html"), "utf8")).toContain("<p><em>Second</em></p>");
  });
});

describe("Eleventy floor", () => {
  it("has Eleventy write every built file as it is, in runs, but copied assets and the search index", async () => {
    const root = await tempFolder();
    const site = join(root, "site");
    const built: Record<string, string> = {
      "index.html": "<!DOCTYPE html>\n<html lang=\"vi\"><body><h1>Bản tin</h1></body></html>\n",
      "2024/05/01/asean-ministers-meet/index.html": "<p>{{ not a template }} {% raw %}</p>",
      "topics/asean/feed.xml": '<?xml version="1.0" encoding="utf-8"?>\n<feed/>',
      "feed.json": '{"version":"https://jsonfeed.org/version/1.1"}',
      "robots.txt": "User-agent: *\n",
    };
    const skipped = ["assets/site.css", "pagefind/pagefind.js"];
    for (const [path, text] of Object.entries(built)) {
      await mkdir(join(site, path, ".."), { recursive: true });
      await writeFile(join(site, path), text);
    }
    for (const path of skipped) {
      await mkdir(join(site, path, ".."), { recursive: true });
      await writeFile(join(site, path), "x");
    }
    const output = join(root, "out");
    const report = await writeBuiltSiteWithEleventy(site, output, 2);
    expect(report.pages).toBe(5);
    expect(report.time).toBeGreaterThan(0);
    const written = (await readdir(output, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(output.length + 1))
      .sort();
    expect(written).toEqual(Object.keys(built).sort());
    for (const [path, text] of Object.entries(built)) expect(await readFile(join(output, path), "utf8")).toBe(text);
  });
});

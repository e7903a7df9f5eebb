import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planNewArticle, runNew, type NewArticleInput } from "../../../src/cli/new-article";
import { resolveSiteConfig } from "../../../src/config";
import { compareIssues } from "../../../src/diagnostics/issue";
import { parseArticleFile } from "../../../src/source/load-bulletin";

const config = resolveSiteConfig({ timeZone: "Asia/Ho_Chi_Minh", defaultSection: "World" });
// 21:46:37 in Hà Nội; the file is dated to the minute.
const now = DateTime.fromISO("2026-11-28T14:46:37.512Z", { zone: "UTC" });

function plan(overrides: Partial<NewArticleInput>): ReturnType<typeof planNewArticle> {
  return planNewArticle({ title: "Đà Nẵng hosts an ASEAN dialogue", tags: ["ASEAN"], now, config, ...overrides });
}

describe("planNewArticle: the file it plans", () => {
  it("writes exact front matter and body for a Vietnamese headline and tag", () => {
    expect(plan({ title: "Đà Nẵng hosts ASEAN–Republic of Korea dialogue", tags: ["ASEAN", "Việt Nam", "Republic of Korea"] })).toEqual({
      ok: true,
      path: "content/articles/2026/11/da-nang-hosts-asean-republic-of-korea-dialogue.md",
      text: [
        "---",
        "title: Đà Nẵng hosts ASEAN–Republic of Korea dialogue",
        "date: 2026-11-28T21:46:00+07:00",
        'summary: "Summary to come: one or two sentences for lists, feeds and search."',
        "tags:",
        "  - ASEAN",
        "  - Việt Nam",
        "  - Republic of Korea",
        "section: World",
        "draft: true  # remove this line when the article is ready to publish",
        "---",
        "",
        "Write the article here in Markdown; leave an empty line between paragraphs.",
        "",
      ].join("\n"),
    });
  });

  const cases: { name: string; input: Partial<NewArticleInput>; path: string; lines: string[] }[] = [
    {
      name: "month and date in the site zone while UTC is still in October",
      input: { now: DateTime.fromISO("2026-10-31T20:00:00Z", { zone: "UTC" }) },
      path: "content/articles/2026/11/da-nang-hosts-an-asean-dialogue.md",
      lines: ["date: 2026-11-01T03:00:00+07:00"],
    },
    {
      name: "another site zone moves the date with it",
      input: { config: resolveSiteConfig({ timeZone: "America/New_York" }), now: DateTime.fromISO("2026-11-01T03:30:00Z", { zone: "UTC" }) },
      path: "content/articles/2026/10/da-nang-hosts-an-asean-dialogue.md",
      lines: ["date: 2026-10-31T23:30:00-04:00"],
    },
    {
      name: "a headline with no Latin letters gets a hash slug, written out to edit",
      input: { title: "대한민국 외교부" },
      path: "content/articles/2026/11/u-19arq6x.md",
      lines: ["title: 대한민국 외교부", "slug: u-19arq6x  # the address of the article; lower-case letters, digits and hyphens"],
    },
    {
      name: "--slug overrides the slug and is written out",
      input: { slug: "asean-dialogue-2" },
      path: "content/articles/2026/11/asean-dialogue-2.md",
      lines: ["slug: asean-dialogue-2  # the address of the article; lower-case letters, digits and hyphens"],
    },
    {
      name: "a given section",
      input: { section: "Politics" },
      path: "content/articles/2026/11/da-nang-hosts-an-asean-dialogue.md",
      lines: ["section: Politics"],
    },
    {
      name: "YAML look-alikes are quoted so they stay text",
      input: { title: "No", tags: ["2021", "ON", "a: b", "#1"] },
      path: "content/articles/2026/11/no.md",
      lines: ['title: "No"', '  - "2021"', '  - "ON"', '  - "a: b"', '  - "#1"'],
    },
    {
      name: "spaces and line breaks collapse; blank and repeated tags are dropped",
      input: { title: "  Hà Nội\n  welcomes   guests ", tags: [" ASEAN ", "", "ASEAN", "Hà  Nội"] },
      path: "content/articles/2026/11/ha-noi-welcomes-guests.md",
      lines: ["title: Hà Nội welcomes guests", "tags:\n  - ASEAN\n  - Hà Nội\nsection"],
    },
  ];
  it.each(cases)("$name", ({ input, path, lines }) => {
    const result = plan(input);
    if (!result.ok) throw new Error(result.message);
    expect(result.path).toBe(path);
    for (const line of lines) expect(result.text).toContain(`\n${line}`);
  });

  it("is valid at once as a draft, and refused for publication until the summary is written", () => {
    const result = plan({ tags: ["Việt Nam", "ASEAN"], section: "Politics" });
    if (!result.ok) throw new Error(result.message);
    expect(parseArticleFile(result.path, result.text, { config, imageExists: () => false }).issues).toEqual([]);
    const published = result.text.replace(/^draft: true.*$/m, "");
    expect(parseArticleFile(result.path, published, { config, imageExists: () => false }).issues).toEqual([
      {
        file: result.path,
        line: 4,
        column: 1,
        field: "summary",
        code: "summary-placeholder",
        severity: "error",
        message: "the summary is still the placeholder from `new`; write one or two sentences before publishing",
      },
    ]);
    const filled = result.text.replace(/^summary: .*$/m, "summary: Officials met.");
    const { article, issues } = parseArticleFile(result.path, filled, { config, imageExists: () => false });
    expect(issues).toEqual([]);
    expect(article && {
      title: article.title,
      date: article.date.toISO(),
      tags: article.tags,
      section: article.section,
      draft: article.draft,
      slug: article.slug,
    }).toEqual({
      title: "Đà Nẵng hosts an ASEAN dialogue",
      date: "2026-11-28T21:46:00.000+07:00",
      tags: ["Việt Nam", "ASEAN"],
      section: "Politics",
      draft: true,
      slug: "da-nang-hosts-an-asean-dialogue",
    });
  });
});

describe("planNewArticle: mistakes", () => {
  const cases: { name: string; input: Partial<NewArticleInput>; message: string }[] = [
    {
      name: "empty headline",
      input: { title: " \n " },
      message: 'The headline is empty; write it in quotes: communique new "Headline" --tags "ASEAN, Republic of Korea"',
    },
    {
      name: "no tags",
      input: { tags: [] },
      message:
        'No topics given; list 1 to 12 after --tags, separated by commas: communique new "Headline" --tags "ASEAN, Republic of Korea" (with npm, put -- before the headline: npm run new -- "Headline" --tags "ASEAN")',
    },
    {
      name: "only blank tags",
      input: { tags: [" ", ""] },
      message:
        'No topics given; list 1 to 12 after --tags, separated by commas: communique new "Headline" --tags "ASEAN, Republic of Korea" (with npm, put -- before the headline: npm run new -- "Headline" --tags "ASEAN")',
    },
    {
      name: "13 tags",
      input: { tags: Array.from({ length: 13 }, (_, index) => `Topic ${index + 1}`) },
      message: "13 topics given with --tags; keep at most 12",
    },
    {
      name: "a slug with capitals",
      input: { slug: "ASEAN_Dialogue" },
      message: '--slug "ASEAN_Dialogue" is not a valid slug; use lower-case letters a-z, digits and single hyphens, e.g. asean-summit',
    },
    {
      name: "an empty section",
      input: { section: "  " },
      message: "--section is empty; name a section such as Politics, or leave --section out",
    },
  ];
  it.each(cases)("$name", ({ input, message }) => {
    expect(plan(input)).toEqual({ ok: false, message });
  });

  it("accepts exactly 12 tags", () => {
    expect(plan({ tags: Array.from({ length: 12 }, (_, index) => `Topic ${index + 1}`) }).ok).toBe(true);
  });
});

describe("runNew: writing the file", () => {
  let root = "";
  let out: string[] = [];
  let err: string[] = [];
  const io = () => ({ root, now, config, stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text) });
  const path = "content/articles/2026/11/asean-and-republic-of-korea-meet-in-ha-noi.md";

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "communique-new-"));
    out = [];
    err = [];
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("creates the folders and the file, and says what to do next", async () => {
    const code = await runNew(["ASEAN and Republic of Korea meet in Hà Nội", "--tags", "ASEAN, Republic of Korea", "--section", "Politics"], io());
    expect({ code, out, err }).toEqual({
      code: 0,
      out: [
        [
          `Created ${path}`,
          "Next:",
          "  1. Open it, write the summary and the article, then remove the `draft: true` line to publish.",
          "  2. npm run check   lists anything still to fix",
          "  3. npm start       previews the bulletin at http://localhost:8080",
        ].join("\n"),
      ],
      err: [],
    });
    const text = await readFile(join(root, path), "utf8");
    expect(text).toContain("\ntags:\n  - ASEAN\n  - Republic of Korea\nsection: Politics\n");
  });

  it("ignores a leading -- left over from npm", async () => {
    expect(await runNew(["--", "ASEAN and Republic of Korea meet in Hà Nội", "--tags", "ASEAN"], io())).toBe(0);
    expect(await readFile(join(root, path), "utf8")).toContain("\ntags:\n  - ASEAN\n");
  });

  it("joins a headline typed without quotes", async () => {
    expect(await runNew(["ASEAN", "and", "Republic", "of", "Korea", "meet", "in", "Hà", "Nội", "--tags", "ASEAN"], io())).toBe(0);
    expect(await readFile(join(root, path), "utf8")).toContain("\ntitle: ASEAN and Republic of Korea meet in Hà Nội\n");
  });

  it("never overwrites an existing file, and --slug gets around it", async () => {
    const args = ["ASEAN and Republic of Korea meet in Hà Nội", "--tags", "ASEAN"];
    expect(await runNew(args, io())).toBe(0);
    const file = join(root, path);
    await writeFile(file, "the editor's work");
    out = [];
    expect(await runNew(args, io())).toBe(1);
    expect({ out, err }).toEqual({ out: [], err: [`${path} already exists; choose another headline or pass --slug`] });
    expect(await readFile(file, "utf8")).toBe("the editor's work");

    err = [];
    expect(await runNew([...args, "--slug", "asean-rok-ha-noi"], io())).toBe(0);
    expect(err).toEqual([]);
    expect(await readFile(join(root, "content/articles/2026/11/asean-rok-ha-noi.md"), "utf8")).toContain("\nslug: asean-rok-ha-noi  #");
  });

  const mistakes: { name: string; argv: string[]; message: string }[] = [
    {
      name: "--tags missing",
      argv: ["Headline"],
      message:
        'No topics given; list 1 to 12 after --tags, separated by commas: communique new "Headline" --tags "ASEAN, Republic of Korea" (with npm, put -- before the headline: npm run new -- "Headline" --tags "ASEAN")',
    },
    {
      name: "--tags with only commas",
      argv: ["Headline", "--tags", " , ,"],
      message:
        'No topics given; list 1 to 12 after --tags, separated by commas: communique new "Headline" --tags "ASEAN, Republic of Korea" (with npm, put -- before the headline: npm run new -- "Headline" --tags "ASEAN")',
    },
    {
      name: "no headline",
      argv: ["--tags", "ASEAN"],
      message: 'The headline is empty; write it in quotes: communique new "Headline" --tags "ASEAN, Republic of Korea"',
    },
    {
      name: "an unknown option",
      argv: ["Headline", "--tag", "ASEAN"],
      message:
        '--tag is not an option of new; it takes --tags, --summary, --section and --slug. Usage: communique new "Headline" --tags "ASEAN, Republic of Korea" [--section Politics] [--slug s]',
    },
    {
      name: "--tags without a value",
      argv: ["Headline", "--tags"],
      message: '--tags needs a value. Usage: communique new "Headline" --tags "ASEAN, Republic of Korea" [--section Politics] [--slug s]',
    },
  ];
  it.each(mistakes)("$name: exit 2, one message, nothing written", async ({ argv, message }) => {
    expect(await runNew(argv, io())).toBe(2);
    expect({ out, err }).toEqual({ out: [], err: [message] });
    await expect(readFile(join(root, "content/articles/2026/11/headline.md"), "utf8")).rejects.toThrow();
  });
});

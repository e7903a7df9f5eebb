import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/diagnostics/issue";
import { fieldName, parseYaml, type FieldPath } from "../../../src/source/parse-yaml";

const file = "content/articles/a.md";

function error(line: number, column: number, field: string, code: Issue["code"], message: string): Issue {
  return { file, line, column, field, code, severity: "error", message };
}

const sample = [
  "title: ASEAN meets",
  "date: 2020-08-26",
  "tags:",
  "  - ASEAN",
  "  - RoK",
  "image:",
  "  src: a.jpg",
  "  alt: Leaders",
  "flow: [a, b]",
  "empty: {}",
].join("\n");

describe("parseYaml", () => {
  it("reads plain data, keeping dates and yes/no as text", () => {
    const result = parseYaml(file, "date: 2020-08-26\ndraft: true\nflag: yes\ncount: 12\nnothing:\n", 2);
    expect(result).toMatchObject({ ok: true, issues: [] });
    expect(result.ok && result.value).toEqual({ date: "2020-08-26", draft: true, flag: "yes", count: 12, nothing: null });
  });

  it("reads an empty document as an empty mapping", () => {
    const result = parseYaml(file, "# only a comment\n", 2);
    expect(result.ok && result.value).toEqual({});
  });

  const positions: { path: FieldPath; line: number; column: number }[] = [
    { path: ["title"], line: 2, column: 1 },
    { path: ["tags"], line: 4, column: 1 },
    { path: ["tags", 0], line: 5, column: 5 },
    { path: ["tags", 1], line: 6, column: 5 },
    { path: ["image", "alt"], line: 9, column: 3 },
    { path: ["flow", 1], line: 10, column: 11 },
    // Missing paths: the first key of the nearest mapping, else the top of the file.
    { path: ["image", "caption"], line: 8, column: 3 },
    { path: ["image", "caption", "x"], line: 8, column: 3 },
    { path: ["empty", "x"], line: 11, column: 1 },
    { path: ["tags", 5], line: 4, column: 1 },
    { path: ["summary"], line: 1, column: 1 },
    { path: [], line: 1, column: 1 },
  ];
  it.each(positions)("places $path at $line:$column in file lines", ({ path, line, column }) => {
    const result = parseYaml(file, sample, 2);
    if (!result.ok) throw new Error("expected the sample to parse");
    expect(result.positions.of(path)).toEqual({ line, column });
  });

  const refused: { name: string; text: string; issues: Issue[] }[] = [
    {
      name: "an unquoted colon in a value",
      text: "title: ASEAN: a new era\n",
      issues: [error(2, 8, "-", "yaml-syntax", "this line is not a `field: value` pair; quote values that contain `: ` and check the indentation")],
    },
    {
      name: "an unclosed quote",
      text: 'title: "ASEAN\nsummary: x\n',
      issues: [error(4, 1, "-", "yaml-syntax", "a closing quote is missing")],
    },
    {
      name: "a tab as indentation",
      text: "tags:\n\t- a\n",
      issues: [error(3, 1, "-", "yaml-syntax", "tabs cannot indent front matter; use spaces")],
    },
    {
      name: "a list at the top",
      text: "- a\n- b\n",
      issues: [error(2, 1, "-", "yaml-not-mapping", "the front matter must be a list of `field: value` lines")],
    },
    {
      name: "a plain value at the top",
      text: "just words\n",
      issues: [error(2, 1, "-", "yaml-not-mapping", "the front matter must be a list of `field: value` lines")],
    },
  ];
  it.each(refused)("refuses $name", ({ text, issues }) => {
    expect(parseYaml(file, text, 2)).toEqual({ ok: false, issues });
  });

  const flagged: { name: string; text: string; value: Record<string, unknown>; issues: Issue[] }[] = [
    {
      name: "a duplicate key",
      text: "title: A\nsummary: B\ntitle: C\n",
      value: { title: "A", summary: "B" },
      issues: [error(4, 1, "title", "yaml-syntax", "`title` is given twice; keep only one")],
    },
    {
      name: "an anchor and an alias",
      text: "title: &t ASEAN\nsummary: *t\n",
      value: { title: "ASEAN", summary: "ASEAN" },
      issues: [
        error(3, 10, "summary", "yaml-alias", "`*t` repeats another value; YAML aliases are not allowed, write the value out"),
        error(2, 8, "-", "yaml-alias", "`&` names a value for reuse; YAML anchors are not allowed, remove it"),
      ],
    },
    {
      name: "an anchored mapping and a merge key",
      text: "base: &b\n  a: 1\nimage:\n  <<: *b\n  src: x\n",
      value: { base: { a: 1 }, image: { src: "x" } },
      issues: [
        error(5, 3, "image.<<", "yaml-alias", "`<<` merges in another value; YAML merge keys are not allowed, write the fields out"),
        error(2, 7, "-", "yaml-alias", "`&` names a value for reuse; YAML anchors are not allowed, remove it"),
      ],
    },
    {
      name: "prototype keys",
      text: "__proto__:\n  polluted: true\nimage:\n  constructor: x\n  prototype: y\n",
      value: { image: {} },
      issues: [
        error(2, 1, "__proto__", "forbidden-key", "`__proto__` cannot be used as a field name; remove it"),
        error(5, 3, "image.constructor", "forbidden-key", "`constructor` cannot be used as a field name; remove it"),
        error(6, 3, "image.prototype", "forbidden-key", "`prototype` cannot be used as a field name; remove it"),
      ],
    },
    {
      name: "a list as a key",
      text: "? [a, b]\n: c\ntitle: A\n",
      value: { title: "A" },
      issues: [error(2, 3, "-", "yaml-syntax", "a field name must be plain text before `:`")],
    },
    {
      name: "control characters written as escapes",
      text: 'title: "Ring\\a"\ntags: [ok, "x\\x85y"]\nsummary: "nul\\0"\n',
      value: { title: "Ring\u0007", tags: ["ok", "x\u0085y"], summary: "nul\u0000" },
      issues: [
        error(2, 1, "title", "control-character", "this value's escape writes an invisible control character (U+0007), which feeds cannot carry; remove it"),
        error(3, 12, "tags[1]", "control-character", "this value's escape writes an invisible control character (U+0085), which feeds cannot carry; remove it"),
        error(4, 1, "summary", "control-character", "this value's escape writes an invisible control character (U+0000), which feeds cannot carry; remove it"),
      ],
    },
    {
      name: "escapes of ordinary characters, and a control character written as is (the file's text reports it)",
      text: 'title: "Vi\\u1EC7t\\tNam"\nsummary: "a\u0000b"\n',
      value: { title: "Việt\tNam", summary: "a\u0000b" },
      issues: [],
    },
  ];
  it.each(flagged)("reads past $name and reports it", ({ text, value, issues }) => {
    const result = parseYaml(file, text, 2);
    expect(result.ok && result.value).toEqual(value);
    expect(result.issues).toEqual(issues);
  });

  it("never assigns a prototype", () => {
    const result = parseYaml(file, "__proto__:\n  polluted: true\n", 2);
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("parseYaml against alias bombs", () => {
  // "Billion laughs": nine levels of nine aliases each would expand to 9^9 strings.
  const names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
  const bomb = [
    `a: &a [${Array(9).fill('"lol"').join(",")}]`,
    ...names.slice(1).map((name, index) => `${name}: &${name} [${Array(9).fill(`*${names[index]}`).join(",")}]`),
  ].join("\n");

  it("reports the first aliases, sums up the rest, and reports every anchor", () => {
    const aliasMessage = (name: string): string => `\`*${name}\` repeats another value; YAML aliases are not allowed, write the value out`;
    const anchorMessage = "`&` names a value for reuse; YAML anchors are not allowed, remove it";
    expect(parseYaml(file, bomb, 2).issues).toEqual([
      ...Array.from({ length: 9 }, (_, index) => error(3, 8 + 3 * index, `b[${index}]`, "yaml-alias", aliasMessage("a"))),
      error(4, 8, "c[0]", "yaml-alias", aliasMessage("b")),
      error(4, 11, "c[1]", "yaml-alias", "this alias and 61 more repeat other values; YAML aliases are not allowed, write the values out"),
      ...names.map((_, index) => error(2 + index, 4, "-", "yaml-alias", anchorMessage)),
    ]);
  });

  it("never expands an alias: each reuses the one value it names, so memory does not grow", () => {
    const result = parseYaml(file, bomb, 2);
    if (!result.ok) throw new Error("expected the bomb to be read");
    const { value } = result;
    expect((value["i"] as unknown[])[8]).toBe(value["h"]);
    expect((value["b"] as unknown[])[0]).toBe(value["a"]);
    // Every list reachable is one of the nine written: nothing was copied.
    const seen = new Set<unknown>();
    const pending: unknown[] = [value];
    while (pending.length > 0) {
      const node = pending.pop();
      if (typeof node !== "object" || node === null || seen.has(node)) continue;
      seen.add(node);
      pending.push(...Object.values(node));
    }
    expect(seen.size).toBe(10);
  });

  it("sums up thousands of aliases in one issue", () => {
    const text = `a: &a x\nb: [${Array(5000).fill("*a").join(", ")}]`;
    const result = parseYaml(file, text, 2);
    expect(result.issues).toHaveLength(12);
    expect(result.issues[10]).toEqual(
      error(3, 45, "b[10]", "yaml-alias", "this alias and 4989 more repeat other values; YAML aliases are not allowed, write the values out"),
    );
    expect(result.ok && (result.value["b"] as unknown[]).length).toBe(5000);
  });

  it("sums up more than ten anchors", () => {
    const text = Array.from({ length: 12 }, (_, index) => `k${index}: &x${index} v`).join("\n");
    const issues = parseYaml(file, text, 2).issues;
    expect(issues.slice(9)).toEqual([
      error(11, 5, "-", "yaml-alias", "`&` names a value for reuse; YAML anchors are not allowed, remove it"),
      error(12, 6, "-", "yaml-alias", "this anchor and 1 more name values for reuse; YAML anchors are not allowed, remove them"),
    ]);
  });

  it("reads an alias as the latest anchor of that name before it", () => {
    const result = parseYaml(file, "a: &x one\nb: *x\nc: &x two\nd: *x\n", 2);
    expect(result.ok && result.value).toEqual({ a: "one", b: "one", c: "two", d: "two" });
  });
});

describe("fieldName", () => {
  const cases: { path: FieldPath; name: string }[] = [
    { path: [], name: "-" },
    { path: ["title"], name: "title" },
    { path: ["tags", 2], name: "tags[2]" },
    { path: ["image", "alt"], name: "image.alt" },
    { path: ["corrections", 0, "date"], name: "corrections[0].date" },
  ];
  it.each(cases)("prints $path as $name", ({ path, name }) => {
    expect(fieldName(path)).toBe(name);
  });
});

import { describe, expect, it } from "vitest";
import { pathKey, readYamlQuickly } from "../../../src/source/quick-yaml";

const article = [
  "title: Việt Nam and Senegal mark 20 years of relations",
  "date: 2026-11-28T08:18:00+07:00",
  "summary: 'Talks on trade: a follow-up in January.'",
  "tags:",
  "  - Việt Nam",
  "  - Climate change",
  "image:",
  "  src: a.jpg # the picture",
  "  alt: Leaders",
  "flow: [1, two]",
  "section: Economy",
  "",
].join("\n");

describe("readYamlQuickly", () => {
  it("reads plain front matter, with the core schema's numbers, booleans and nulls", () => {
    const read = readYamlQuickly("a: 12\nb: -0\nc: 0x1F\nd: 0o17\ne: 1.5e3\nf: .inf\ng: .NaN\nh: True\ni: yes\nj: ~\nk:\nl: 2020-08-26\nm: 1_000\n");
    expect(read?.value).toEqual({ a: 12, b: -0, c: 31, d: 15, e: 1500, f: Infinity, g: NaN, h: true, i: "yes", j: null, k: null, l: "2020-08-26", m: "1_000" });
    expect(Object.is(read?.value.b, -0)).toBe(true);
  });

  it("finds the offset of every key and list item, and each mapping's first key", () => {
    const read = readYamlQuickly(article);
    const at = (path: readonly (string | number)[]) => read?.located.get(pathKey(path));
    expect(at(["title"])).toEqual({ at: article.indexOf("title") });
    expect(at(["tags"])).toEqual({ at: article.indexOf("tags") });
    expect(at(["tags", 0])).toEqual({ at: article.indexOf("Việt Nam\n") });
    expect(at(["tags", 1])).toEqual({ at: article.indexOf("Climate") });
    expect(at(["image"])).toEqual({ at: article.indexOf("image"), firstKey: article.indexOf("src") });
    expect(at(["image", "alt"])).toEqual({ at: article.indexOf("alt") });
    expect(at(["flow", 1])).toEqual({ at: article.indexOf("two") });
    expect(read?.located.size).toBe(13);
  });

  it("reads mappings whose first key is quoted", () => {
    const text = "'title': Hello\nimage:\n  \"src\": a.jpg\n  alt: x\n";
    const read = readYamlQuickly(text);
    expect(read?.value).toEqual({ title: "Hello", image: { src: "a.jpg", alt: "x" } });
    expect(read?.located.get(pathKey(["image"]))).toEqual({ at: text.indexOf("image"), firstKey: text.indexOf('"src"') });
  });

  // Each of these the full reader reports, or reads in a way the quick one would not.
  it.each([
    ["a syntax error", "title: 'open\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["an anchor", "a: &x 1\n"],
    ["an alias", "a: 1\nb: *x\n"],
    ["an anchor on a key", "&k a: 1\n"],
    ["a tag", "a: !!str 5\n"],
    ["a custom tag", "a: !foo x\n"],
    ["a merge key", "<<: {a: 1}\n"],
    ["a prototype key", "__proto__: 1\n"],
    ["a constructor key", "constructor: 1\n"],
    ["a null key", "~: 1\n"],
    ["a list as a key", "? [a]\n: b\n"],
    ["an escaped control character", 'a: "\\u0007"\n'],
    ["a control character in a key", '"\\x07": 1\n'],
    ["a list at the top", "- a\n- b\n"],
    ["text at the top", "just text\n"],
    ["an empty document", "# only a comment\n"],
    ["two documents", "a: 1\n---\nb: 2\n"],
    ["an empty list item", "tags:\n  -\n  - b\n"],
    ["a pair inside a flow list", "tags: [a: 1]\n"],
    ["quoted text over two lines", "a: 'one\n  two'\n"],
    ["a flow list over two lines", "a: [x,\n  y]\n"],
    ["a block scalar", "a: |\n  text\n"],
    ["a tab", "a:\tb\n"],
    ["a lone carriage return", "a: 1\rb: 2\n"],
    ["a key over 1,000 characters", `${"k".repeat(1001)}: 1\n`],
  ])("declines %s", (_, text) => {
    expect(readYamlQuickly(text)).toBeUndefined();
  });

  it("does not follow aliases, so a document made of them is declined at once", () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let index = 1; index < 40; index += 1) lines.push(`a${index}: &a${index} [${Array(10).fill(`*a${index - 1}`).join(", ")}]`);
    expect(readYamlQuickly(lines.join("\n"))).toBeUndefined();
  });
});

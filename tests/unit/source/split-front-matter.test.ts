import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../../src/source/split-front-matter";

const file = "content/articles/a.md";

describe("splitFrontMatter", () => {
  const accepted: { name: string; text: string; yaml: string; body: string; bodyLine: number }[] = [
    { name: "plain fences", text: "---\ntitle: A\n---\nBody\n", yaml: "title: A", body: "Body\n", bodyLine: 4 },
    { name: "BOM and CRLF", text: "\uFEFF---\r\ntitle: A\r\nsummary: B\r\n---\r\nBody\r\nMore\r\n", yaml: "title: A\nsummary: B", body: "Body\nMore\n", bodyLine: 5 },
    { name: "an explicit yaml fence", text: "---yaml\ntitle: A\n---\nBody", yaml: "title: A", body: "Body", bodyLine: 4 },
    { name: "an empty front matter", text: "---\n---\nBody", yaml: "", body: "Body", bodyLine: 3 },
    { name: "blank lines around the body", text: "---\na: 1\n\nb: 2\n---\n\nBody", yaml: "a: 1\n\nb: 2", body: "\nBody", bodyLine: 6 },
    { name: "no body", text: "---\na: 1\n---\n", yaml: "a: 1", body: "", bodyLine: 4 },
  ];
  it.each(accepted)("accepts $name", ({ text, yaml, body, bodyLine }) => {
    expect(splitFrontMatter(file, text)).toEqual({ ok: true, yaml, yamlLine: 2, body, bodyLine });
  });

  const missing = "the file must start with front matter: a `---` line, the fields, then another `---` line";
  const unclosed = "the front matter has no closing `---` line";
  const language = (name: string): string =>
    `front matter must be YAML; \`---${name}\` is not accepted, start the file with a plain \`---\` line`;
  const refused: { name: string; text: string; code: string; message: string }[] = [
    { name: "no front matter", text: "# Title\nBody", code: "front-matter-missing", message: missing },
    { name: "an empty file", text: "", code: "front-matter-missing", message: missing },
    { name: "a four-dash line", text: "----\na: 1\n----\n", code: "front-matter-missing", message: missing },
    { name: "no closing fence", text: "---\ntitle: A\nBody", code: "front-matter-missing", message: unclosed },
    { name: "a lone fence", text: "---", code: "front-matter-missing", message: unclosed },
    { name: "JavaScript", text: "---js\n{ title: 'x' }\n---\n", code: "front-matter-language", message: language("js") },
    { name: "javascript", text: "---javascript\n{ title: 'x' }\n---\n", code: "front-matter-language", message: language("javascript") },
    { name: "JSON", text: '---json\n{ "title": "x" }\n---\n', code: "front-matter-language", message: language("json") },
    { name: "TOML with a space", text: '--- toml\ntitle = "x"\n---\n', code: "front-matter-language", message: language("toml") },
    { name: "a language and no line break", text: "---js", code: "front-matter-language", message: language("js") },
  ];
  it.each(refused)("refuses $name at line 1", ({ text, code, message }) => {
    expect(splitFrontMatter(file, text)).toEqual({
      ok: false,
      issue: { file, line: 1, column: 1, field: "-", code, severity: "error", message },
    });
  });

  it("never runs JavaScript front matter", () => {
    const text = '---js\n{ title: (()=>{ globalThis.pwned = true; return "x" })() }\n---\nBody\n';
    const result = splitFrontMatter(file, text);
    expect(result.ok).toBe(false);
    expect("pwned" in globalThis).toBe(false);
  });
});

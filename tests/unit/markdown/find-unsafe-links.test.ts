import { describe, expect, it } from "vitest";
import { resolveSiteConfig } from "../../../src/config";
import type { Issue } from "../../../src/diagnostics/issue";
import { findUnsafeLinks, findUnsafeScheme, linkSchemeMessage } from "../../../src/markdown/find-unsafe-links";
import { createMarkdownRenderer } from "../../../src/markdown/render-markdown";
import { parseArticleFile } from "../../../src/source/load-bulletin";

const file = "content/articles/2024/05/a.md";

/** The `link-scheme` error at `line`:`column` for `scheme`. */
function refused(line: number, column: number, scheme: string): Issue {
  return { file, line, column, field: "body", code: "link-scheme", severity: "error", message: linkSchemeMessage(scheme) };
}

describe("linkSchemeMessage", () => {
  it("names the scheme and says what to do", () => {
    expect(linkSchemeMessage("javascript:")).toBe(
      "this link goes to a `javascript:` address, which is never allowed in an article; link to a web page (https://…) instead",
    );
  });
});

describe("findUnsafeScheme", () => {
  it.each([
    ["javascript:alert(1)", "javascript:"],
    ["JaVaScRiPt:alert(1)", "javascript:"],
    ["vbscript:msgbox", "vbscript:"],
    ["data:text/html,<b>x</b>", "data:"],
    ["file:///etc/passwd", "file:"],
    ["  javascript:x", "javascript:"],
    ["\u0001\u001f javascript:x", "javascript:"],
    ["java\tscr\nipt\r:x", "javascript:"],
    ["https://example.org/", undefined],
    ["/2024/05/story/", undefined],
    ["mailto:desk@example.org", undefined],
    ["javascripts:x", undefined],
    ["./javascript:x", undefined],
    ["java%09script:x", undefined],
  ])("%j → %s", (target, scheme) => {
    expect(findUnsafeScheme(target)).toBe(scheme);
  });
});

describe("findUnsafeLinks", () => {
  it.each<[string, string, Issue[]]>([
    ["a plain link", "[a](javascript:alert(1))", [refused(10, 1, "javascript:")]],
    [
      "a link and an image on one line",
      "Text [a] [b](JavaScript:x) and ![i](data:image/png;base64,AAAA)",
      [refused(10, 10, "javascript:"), refused(10, 32, "data:")],
    ],
    ["a link in a block quote", "> quoted\n> line [x](vbscript:msgbox)\n", [refused(11, 8, "vbscript:")]],
    ["a link in a nested list", "- item\n  - nested [x](file:///etc/passwd)", [refused(11, 12, "file:")]],
    [
      "targets hidden behind entities, spaces and autolinks",
      "[x](&#106;avascript:a) [y](< javascript:a>) [z](java&Tab;script:b) <javascript:alert(1)>",
      [refused(10, 1, "javascript:"), refused(10, 24, "javascript:"), refused(10, 45, "javascript:"), refused(10, 68, "javascript:")],
    ],
    ["a reference link, at its use", "See [r].\n\n[r]: javascript:ref", [refused(10, 5, "javascript:")]],
    ["a link in a table cell", "| a | b |\n|---|---|\n| c | [l](data:text/html,x) |", [refused(12, 7, "data:")]],
    ["a link in an image's description, at the image", "Look: ![alt [in](javascript:a)](/ok.png)", [refused(10, 7, "javascript:")]],
    [
      "a heading and an indented paragraph",
      "# Head [h](javascript:a)\n\n   para *em [e](javascript:b)*",
      [refused(10, 8, "javascript:"), refused(12, 13, "javascript:")],
    ],
    ["links that are allowed", "[ok](https://x) [ok2](/a) [ok3](mailto:a) [ok4](javascripts:a) https://example.org", []],
    ["code, which makes no link", "    [code](javascript:a)\n\n`[c](javascript:a)`", []],
    ["raw HTML, which is shown as text", '<a href="javascript:a">x</a>', []],
    ["no colon at all", "Just [text](/path) here.", []],
  ])("%s", (_, body, issues) => {
    expect(findUnsafeLinks(file, body, 10)).toEqual(issues);
  });

  it("gives the same answer when called again", () => {
    const body = "[a](javascript:x)\n\n[b](data:x)";
    expect(findUnsafeLinks(file, body, 3)).toEqual([refused(3, 1, "javascript:"), refused(5, 1, "data:")]);
    expect(findUnsafeLinks(file, body, 3)).toEqual([refused(3, 1, "javascript:"), refused(5, 1, "data:")]);
  });

  it("refuses only what the renderer would never link", () => {
    const render = createMarkdownRenderer();
    const body = "[a](javascript:x) [b](vbscript:x) [c](file:///x) [d](data:x) ![e](data:image/png;base64,AAAA)";
    expect(findUnsafeLinks(file, body, 1)).toHaveLength(5);
    expect(render(body)).not.toMatch(/(href|src)="/);
  });
});

describe("parseArticleFile refuses unsafe links at their line in the file", () => {
  const ctx = { config: resolveSiteConfig(), imageExists: () => true };
  const text = [
    "---",
    "title: A title",
    "date: 2024-05-01",
    "summary: A summary.",
    "tags:",
    "  - ASEAN",
    "---",
    "",
    "First paragraph.",
    "",
    "Read [this](javascript:alert(1)) now.",
    "",
  ].join("\r\n");

  it("reports the link and publishes nothing", () => {
    expect(parseArticleFile(file, text, ctx)).toEqual({ issues: [refused(11, 6, "javascript:")] });
  });
});

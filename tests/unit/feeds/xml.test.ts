import { describe, expect, it } from "vitest";
import { escapeXml, stripForbiddenXmlChars } from "../../../src/feeds/xml";
import { editorText, parseXml, rootOf } from "./support";

describe("escapeXml", () => {
  it.each([
    ["plain", "plain"],
    ["Tom & Jerry", "Tom &amp; Jerry"],
    ["<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"],
    [`"double" 'single'`, "&quot;double&quot; &apos;single&apos;"],
    ["]]>", "]]&gt;"],
    ["&amp; stays text", "&amp;amp; stays text"],
    ["Việt Nam, 대한민국", "Việt Nam, 대한민국"],
    ["bell\u0007 null\u0000 vt\u000B ff\u000C esc\u001B", "bell null vt ff esc"],
    ["tab\t line\n return\r", "tab\t line\n return\r"],
    ["\uFFFE\uFFFF", ""],
    ["globe 🌏", "globe 🌏"],
    ["lone \uD83C high, lone \uDF0F low", "lone  high, lone  low"],
  ])("escapes %j as %j", (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });

  it.each([editorText, "a\u0001b", `'"'"&&<<>>`])("round-trips %j through element text and both attribute quotes", (text) => {
    const clean = stripForbiddenXmlChars(text);
    const root = rootOf(parseXml(`<x a="${escapeXml(text)}" b='${escapeXml(text)}'>${escapeXml(text)}</x>`));
    expect([root.textContent, root.getAttribute("a"), root.getAttribute("b")]).toEqual([clean, clean, clean]);
  });
});

import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/diagnostics/issue";
import { decodeText, findControlCharacters, maxArticleBytes, maxControlCharacterIssues, sizeIssue } from "../../../src/source/decode-text";

const file = "content/articles/a.md";

function error(line: number, column: number, code: Issue["code"], message: string): Issue {
  return { file, line, column, field: "-", code, severity: "error", message };
}

const notUtf8 = "the text here is not UTF-8; save the file with the UTF-8 encoding (often an option of Save As)";

function bytes(...parts: (string | number[])[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === "string" ? new TextEncoder().encode(part) : Uint8Array.from(part)));
  const all = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}

describe("sizeIssue", () => {
  it.each([
    { size: maxArticleBytes, issue: undefined },
    { size: 0, issue: undefined },
    {
      size: maxArticleBytes + 1,
      issue: error(1, 1, "too-large", "the file is 1025 KiB; a file here may be at most 1024 KiB, so shorten it or split it in two"),
    },
    {
      size: 5 * maxArticleBytes,
      issue: error(1, 1, "too-large", "the file is 5120 KiB; a file here may be at most 1024 KiB, so shorten it or split it in two"),
    },
  ])("$size bytes", ({ size, issue }) => {
    expect(sizeIssue(file, size)).toEqual(issue);
  });
});

describe("decodeText", () => {
  it.each([
    { name: "plain UTF-8", input: bytes("---\ntitle: Việt Nam\n"), text: "---\ntitle: Việt Nam\n" },
    { name: "a BOM, dropped", input: bytes([0xef, 0xbb, 0xbf], "---\r\n"), text: "---\r\n" },
    { name: "a four-byte character", input: bytes("😀"), text: "😀" },
    { name: "nothing", input: bytes(), text: "" },
  ])("reads $name", ({ input, text }) => {
    expect(decodeText(file, input)).toEqual({ ok: true, text });
  });

  it.each([
    { name: "a Latin-1 é", input: bytes("---\ntitle: Caf", [0xe9], "\n"), line: 2, column: 11 },
    { name: "a bad first byte", input: bytes([0xff], "abc"), line: 1, column: 1 },
    { name: "a bad byte after a BOM", input: bytes([0xef, 0xbb, 0xbf, 0x80]), line: 1, column: 1 },
    { name: "a bad byte after wide characters", input: bytes("a\nViệt 😀", [0xc0, 0xaf]), line: 2, column: 8 },
    { name: "an overlong form", input: bytes("x", [0xe0, 0x80, 0xaf]), line: 1, column: 2 },
    { name: "an encoded surrogate", input: bytes("xy", [0xed, 0xa0, 0x80]), line: 1, column: 3 },
    { name: "a code point past U+10FFFF", input: bytes([0xf4, 0x90, 0x80, 0x80]), line: 1, column: 1 },
    { name: "a sequence cut short at the end", input: bytes("a\nb\nc", [0xe2, 0x82]), line: 3, column: 2 },
    { name: "a CRLF file", input: bytes("a\r\nb\r\n", [0xfe]), line: 3, column: 1 },
  ])("refuses $name at the first bad byte", ({ input, line, column }) => {
    expect(decodeText(file, input)).toEqual({ ok: false, issue: error(line, column, "encoding", notUtf8) });
  });

  it("refuses a file over the limit without decoding it", () => {
    expect(decodeText(file, bytes("a".repeat(2049), [0xff]), 2048)).toEqual({
      ok: false,
      issue: error(1, 1, "too-large", "the file is 3 KiB; a file here may be at most 2 KiB, so shorten it or split it in two"),
    });
  });
});

describe("findControlCharacters", () => {
  const message = (code: string): string =>
    `an invisible control character (U+${code}) is here, which feeds cannot carry; delete it (it often comes with pasted text)`;

  it.each([
    { name: "tabs, CR and LF", text: "a\tb\r\nc\rd\n", issues: [] },
    { name: "letters of every script", text: "Việt Nam 대한민국 \u00a0\u2028😀", issues: [] },
    { name: "a NUL", text: "---\ntitle: a\u0000b\n", issues: [error(2, 9, "control-character", message("0000"))] },
    { name: "a bell in the body", text: "---\n---\n\nRing\u0007", issues: [error(4, 5, "control-character", message("0007"))] },
    { name: "an escape", text: "\u001b[31mred", issues: [error(1, 1, "control-character", message("001B"))] },
    { name: "DEL", text: "x\u007f", issues: [error(1, 2, "control-character", message("007F"))] },
    { name: "a C1 next line", text: "a\nb\u0085c", issues: [error(2, 2, "control-character", message("0085"))] },
    { name: "U+FFFF, which XML forbids", text: "\uffff", issues: [error(1, 1, "control-character", message("FFFF"))] },
    { name: "a form feed after wide characters", text: "😀\f", issues: [error(1, 3, "control-character", message("000C"))] },
    {
      name: "two on one line, then one on another",
      text: "a\u0001b\u0002\nc\u0003",
      issues: [error(1, 2, "control-character", message("0001")), error(2, 2, "control-character", message("0003"))],
    },
  ])("$name", ({ text, issues }) => {
    expect(findControlCharacters(file, text)).toEqual(issues);
  });

  it(`reports ${maxControlCharacterIssues} lines, then sums up the rest`, () => {
    const text = Array.from({ length: 30 }, () => "a\u0000").join("\n");
    const issues = findControlCharacters(file, text);
    expect(issues).toHaveLength(maxControlCharacterIssues + 1);
    expect(issues[maxControlCharacterIssues - 1]).toEqual(error(10, 2, "control-character", message("0000")));
    expect(issues[maxControlCharacterIssues]).toEqual(
      error(11, 2, "control-character", "an invisible control character (U+0000) is here, and more on 19 lines below, which feeds cannot carry; delete them (they often come with pasted text)"),
    );
  });

  it("reports an eleventh line on its own rather than summing up one", () => {
    const text = Array.from({ length: 11 }, () => "\u0000").join("\n");
    expect(findControlCharacters(file, text).map((issue) => issue.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

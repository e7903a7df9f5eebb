/**
 * Turns a content file's bytes into text, refusing what cannot be published: a file over
 * the size limit, bytes that are not UTF-8, and invisible control characters that no feed
 * can carry. Pure: bytes in, text or positioned issues out. A leading BOM is dropped.
 */
import type { Issue } from "../diagnostics/issue";

/**
 * Largest article file read, in bytes; a bigger one is refused unread, which bounds the
 * time and memory any one file can take.
 * @default 1048576 (1 MiB)
 */
export const maxArticleBytes = 1024 * 1024;

/**
 * Lines with a control character reported one by one in a file; the rest are summed up
 * in one more issue.
 * @default 10
 */
export const maxControlCharacterIssues = 10;

/** A file's text, or the issue that stops reading it. */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly issue: Issue };

/** The `too-large` issue for a file of `size` bytes, or undefined within `limit`. */
export function sizeIssue(file: string, size: number, limit = maxArticleBytes): Issue | undefined {
  if (size <= limit) return undefined;
  const message = `the file is ${formatBytes(size)}; a file here may be at most ${formatBytes(limit)}, so shorten it or split it in two`;
  return issue(file, 1, 1, "too-large", message);
}

/**
 * Decodes `bytes` (the whole of `file`) as UTF-8. A file over `limit` bytes, or one that
 * is not UTF-8, gives one issue; the second points at the first byte that is not.
 */
export function decodeText(file: string, bytes: Uint8Array, limit = maxArticleBytes): DecodedText {
  const tooLarge = sizeIssue(file, bytes.length, limit);
  if (tooLarge) return { ok: false, issue: tooLarge };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const lineStart = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
    const line = 1 + countByte(bytes, 0x0a, lineStart);
    // The bytes before the bad one are valid, so they decode to the column exactly (a BOM drops out).
    const column = 1 + new TextDecoder("utf-8").decode(bytes.subarray(lineStart, at)).length;
    const message = "the text here is not UTF-8; save the file with the UTF-8 encoding (often an option of Save As)";
    return { ok: false, issue: issue(file, line, column, "encoding", message) };
  }
}

// C0 controls but tab, LF and CR; DEL and the C1 controls; U+FFFE and U+FFFF, which XML
// forbids (https://www.w3.org/TR/xml/#charsets).
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const everyControlCharacter = new RegExp(controlCharacter.source, "g");

/** The first control character {@link findControlCharacters} refuses in `text`, if any. */
export function firstControlCharacter(text: string): string | undefined {
  return controlCharacter.exec(text)?.[0];
}

/** "an invisible control character (U+0007)". */
export function describeControlCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `an invisible control character (U+${code.toString(16).toUpperCase().padStart(4, "0")})`;
}

/**
 * A `control-character` issue for each line of `text` (the whole of `file`) holding an
 * invisible control character, at the first one on the line; past
 * {@link maxControlCharacterIssues} lines, one more issue sums up the rest.
 */
export function findControlCharacters(file: string, text: string): Issue[] {
  const found: { line: number; column: number; char: string }[] = [];
  let line = 1;
  let lineStart = 0;
  everyControlCharacter.lastIndex = 0;
  for (let match = everyControlCharacter.exec(text); match; match = everyControlCharacter.exec(text)) {
    for (let at = text.indexOf("\n", lineStart); at !== -1 && at < match.index; at = text.indexOf("\n", at + 1)) {
      line += 1;
      lineStart = at + 1;
    }
    found.push({ line, column: match.index - lineStart + 1, char: match[0] });
    // One issue a line is enough to find them: go on from the next line.
    const nextLine = text.indexOf("\n", match.index);
    if (nextLine === -1) break;
    everyControlCharacter.lastIndex = nextLine;
  }
  const shown = found.length === maxControlCharacterIssues + 1 ? found : found.slice(0, maxControlCharacterIssues);
  const issues = shown.map(({ line, column, char }) =>
    issue(file, line, column, "control-character", `${describeControlCharacter(char)} is here, which feeds cannot carry; delete it (it often comes with pasted text)`),
  );
  const next = found[shown.length];
  if (next) {
    const more = found.length - shown.length - 1;
    const message = `${describeControlCharacter(next.char)} is here, and more on ${more} lines below, which feeds cannot carry; delete them (they often come with pasted text)`;
    issues.push(issue(file, next.line, next.column, "control-character", message));
  }
  return issues;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode
 * Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF); `bytes.length` if none.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const within = (at: number, low: number, high: number): boolean => {
    const byte = bytes[at];
    return byte !== undefined && byte >= low && byte <= high;
  };
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    let ranges: readonly (readonly [number, number])[];
    if (lead < 0x80) ranges = [];
    else if (lead >= 0xc2 && lead <= 0xdf) ranges = [[0x80, 0xbf]];
    else if (lead === 0xe0) ranges = [[0xa0, 0xbf], [0x80, 0xbf]];
    else if (lead === 0xed) ranges = [[0x80, 0x9f], [0x80, 0xbf]];
    else if (lead >= 0xe1 && lead <= 0xef) ranges = [[0x80, 0xbf], [0x80, 0xbf]];
    else if (lead === 0xf0) ranges = [[0x90, 0xbf], [0x80, 0xbf], [0x80, 0xbf]];
    else if (lead >= 0xf1 && lead <= 0xf3) ranges = [[0x80, 0xbf], [0x80, 0xbf], [0x80, 0xbf]];
    else if (lead === 0xf4) ranges = [[0x80, 0x8f], [0x80, 0xbf], [0x80, 0xbf]];
    else return at;
    if (!ranges.every(([low, high], index) => within(at + 1 + index, low, high))) return at;
    at += 1 + ranges.length;
  }
  return at;
}

function countByte(bytes: Uint8Array, byte: number, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at !== -1 && at < end; at = bytes.indexOf(byte, at + 1)) count += 1;
  return count;
}

/** "1025 KiB": rounded up, so a file just over the limit never reads as equal to it. */
function formatBytes(size: number): string {
  return `${Math.ceil(size / 1024)} KiB`;
}

function issue(file: string, line: number, column: number, code: Issue["code"], message: string): Issue {
  return { file, line, column, field: "-", code, severity: "error", message };
}

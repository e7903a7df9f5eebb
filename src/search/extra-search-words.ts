/**
 * Words the search index needs besides the page text. Pagefind folds diacritics itself:
 * it decomposes each word (NFD) and drops the combining marks, in the index and in the
 * query, so "Nguyen Quoc Dung" finds "Nguyễn Quốc Dũng". Letters that do not decompose,
 * such as the Vietnamese "đ", stay as they are ("Đà Nẵng" is indexed as "đa nang"). For
 * those words this gives the form the bulletin's slugs fold them to ("da"). Pure.
 */
import { ownCopy } from "../own-strings";
import { toSlug } from "../slug";

/**
 * The folded forms of the words in `texts` that Pagefind leaves with a non-ASCII letter,
 * distinct, in order of first use, joined by spaces; "" when every word folds by itself.
 * Words are runs of letters, marks and digits. Words in scripts without a Latin folding
 * (Hangul, Han) are left to Pagefind.
 */
export function extraSearchWords(texts: readonly string[]): string {
  const seen = new Set<string>();
  const extra = new Set<string>();
  for (const text of texts) {
    for (const word of nonAsciiWords(text)) {
      if (seen.has(word)) continue;
      seen.add(word);
      const folded = extraFormOf(word);
      if (folded !== undefined) extra.add(folded);
    }
  }
  return [...extra].join(" ");
}

/**
 * The extra form of one word, or undefined when Pagefind finds it as it is. Remembered:
 * the same words come back in article after article, and a bulletin has only so many.
 */
function extraFormOf(word: string): string | undefined {
  if (extraForms.has(word)) return extraForms.get(word);
  const pagefindForm = foldLikePagefind(word);
  const folded = isAscii(pagefindForm) ? "" : toSlug(word).replaceAll("-", " ");
  const form = folded !== "" && folded !== pagefindForm ? folded : undefined;
  // A copy: the word is a piece of a body, which it would otherwise keep in memory.
  extraForms.set(ownCopy(word), form);
  return form;
}

const extraForms = new Map<string, string | undefined>();

const nonAsciiPattern = /[^\u0000-\u007f]/g;

/**
 * The words of `text` holding a character outside ASCII, in order (repeats included). Only
 * those can fold to something Pagefind does not find, so the scan jumps from one non-ASCII
 * character to the next and grows a word around it; plain English costs one native search.
 */
export function* nonAsciiWords(text: string): Generator<string> {
  const pattern = new RegExp(nonAsciiPattern);
  let found: RegExpExecArray | null;
  while ((found = pattern.exec(text)) !== null) {
    const at = found.index;
    if (!isWordAt(text, at)) {
      pattern.lastIndex = at + charLength(text, at);
      continue;
    }
    let start = at;
    while (start > 0) {
      const before = charStartBefore(text, start);
      if (!isWordAt(text, before)) break;
      start = before;
    }
    let end = at;
    while (end < text.length && isWordAt(text, end)) end += charLength(text, end);
    pattern.lastIndex = end;
    yield text.slice(start, end);
  }
}

const wordCharPattern = /^[\p{L}\p{M}\p{N}]$/u;
const knownWordChars = new Map<number, boolean>();

/** Is the character (code point) starting at `index` a letter, mark or digit? */
function isWordAt(text: string, index: number): boolean {
  const code = text.codePointAt(index) ?? 0;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  let known = knownWordChars.get(code);
  if (known === undefined) {
    known = wordCharPattern.test(String.fromCodePoint(code));
    knownWordChars.set(code, known);
  }
  return known;
}

/** Code units of the character starting at `index`: 2 for a surrogate pair. */
function charLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

/** Where the character ending just before `index` starts. */
function charStartBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
}

/** Lower case, decomposed, combining marks dropped: what Pagefind 1.6 indexes a word as. */
export function foldLikePagefind(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

function isAscii(text: string): boolean {
  return /^[\u0000-\u007f]*$/.test(text);
}

/**
 * Order and letter groups of the A–Z topic index. Names compare by their folded form, so
 * "Đà Nẵng" sorts with D and case never matters; `topicLetter` reads the same folded form,
 * so names sorted with `compareTopicNames` form contiguous letter groups, "#" first.
 */
import { toSlug } from "../slug";

/**
 * Compares two topics for the A–Z index: by folded name (case and diacritics ignored,
 * words compared in turn), then by the name itself, codepoint order. Names with no Latin
 * letter or digit fold to "" and come first, among themselves in codepoint order.
 */
export function compareTopicNames(a: { readonly name: string }, b: { readonly name: string }): number {
  return compareText(sortKey(a.name), sortKey(b.name)) || compareText(a.name, b.name);
}

/**
 * The index group of a topic name: its first folded letter, "A" to "Z", or "#" when the
 * folded name starts with a digit or the name has no Latin letter or digit.
 */
export function topicLetter(name: string): string {
  const first = sortKey(name).charAt(0);
  return first >= "a" && first <= "z" ? first.toUpperCase() : "#";
}

/** Most names remembered; a sort calls `sortKey` about 2·n·log n times for n topics. */
const memoLimit = 50_000;
const memo = new Map<string, string>();

/** The folded name (`toSlug`), remembered because folding costs far more than comparing. */
function sortKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= memoLimit) memo.clear();
    key = toSlug(name);
    memo.set(name, key);
  }
  return key;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

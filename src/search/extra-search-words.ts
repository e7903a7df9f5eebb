/**
 * Words the search index needs besides the page text. Pagefind folds diacritics itself:
 * it decomposes each word (NFD) and drops the combining marks, in the index and in the
 * query, so "Nguyen Quoc Dung" finds "Nguyễn Quốc Dũng". Letters that do not decompose,
 * such as the Vietnamese "đ", stay as they are ("Đà Nẵng" is indexed as "đa nang"). For
 * those words this gives the form the bulletin's slugs fold them to ("da"). Pure.
 */
import { toSlug } from "../slug";

/** Runs of letters, marks and digits: words as far as folding is concerned. */
const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The folded forms of the words in `texts` that Pagefind leaves with a non-ASCII letter,
 * distinct, in order of first use, joined by spaces; "" when every word folds by itself.
 * Words in scripts without a Latin folding (Hangul, Han) are left to Pagefind.
 */
export function extraSearchWords(texts: readonly string[]): string {
  const seen = new Set<string>();
  const extra = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(wordPattern)) {
      if (seen.has(word)) continue;
      seen.add(word);
      const pagefindForm = foldLikePagefind(word);
      if (isAscii(pagefindForm)) continue;
      const folded = toSlug(word).replaceAll("-", " ");
      if (folded !== "" && folded !== pagefindForm) extra.add(folded);
    }
  }
  return [...extra].join(" ");
}

/** Lower case, decomposed, combining marks dropped: what Pagefind 1.6 indexes a word as. */
export function foldLikePagefind(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

function isAscii(text: string): boolean {
  return /^[\u0000-\u007f]*$/.test(text);
}

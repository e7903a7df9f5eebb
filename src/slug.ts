/**
 * Folds display text to a URL slug: lower case, diacritics removed (đ → d), words joined
 * by `-`. The result matches `[a-z0-9-]*`; it is empty when the text has no Latin letter
 * or digit, and callers decide the fallback.
 */
import slugify from "@sindresorhus/slugify";

/** "Việt Nam" → "viet-nam"; "RoK" → "rok" (no decamelising); "대한민국" → "". */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false, customReplacements });
}

// The transliteration defaults are German (ü → ue); news style writes Türkiye as "turkiye".
const customReplacements: [string, string][] = [
  ["&", " and "],
  ["ä", "a"], ["Ä", "A"], ["ö", "o"], ["Ö", "O"], ["ü", "u"], ["Ü", "U"],
];

/** Slug rule for the `slug` field and for every path segment we write. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A short stable slug for text with no Latin letters: `u-` and a 32-bit FNV-1a hash of
 * its NFC form in base 36. Deterministic, so a topic keeps its URL between builds.
 */
export function hashSlug(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text.normalize("NFC").toLowerCase())) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `u-${hash.toString(36)}`;
}

/**
 * The little XML writing the feeds and sitemaps need: escaping text and attribute values
 * for XML 1.0, with the characters XML cannot carry at all removed. Pure string functions.
 */

// XML 1.0 § 2.2 (https://www.w3.org/TR/xml/#charsets): C0 controls other than tab, line
// feed and carriage return, lone surrogates, U+FFFE and U+FFFF cannot appear in a document,
// not even escaped as character references.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Written as references: some parsers (XML 1.1 rules) would read them as line ends.
  "\u2028": "&#x2028;",
  "\u2029": "&#x2029;",
};

/** Removes the characters XML 1.0 forbids, so editor text can never make a file invalid. */
export function stripForbiddenXmlChars(text: string): string {
  return text.replace(forbidden, "");
}

/**
 * Escapes `text` for XML element content and for attribute values in either quote style:
 * `&`, `<`, `>`, `"` and `'` become entities, U+2028 and U+2029 character references; characters XML forbids are dropped.
 */
export function escapeXml(text: string): string {
  return stripForbiddenXmlChars(text).replace(/[&<>"'\u2028\u2029]/g, (char) => entities[char] ?? char);
}

/** The XML declaration every file written here starts with. */
export const xmlDeclaration = '<?xml version="1.0" encoding="utf-8"?>';

/**
 * Separates an article's YAML front matter from its Markdown body. Accepts a UTF-8 BOM
 * and CRLF line endings; refuses any other front-matter language without reading it.
 * Returns the raw YAML and body with the 1-based file lines where each starts.
 */
import type { Issue } from "../diagnostics/issue";
import { ownCopy } from "../own-strings";

/** The two parts of an article file, or the one issue that stops reading it. */
export type SplitFrontMatter =
  | {
      readonly ok: true;
      /** The front matter exactly as written, without its `---` fences (LF line endings). */
      readonly yaml: string;
      /** 1-based line of the file where `yaml` starts (the line after the opening fence). */
      readonly yamlLine: number;
      /** The Markdown body after the closing fence (LF line endings). */
      readonly body: string;
      /** 1-based line of the file where `body` starts. */
      readonly bodyLine: number;
    }
  | { readonly ok: false; readonly issue: Issue };

const fence = "---";

/** Splits `text` (the whole file named `file`) into front matter and body. */
export function splitFrontMatter(file: string, text: string): SplitFrontMatter {
  const source = normaliseText(text);
  const refuse = (code: Issue["code"], message: string): SplitFrontMatter => ({
    ok: false,
    issue: { file, line: 1, column: 1, field: "-", code, severity: "error", message },
  });

  if (!source.startsWith(fence) || source[fence.length] === "-") {
    return refuse(
      "front-matter-missing",
      "the file must start with front matter: a `---` line, the fields, then another `---` line",
    );
  }
  const firstBreak = source.indexOf("\n");
  const language = (firstBreak === -1 ? source.slice(fence.length) : source.slice(fence.length, firstBreak)).trim();
  if (language !== "" && !/^ya?ml$/i.test(language)) {
    return refuse(
      "front-matter-language",
      `front matter must be YAML; \`---${language}\` is not accepted, start the file with a plain \`---\` line`,
    );
  }
  if (firstBreak === -1) return refuse("front-matter-missing", "the front matter has no closing `---` line");

  // The front matter ends at the first line that starts with the fence, as in gray-matter
  // (which Eleventy reads files with); the text is never evaluated, whatever it claims to be.
  const close = source.indexOf(`\n${fence}`, firstBreak - 1);
  if (close === -1) return refuse("front-matter-missing", "the front matter has no closing `---` line");
  const afterFence = close + 1 + fence.length;
  const lineEnd = source.indexOf("\n", afterFence);
  const bodyStart = lineEnd === -1 ? source.length : lineEnd + 1;
  return {
    ok: true,
    yaml: close < firstBreak + 1 ? "" : ownCopy(source.slice(firstBreak + 1, close)),
    yamlLine: 2,
    body: source.slice(bodyStart),
    bodyLine: 1 + countLineBreaks(source, bodyStart),
  };
}

/** Drops a leading BOM and turns CRLF into LF, so columns and lines are the same everywhere. */
export function normaliseText(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes("\r\n") ? unmarked.replaceAll("\r\n", "\n") : unmarked;
}

function countLineBreaks(text: string, end: number): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < end; at = text.indexOf("\n", at + 1)) count += 1;
  return count;
}

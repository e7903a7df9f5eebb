/**
 * Separates an article's YAML front matter from its Markdown body. Accepts a UTF-8 BOM
 * and CRLF line endings; refuses any other front-matter language without reading it.
 * Returns the raw YAML and body with the 1-based file lines where each starts.
 */
import matter from "@11ty/gray-matter";
import type { Issue } from "../diagnostics/issue";

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

// Every engine gray-matter knows parses to nothing: we parse the YAML ourselves, and no
// front matter is ever evaluated as code, whatever language a file claims.
const inert = (): object => ({});
const inertEngines = { yaml: inert, yml: inert, json: inert, javascript: inert, js: inert, toml: inert, coffee: inert };

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

  const parsed = matter(source, { language: "yaml", excerpt: false, engines: inertEngines });
  const headerLength = firstBreak + parsed.matter.length;
  if (headerLength === source.length) {
    return refuse("front-matter-missing", "the front matter has no closing `---` line");
  }
  const bodyStart = source.length - parsed.content.length;
  return {
    ok: true,
    yaml: parsed.matter.startsWith("\n") ? parsed.matter.slice(1) : parsed.matter,
    yamlLine: 2,
    body: parsed.content,
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

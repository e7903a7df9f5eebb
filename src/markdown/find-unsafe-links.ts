/**
 * Finds the links and images of an article body whose target is a `javascript:`,
 * `vbscript:`, `data:` or `file:` address, read the way a browser reads it, and reports each
 * as a `link-scheme` issue at its line and column in the file. Pure: text in, issues out.
 * {@link findBodyLinks} lists every link and image with its place, for other checks.
 */
import MarkdownIt from "markdown-it";
import type { MarkdownIt as Parser, StateInline, Token } from "markdown-it";
import type { Issue } from "../diagnostics/issue";

/** Schemes a link or image in an article may never use. */
export const unsafeSchemes: readonly string[] = ["javascript", "vbscript", "data", "file"];

const unsafeScheme = new RegExp(`^(${unsafeSchemes.join("|")}):`);

/**
 * The unsafe scheme of a link target (already freed of Markdown escapes and entities),
 * lower case with its colon, e.g. `javascript:`; undefined when the target is allowed.
 * Like a browser, ignores leading spaces and control characters and any tab or line break.
 */
export function findUnsafeScheme(target: string): string | undefined {
  const read = target.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "").toLowerCase();
  return unsafeScheme.exec(read)?.[0];
}

/** What an editor reads when a link in the body goes to an unsafe address. */
export function linkSchemeMessage(scheme: string): string {
  return `this link goes to a \`${scheme}\` address, which is never allowed in an article; link to a web page (https://…) instead`;
}

/** Where a link or image token was read: the token list of its text, and its offset there. */
interface Start {
  readonly tokens: Token[];
  readonly offset: number;
}

let parser: Parser | undefined;
let starts = new Map<Token, Start>();

/** The inline rules that make links and images. */
const linkRules = ["link", "image", "autolink"];

/**
 * A parser that keeps every link, whatever its target, with the target exactly as written
 * (markdown-it would drop unsafe ones before they become tokens), and that notes where in
 * its text each link and image token was read.
 */
function createFinder(): Parser {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = () => true;
  md.normalizeLink = (url) => url;
  for (const name of linkRules) {
    const rule = md.inline.ruler.__rules__.find((candidate) => candidate.name === name)?.fn;
    if (!rule) throw new Error(`markdown-it has no inline rule "${name}"`);
    md.inline.ruler.at(name, (state: StateInline, silent: boolean) => {
      const offset = state.pos;
      const count = state.tokens.length;
      if (!rule(state, silent)) return false;
      if (!silent) {
        // The rule pushed pending text, then the link or image token (then a link's words).
        const token = state.tokens.slice(count).find((pushed) => pushed.type === "link_open" || pushed.type === "image");
        if (token) starts.set(token, { tokens: state.tokens, offset });
      }
      return true;
    });
  }
  return md;
}

/** 1-based line and column in the file. */
interface Place {
  readonly line: number;
  readonly column: number;
}

/**
 * Every link or image in `body` (the Markdown after the front matter of `file`, whose first
 * line is line `bodyLine` of the file) that goes to an unsafe address, as `link-scheme`
 * errors in the order they appear.
 */
export function findUnsafeLinks(file: string, body: string, bodyLine: number): Issue[] {
  // Every unsafe target needs a colon, written or as an entity, and a link needs one of
  // CommonMark's link forms: `](` (inline link or image), `]:` (reference) or `<x` (autolink).
  if (!/[:&]/.test(body) || !/\]\(|\]:|<[a-z]/i.test(body)) return [];
  const issues: Issue[] = [];
  for (const link of findBodyLinks(body, bodyLine)) {
    const scheme = findUnsafeScheme(link.target);
    if (scheme === undefined) continue;
    const { line, column } = link;
    issues.push({ file, line, column, field: "body", code: "link-scheme", severity: "error", message: linkSchemeMessage(scheme) });
  }
  return issues;
}

/** A link or image of an article body: its target as written and where it starts in the file. */
export interface BodyLink {
  readonly kind: "link" | "image";
  /** The address as written, Markdown escapes and entities resolved, nothing encoded. */
  readonly target: string;
  /** An image's description as written (its alt text); empty for a link. */
  readonly text: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based column in the file. */
  readonly column: number;
}

/**
 * Every link and image of `body` (whose first line is line `bodyLine` of its file), in the
 * order they appear, whatever their target.
 */
export function findBodyLinks(body: string, bodyLine: number): BodyLink[] {
  parser ??= createFinder();
  starts = new Map();
  const tokens = parser.parse(body, {});
  const noted = starts;
  starts = new Map();

  const lines = body.split("\n");
  // Where each list of inline tokens begins in the body, and the text its offsets count in.
  const origins = new Map<Token[], { readonly content: string; readonly firstLine: number }>();
  let blockLine = 0;
  for (const token of tokens) {
    // Table cells have no line of their own: they are on their row's line.
    if (token.map) blockLine = token.map[0];
    if (token.type === "inline" && token.children) origins.set(token.children, { content: token.content, firstLine: blockLine });
  }

  // Links inside an image's description are parsed from that description alone: they are
  // placed where the outermost image is. An image is noted after its description's links
  // (it is made once they are read), so the notes are taken last first.
  const owners = new Map<Token[], Place>();
  const links: BodyLink[] = [];
  for (const [token, { tokens: list, offset }] of [...noted].reverse()) {
    const origin = origins.get(list);
    const place = (origin ? placeOf(origin.content, offset, origin.firstLine, lines, bodyLine) : owners.get(list)) ?? {
      line: bodyLine,
      column: 1,
    };
    const isImage = token.type === "image";
    if (isImage && token.children) owners.set(token.children, place);
    const target = token.attrGet(isImage ? "src" : "href");
    const kind = isImage ? "image" : "link";
    links.push({ kind, target: typeof target === "string" ? target : "", text: isImage ? token.content : "", ...place });
  }
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The file position of `offset` in an inline text that starts on body line `firstLine`
 * (0-based). Block markers and indentation are cut from the start of each line of that
 * text, so each of its lines is found at its last place in the body's line.
 */
function placeOf(content: string, offset: number, firstLine: number, lines: readonly string[], bodyLine: number): Place {
  const before = content.slice(0, offset);
  const lineIndex = before.split("\n").length - 1;
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = content.indexOf("\n", lineStart);
  const contentLine = content.slice(lineStart, lineEnd === -1 ? content.length : lineEnd);
  const sourceLine = lines[firstLine + lineIndex] ?? "";
  const found = sourceLine.lastIndexOf(contentLine);
  const lineOffset = found === -1 ? Math.max(0, sourceLine.length - contentLine.length) : found;
  return { line: bodyLine + firstLine + lineIndex, column: lineOffset + (offset - lineStart) + 1 };
}

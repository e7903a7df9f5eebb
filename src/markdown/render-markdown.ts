/**
 * Renders an article body from Markdown to HTML with markdown-it. Raw HTML is shown as
 * text, `javascript:`, `vbscript:`, `file:` and `data:` links are never made, headings start
 * at `<h2>` (the headline is the page's only `<h1>`), `{{ }}` / `{% %}` stay literal, and a
 * picture whose processed files are given becomes a responsive `<picture>`.
 * Bodies nested deeper than {@link maxMarkdownNesting} are found by {@link findDeepNesting}
 * and refused by the loader, so none is ever rendered cut short.
 */
import MarkdownIt from "markdown-it";
import type { MarkdownIt as Parser, StateCore, Token } from "markdown-it";
import { renderPictureHtml } from "../images/picture-html";
import type { PictureView } from "../views/types";

/**
 * Turns one article body into HTML. `pictures` holds the processed files of the body's
 * pictures by their `src` (see {@link imageSource}); a picture not in it stays a plain `<img>`.
 */
export type RenderMarkdown = (markdown: string, pictures?: ReadonlyMap<string, PictureView>) => string;

/**
 * Creates a renderer. The markdown-it instance is built once here and reused for every
 * body, so call this once per build, not once per article.
 */
export function createMarkdownRenderer(): RenderMarkdown {
  const md = createParser();

  // markdown-it lets `data:image/…` through; a body has no reason to inline data.
  const acceptLink = md.validateLink.bind(md);
  md.validateLink = (url) => !/^data:/i.test(url.trim()) && acceptLink(url);

  // Our rules run last, in this order, after linkify and the typographer.
  md.core.ruler.push("communique_shift_headings", shiftHeadings);
  md.core.ruler.push("communique_outbound_links", markOutboundLinks);
  md.core.ruler.push("communique_lazy_images", markLazyImages);
  renderPictures(md);

  return (markdown, pictures) => md.render(markdown, pictures ? { pictures } : {});
}

let sourceParser: Parser | undefined;

/**
 * The `src` the renderer gives an image whose address is written `target` (percent-encoded
 * where a URL needs it), so a body's pictures can be looked up by the address they render with.
 */
export function imageSource(target: string): string {
  sourceParser ??= createParser();
  return sourceParser.normalizeLink(target);
}

/**
 * Deepest nesting allowed in an article body: every list, list item, block quote,
 * paragraph, link and emphasis counts one level (the words of a paragraph in a quote in
 * a list item in a list are at level 4). Deeper text is refused: news never needs it, and
 * markdown-it would silently drop what lies past its own limit.
 * @default 20
 */
export const maxMarkdownNesting = 20;

// markdown-it stops parsing at `maxNesting` and drops the rest: set it just past our
// limit, so every body within the limit is read whole and a deeper one shows as deeper.
const parserNesting = maxMarkdownNesting + 2;

/** A markdown-it instance with the options every body is read with. */
function createParser(): Parser {
  return new MarkdownIt({ html: false, linkify: true, typographer: true, maxNesting: parserNesting });
}

let blockParser: Parser | undefined;
let nestingParser: Parser | undefined;

/** Characters that open an inline level: emphasis, strikethrough, links and autolinks. */
const inlineOpeners = /[*_~[<]/g;

/**
 * The 0-based line of `markdown` where its nesting first goes deeper than
 * {@link maxMarkdownNesting}, or undefined when it never does. Parses without rendering;
 * markdown-it's own cap keeps a hostile body (thousands of `>`) within bounded time.
 */
export function findDeepNesting(markdown: string): number | undefined {
  // Block structure first, which is cheap. Inline text can only go as many levels deeper
  // as it has opening characters, plus one for a bare web address made a link; only when
  // that could pass the limit are the inline parts parsed too (rare: ordinary text never).
  blockParser ??= createParser().disable(["inline", "linkify", "replacements", "smartquotes", "text_join"]);
  let mayBeDeep = false;
  for (const token of blockParser.parse(markdown, {})) {
    if (token.level > maxMarkdownNesting) return token.map?.[0] ?? 0;
    if (token.type === "inline" && token.level + 1 + (token.content.match(inlineOpeners)?.length ?? 0) > maxMarkdownNesting) {
      mayBeDeep = true;
    }
  }
  if (!mayBeDeep) return undefined;
  nestingParser ??= createParser();
  for (const token of nestingParser.parse(markdown, {})) {
    // Inline tokens restart their children's levels at 0: add the block level they sit at.
    for (const child of token.children ?? []) {
      if (token.level + child.level > maxMarkdownNesting) return token.map?.[0] ?? 0;
    }
  }
  return undefined;
}

/** Deepest heading level HTML has. */
const deepestHeading = 6;

/** `#` → `<h2>`, `##` → `<h3>`, …, capped at `<h6>`: the article headline is the `<h1>`. */
function shiftHeadings(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== "heading_open" && token.type !== "heading_close") continue;
    const level = Number(token.tag.slice(1));
    token.tag = `h${Math.min(level + 1, deepestHeading)}`;
  }
}

/** Links to other sites get `rel="noopener"`. */
function markOutboundLinks(state: StateCore): void {
  for (const token of inlineTokens(state)) {
    if (token.type !== "link_open") continue;
    const href = token.attrGet("href");
    if (typeof href === "string" && /^https?:/i.test(href)) token.attrSet("rel", "noopener");
  }
}

/** Body images load when scrolled near and decode off the main thread. */
function markLazyImages(state: StateCore): void {
  for (const token of inlineTokens(state)) {
    if (token.type !== "image") continue;
    token.attrSet("loading", "lazy");
    token.attrSet("decoding", "async");
  }
}

/** A body picture with processed files renders as `<picture>`; any other image as before. */
function renderPictures(md: Parser): void {
  const renderImage = md.renderer.rules.image;
  if (!renderImage) throw new Error("markdown-it has no image renderer");
  md.renderer.rules.image = (tokens, index, options, env, renderer) => {
    const token = tokens[index];
    const src = token?.attrGet("src");
    const pictures = env?.["pictures"];
    const picture = typeof src === "string" && pictures instanceof Map ? (pictures as ReadonlyMap<string, PictureView>).get(src) : undefined;
    if (!token || !picture) return renderImage(tokens, index, options, env, renderer);
    const alt = renderer.renderInlineAsText(token.children ?? [], options, env);
    const title = token.attrGet("title");
    return renderPictureHtml(picture, { alt, ...(typeof title === "string" && title !== "" ? { title } : {}) });
  };
}

/** Every inline token of the document, including those nested in an image's alt text. */
function* inlineTokens(state: StateCore): Generator<Token> {
  const pending: Token[] = [];
  for (const token of state.tokens) if (token.children) pending.push(...token.children);
  for (let index = 0; index < pending.length; index++) {
    const token = pending[index];
    if (!token) continue;
    yield token;
    if (token.children) pending.push(...token.children);
  }
}

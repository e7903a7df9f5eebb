/**
 * Renders an article body from Markdown to HTML with markdown-it. Raw HTML is shown as
 * text, `javascript:`, `vbscript:`, `file:` and `data:` links are never made, headings start
 * at `<h2>` (the headline is the page's only `<h1>`), and `{{ }}` / `{% %}` stay literal.
 */
import MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";

/** Turns one article body into HTML. */
export type RenderMarkdown = (markdown: string) => string;

/**
 * Creates a renderer. The markdown-it instance is built once here and reused for every
 * body, so call this once per build, not once per article.
 */
export function createMarkdownRenderer(): RenderMarkdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });

  // markdown-it lets `data:image/…` through; a body has no reason to inline data.
  const acceptLink = md.validateLink.bind(md);
  md.validateLink = (url) => !/^data:/i.test(url.trim()) && acceptLink(url);

  // Our rules run last, in this order, after linkify and the typographer.
  md.core.ruler.push("communique_shift_headings", shiftHeadings);
  md.core.ruler.push("communique_outbound_links", markOutboundLinks);
  md.core.ruler.push("communique_lazy_images", markLazyImages);

  return (markdown) => md.render(markdown);
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

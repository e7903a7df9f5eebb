/**
 * Remembers rendered bodies between the dev server's builds. An unchanged article keeps
 * the very same body string (the loader's cache hands it over again), so a lookup costs
 * next to nothing; bodies not rendered in the latest build are forgotten by `sweep`.
 */
import type { RenderMarkdown } from "./render-markdown";

/** A renderer that reuses earlier results, and drops those the last build did not ask for. */
export interface RememberingRenderer {
  readonly render: RenderMarkdown;
  /** Forgets every body not rendered since the previous sweep; call once after each build. */
  sweep(): void;
}

/** Wraps `render`; bodies with pictures of their own are always rendered afresh. */
export function rememberBodies(render: RenderMarkdown): RememberingRenderer {
  let kept = new Map<string, string>();
  let used = new Map<string, string>();
  return {
    render(markdown, pictures) {
      if (pictures !== undefined && pictures.size > 0) return render(markdown, pictures);
      const html = used.get(markdown) ?? kept.get(markdown) ?? render(markdown);
      used.set(markdown, html);
      return html;
    },
    sweep() {
      kept = used;
      used = new Map();
    },
  };
}

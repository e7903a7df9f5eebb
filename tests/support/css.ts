/**
 * Reading the stylesheet in tests: its top-level rule blocks, the custom properties of a
 * block, and the WCAG 2.2 contrast ratio of two sRGB colours
 * (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
 */

/** One rule block: its prelude (`:root`, `@media print`) and the text between its braces. */
export interface CssBlock {
  readonly prelude: string;
  readonly body: string;
}

/** The top-level blocks of `css`, in order; comments are dropped, strings kept whole. */
export function topLevelBlocks(css: string): CssBlock[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const blocks: CssBlock[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quote !== undefined) {
      if (char === "\\") i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "{") {
      if (depth === 0) open = i;
      depth++;
    } else if (char === "}") {
      depth--;
      if (depth < 0) throw new Error(`Unbalanced "}" at offset ${i}.`);
      if (depth === 0) {
        blocks.push({ prelude: text.slice(start, open).trim(), body: text.slice(open + 1, i) });
        start = i + 1;
      }
    } else if (char === ";" && depth === 0) {
      start = i + 1;
    }
  }
  if (depth !== 0) throw new Error("Unclosed block.");
  return blocks;
}

/** The custom properties (`--name: value`) declared directly in a block's body. */
export function customProperties(body: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const match of body.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;{}]+);/gi)) {
    const [, name, value] = match;
    if (name !== undefined && value !== undefined) properties.set(name, value.trim());
  }
  return properties;
}

/** Relative luminance of `#rgb` or `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
  if (digits === undefined) throw new Error(`Not a hex colour: ${hex}`);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** A style rule with the at-rules around it (`@media print`), outermost first. */
export interface CssRule {
  readonly context: readonly string[];
  readonly selectors: readonly string[];
  readonly declarations: string;
}

/** Every style rule of `css`, at any depth of `@media` and `@supports`, in order. */
export function styleRules(css: string, context: readonly string[] = []): CssRule[] {
  return topLevelBlocks(css).flatMap((block) =>
    block.prelude.startsWith("@")
      ? styleRules(block.body, [...context, block.prelude])
      : [{ context, selectors: block.prelude.split(",").map((selector) => selector.trim()), declarations: block.body }],
  );
}

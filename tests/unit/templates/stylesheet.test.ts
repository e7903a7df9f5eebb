import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contrastRatio, customProperties, styleRules, topLevelBlocks } from "../../support/css";

const assets = new URL("../../../templates/assets/", import.meta.url).pathname;
const css = readFileSync(join(assets, "style.css"), "utf8");
const blocks = topLevelBlocks(css);
const rules = styleRules(css);

const rootOf = (body: string) => {
  const root = topLevelBlocks(body).find((block) => block.prelude === ":root");
  if (!root) throw new Error("no :root block");
  return customProperties(root.body);
};
const light = rootOf(css);
const darkMedia = blocks.find((block) => /^@media\s*\(prefers-color-scheme:\s*dark\)$/.test(block.prelude));
const dark = new Map([...light, ...rootOf(darkMedia?.body ?? "")]);
const colourNames = [...light].filter(([, value]) => value.startsWith("#")).map(([name]) => name);

/** Declarations of the rules matching `selector` exactly, inside the given at-rule (or none). */
function declarationsOf(selector: string, context?: string): string {
  return rules
    .filter((rule) => rule.selectors.includes(selector) && (context === undefined ? rule.context.length === 0 : rule.context.includes(context)))
    .map((rule) => rule.declarations)
    .join(";");
}

describe("stylesheet helpers", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#fff", "#000", 21],
    ["#777777", "#ffffff", 4.48],
    ["#0b4a8b", "#0b4a8b", 1],
  ])("contrast of %s on %s is %d", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it("reads nested blocks, skipping comments and braces in strings", () => {
    const sample = '/* { */ a { content: "}"; } @media print { b { c: d; } }';
    expect(styleRules(sample)).toEqual([
      { context: [], selectors: ["a"], declarations: ' content: "}"; ' },
      { context: ["@media print"], selectors: ["b"], declarations: " c: d; " },
    ]);
  });
});

describe("stylesheet", () => {
  it("weighs under 20 KB, all stylesheets together", () => {
    const total = readdirSync(assets)
      .filter((file) => file.endsWith(".css"))
      .reduce((sum, file) => sum + readFileSync(join(assets, file)).byteLength, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(20_000);
  });

  it("uses system fonts only: no web fonts, imports or remote files", () => {
    expect(css).not.toMatch(/@font-face|@import|url\(/i);
  });

  it("has the colour-scheme, reduced-motion and print blocks", () => {
    const preludes = blocks.map((block) => block.prelude);
    expect(preludes).toContain("@media (prefers-color-scheme: dark)");
    expect(preludes).toContain("@media (prefers-reduced-motion: reduce)");
    expect(preludes).toContain("@media print");
  });

  it("gives the dark scheme its own value for every colour", () => {
    expect(colourNames.length).toBeGreaterThan(10);
    const redefined = rootOf(darkMedia?.body ?? "");
    for (const name of colourNames) {
      expect(redefined.get(name), name).toMatch(/^#[0-9a-f]{3,6}$/i);
      expect(redefined.get(name), name).not.toBe(light.get(name));
    }
  });

  // [foreground, background, minimum]: text 4.5:1 (WCAG 1.4.3), focus and UI 3:1 (1.4.11).
  const pairs: [string, string, number][] = [
    ["--text", "--bg", 4.5],
    ["--text", "--surface", 4.5],
    ["--muted", "--bg", 4.5],
    ["--muted", "--surface", 4.5],
    ["--link", "--bg", 4.5],
    ["--link", "--surface", 4.5],
    ["--link-visited", "--bg", 4.5],
    ["--link-visited", "--surface", 4.5],
    ["--accent", "--bg", 4.5],
    ["--accent", "--surface", 4.5],
    ["--draft-text", "--draft-bg", 4.5],
    ["--scheduled-text", "--scheduled-bg", 4.5],
    ["--banner-text", "--banner-bg", 4.5],
    ["--problem-text", "--problem-bg", 4.5],
    ["--focus", "--bg", 3],
    ["--focus", "--surface", 3],
  ];
  describe.each([
    ["light", light],
    ["dark", dark],
  ])("%s scheme", (_, scheme) => {
    it.each(pairs)("%s on %s reaches %d:1", (foreground, background, minimum) => {
      const ratio = contrastRatio(scheme.get(foreground) ?? "", scheme.get(background) ?? "");
      expect(ratio).toBeGreaterThanOrEqual(minimum);
    });
  });

  it("draws the page and focus in those colours", () => {
    expect(declarationsOf("body")).toMatch(/background:\s*var\(--bg\)/);
    expect(declarationsOf("body")).toMatch(/color:\s*var\(--text\)/);
    expect(declarationsOf(":focus-visible")).toMatch(/outline:\s*[2-9]px solid var\(--focus\)/);
    expect(declarationsOf("a")).toMatch(/color:\s*var\(--link\)/);
  });

  it("shows the skip link when it has focus", () => {
    expect(declarationsOf(".skip-link")).toMatch(/transform:\s*translateY\(-\d+%\)/);
    expect(declarationsOf(".skip-link:focus")).toMatch(/transform:\s*none/);
  });

  it("never justifies text, and sets body text at least 1.5 lines high", () => {
    expect(css).not.toMatch(/text-align:\s*justify/);
    // Only headlines and the bulletin's name may be set tighter.
    const headline = /(^|\s|\.)(h[1-6]|site-name)\b/;
    for (const rule of rules) {
      const match = /line-height:\s*([\d.]+)/.exec(rule.declarations) ?? /font:[^;]*\/\s*([\d.]+)/.exec(rule.declarations);
      if (match === null || rule.selectors.every((selector) => headline.test(selector))) continue;
      expect(Number(match[1]), rule.selectors.join(", ")).toBeGreaterThanOrEqual(1.5);
    }
    expect(declarationsOf("body")).toMatch(/font:[^;]*\/1\.[5-9]/);
  });

  it("makes links in lists and navigation at least 24px high (WCAG 2.5.8)", () => {
    const sized = rules.find((rule) => rule.selectors.includes("nav a"));
    expect(sized?.selectors).toEqual(expect.arrayContaining([".article-list h2 a", ".trending a", ".topic-group a"]));
    expect(sized?.declarations).toMatch(/min-height:\s*24px/);
  });

  it("prints the article alone, with the addresses of its links", () => {
    const hidden = rules
      .filter((rule) => rule.context.includes("@media print") && /display:\s*none/.test(rule.declarations))
      .flatMap((rule) => rule.selectors);
    expect(hidden).toEqual(expect.arrayContaining([".skip-link", ".site-header nav", ".site-footer", ".related"]));
    expect(declarationsOf('.body a[href^="http"]::after', "@media print")).toContain('content: " (" attr(href) ")"');
  });

  it("lays the article beside Related Topics on wide screens with a grid on main", () => {
    const wide = declarationsOf(".page-article", "@media (min-width: 64rem)");
    expect(wide).toMatch(/display:\s*grid/);
    expect(wide).toMatch(/grid-template-columns:/);
  });
});

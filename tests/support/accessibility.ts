/**
 * axe-core through Playwright with the WCAG 2.2 AA rule set, and a readable listing of its
 * violations for test failure messages.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One rule axe found broken, with every element that breaks it. */
export type Violation = AxeResults["violations"][number];

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
export const wcagTags: readonly string[] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Given to AxeBuilder as its axe source once axe is in the page: checks instead of loading it again. */
const axeAlreadyLoaded = 'if (typeof window.axe === "undefined") throw new Error("axe-core is not loaded in this page");';

/**
 * Runs axe on the page as it is now; returns its violations. Made cheap to repeat on one
 * page (once per colour scheme): axe's 0.5 MB source is loaded into the page on the first
 * run only. Legacy mode runs axe in the page itself instead of finishing in a second
 * blank page; the bulletin's pages have no frames, the one thing it would leave out.
 */
export async function findViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  const builder = new AxeBuilder(loaded ? { page, axeSource: axeAlreadyLoaded } : { page });
  const results = await builder.withTags([...wcagTags]).setLegacyMode(true).analyze();
  return results.violations;
}

/**
 * Lists violations as text: per rule its id, impact, help and link, then per element its
 * selector and what each failed check says (for contrast, the colours and the ratio).
 * The empty string when there are none.
 */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const messages = [...node.any, ...node.all, ...node.none].map((check) => check.message);
        return `  ${node.target.join(" ")}\n${messages.map((message) => `    - ${message}`).join("\n")}`;
      });
      const head = `${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help} <${violation.helpUrl}>`;
      return [head, ...nodes].join("\n");
    })
    .join("\n");
}

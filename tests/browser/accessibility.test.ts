/**
 * axe-core (WCAG 2.2 A and AA rules) finds nothing on each kind of page of the built sample
 * bulletin, in the light and in the dark colour scheme.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findViolations, formatViolations } from "../support/accessibility";
import { leadArticle, recordFailedRequests, startSample, type SampleSession } from "../support/browser";

/** One page of each kind; the last is a deliberate visit to a missing address. */
const pages = [
  { name: "home", url: "/", status: 200 },
  { name: "lead article", url: leadArticle, status: 200 },
  { name: "topics index", url: "/topics/", status: 200 },
  { name: "topic", url: "/topics/viet-nam/", status: 200 },
  { name: "search", url: "/search/", status: 200 },
  { name: "year archive", url: "/2020/", status: 200 },
  { name: "not found", url: "/no-such-page/", status: 404 },
] as const;

describe("accessibility of the sample bulletin", () => {
  let sample: SampleSession;

  beforeAll(async () => {
    sample = await startSample();
  });
  afterAll(async () => {
    await sample?.close();
  });

  it("catches what only the dark scheme breaks, on a second run in the same page", async () => {
    const context = await sample.browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(
        '<!DOCTYPE html><html lang="en"><head><title>Probe</title><style>@media (prefers-color-scheme: dark) { p { color: #333333; background: #000000; } }</style></head>' +
          '<body><main><h1>Probe</h1><p id="faint">Text that fades in the dark.</p></main></body></html>',
      );
      await page.emulateMedia({ colorScheme: "light" });
      expect(await findViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      const violations = await findViolations(page);
      expect(violations.map((violation) => violation.id)).toEqual(["color-contrast"]);
      const text = formatViolations(violations);
      expect(text).toContain("color-contrast (serious): Elements must meet minimum color contrast ratio thresholds");
      expect(text).toContain("  #faint\n");
      expect(text).toContain("foreground color: #333333, background color: #000000");
    } finally {
      await context.close();
    }
  });

  it.each(pages)("$name ($url) has no axe violations in the light or the dark scheme", async ({ url, status }) => {
    const context = await sample.browser.newContext({ baseURL: sample.url });
    try {
      const failures = recordFailedRequests(context, (requested, code) => code === 404 && requested.pathname === url && status === 404);
      const page = await context.newPage();
      const response = await page.goto(url);
      expect(response?.status()).toBe(status);
      const report: string[] = [];
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        const violations = await findViolations(page);
        if (violations.length > 0) report.push(`${colorScheme} scheme:\n${formatViolations(violations)}`);
      }
      expect(report, `axe violations on ${url}:\n${report.join("\n")}`).toEqual([]);
      expect(failures).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

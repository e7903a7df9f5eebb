/**
 * Full-page screenshots of the home page and the lead article at a phone and a desktop
 * width, written to `test-results/screenshots/` for people to look at. At each width the
 * page fits: nothing makes the reader scroll sideways.
 */
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { imageSize } from "image-size";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leadArticle, recordFailedRequests, repositoryRoot, startSample, type SampleSession } from "../support/browser";

/** Where the screenshots go (ignored by git). */
const folder = join(repositoryRoot, "test-results", "screenshots");

const shots = [375, 1280].flatMap((width) => [
  { name: `home-${width}`, url: "/", width },
  { name: `lead-article-${width}`, url: leadArticle, width },
]);

describe("screenshots", () => {
  let sample: SampleSession;

  beforeAll(async () => {
    [sample] = await Promise.all([startSample(), mkdir(folder, { recursive: true })]);
    console.log(`Screenshots: ${folder}`);
  });
  afterAll(async () => {
    await sample?.close();
  });

  it.each(shots)("$name: $url at $width px wide, with no sideways scrolling", async ({ name, url, width }) => {
    const context = await sample.browser.newContext({ baseURL: sample.url, viewport: { width, height: 800 } });
    try {
      const failures = recordFailedRequests(context);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, "pixels wider than the viewport").toBe(0);

      const path = join(folder, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      const size = imageSize(await readFile(path));
      expect(size.width).toBe(width);
      expect(size.height).toBeGreaterThanOrEqual(800);
      expect(failures).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

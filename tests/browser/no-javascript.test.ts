/**
 * With JavaScript off, every page of the built sample bulletin is complete (headline, text,
 * loaded images, links), and the search page says how to find articles without it.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leadArticle, recordFailedRequests, startSample, type SampleSession } from "../support/browser";

const pages = [
  { name: "home", url: "/", status: 200 },
  { name: "lead article", url: leadArticle, status: 200 },
  { name: "topics index", url: "/topics/", status: 200 },
  { name: "topic", url: "/topics/viet-nam/", status: 200 },
  { name: "topic, page 2", url: "/topics/viet-nam/page/2/", status: 200 },
  { name: "year archive", url: "/2020/", status: 200 },
  { name: "not found", url: "/no-such-page/", status: 404 },
] as const;

describe("the sample bulletin without JavaScript", () => {
  let sample: SampleSession;

  beforeAll(async () => {
    sample = await startSample();
  });
  afterAll(async () => {
    await sample?.close();
  });

  async function withoutScripts<T>(use: (page: Page, failures: string[]) => Promise<T>): Promise<T> {
    const context = await sample.browser.newContext({ baseURL: sample.url, javaScriptEnabled: false });
    try {
      const failures = recordFailedRequests(context, (requested, code) => code === 404 && requested.pathname === "/no-such-page/");
      return await use(await context.newPage(), failures);
    } finally {
      await context.close();
    }
  }

  it.each(pages)("shows the whole $name page ($url)", async ({ url, status }) =>
    withoutScripts(async (page, failures) => {
      const response = await page.goto(url, { waitUntil: "load" });
      expect(response?.status()).toBe(status);

      const headline = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
      expect(headline.length).toBeGreaterThan(0);
      const text = await page.getByRole("main").innerText();
      expect(text.length, "text in main").toBeGreaterThan(headline.length + 20);
      expect(await page.locator("main a[href]").count(), "links in main").toBeGreaterThan(0);

      const images = await page.locator("img").evaluateAll((elements) =>
        elements.map((element) => {
          const image = element as HTMLImageElement;
          return { src: image.currentSrc || image.src, complete: image.complete, width: image.naturalWidth, height: image.naturalHeight };
        }),
      );
      for (const image of images) {
        expect(image.complete && image.width > 0 && image.height > 0, `image loaded: ${JSON.stringify(image)}`).toBe(true);
      }
      if (url === leadArticle) {
        expect(images.length, "the lead article's photo").toBeGreaterThan(0);
        expect(await page.locator("main .body p").count()).toBeGreaterThan(5);
        expect(await page.getByRole("complementary", { name: "Related Topics" }).getByRole("link").count()).toBeGreaterThan(0);
      }
      expect(failures).toEqual([]);
    }),
  );

  it("tells the reader on the search page to browse the topics instead", async () =>
    withoutScripts(async (page, failures) => {
      const response = await page.goto("/search/", { waitUntil: "load" });
      expect(response?.status()).toBe(200);
      const topics = page.getByRole("main").locator('a[href="/topics/"]');
      await expect.poll(() => topics.first().isVisible()).toBe(true);
      expect(failures).toEqual([]);
    }),
  );
});

/**
 * A reader's journey through the built sample bulletin in Chromium, once with the mouse and
 * once with the keyboard alone: home → an article → Related Topics → a topic and its second
 * page → search → the result. No request may fail on the way.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { leadArticle, pressUntilFocused, recordFailedRequests, startSample, type SampleSession } from "../support/browser";

const leadTitle = "ASEAN and the Republic of Korea pledge deeper cooperation at 24th dialogue";
/** On the home page; its Related Topics list the lead article. */
const firstArticle = {
  url: "/2023/12/30/asean-foreign-ministers-issue-statement-on-maritime-stability-in-southeast-asia/",
  title: "ASEAN foreign ministers issue statement on maritime stability in Southeast Asia",
};
/** In the lead article's Related Topics; tagged Việt Nam. */
const unescoArticle = {
  url: "/2023/11/08/viet-nam-elected-vice-president-of-unescos-42nd-general-conference/",
  title: "Việt Nam elected Vice President of UNESCO's 42nd General Conference",
};
const topic = "/topics/viet-nam/";
const topicPage2 = "/topics/viet-nam/page/2/";
/** A word only the lead article uses. */
const searchTerm = "denuclearisation";

describe("a reader's journey", () => {
  let sample: SampleSession;
  let context: BrowserContext;
  let page: Page;
  let failures: string[];

  beforeAll(async () => {
    sample = await startSample();
  });
  afterAll(async () => {
    await sample?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  async function open(): Promise<Page> {
    context = await sample.browser.newContext({ baseURL: sample.url });
    // A missing element should fail the test quickly, not after Playwright's 30 s.
    context.setDefaultTimeout(10_000);
    failures = recordFailedRequests(context);
    page = await context.newPage();
    return page;
  }

  const path = () => new URL(page.url()).pathname;
  const heading = () => page.getByRole("heading", { level: 1 }).innerText();

  it("goes by mouse from the home page through Related Topics, a topic and search to the lead article", async () => {
    await open();
    await page.goto("/");
    await expect.poll(heading).toBe("Latest news");

    await page.getByRole("main").getByRole("link", { name: firstArticle.title, exact: true }).click();
    await page.waitForURL(`**${firstArticle.url}`);
    expect(await heading()).toBe(firstArticle.title);

    await page.getByRole("complementary", { name: "Related Topics" }).getByRole("link", { name: leadTitle }).click();
    await page.waitForURL(`**${leadArticle}`);
    expect(await heading()).toBe(leadTitle);

    await page.getByRole("complementary", { name: "Related Topics" }).getByRole("link", { name: unescoArticle.title }).click();
    await page.waitForURL(`**${unescoArticle.url}`);

    await page.getByRole("navigation", { name: "Topics" }).getByRole("link", { name: "Việt Nam", exact: true }).click();
    await page.waitForURL(`**${topic}`);
    expect(await heading()).toContain("Việt Nam");

    await page.locator('main a[rel="next"]').click();
    await page.waitForURL(`**${topicPage2}`);
    expect(await page.locator("main li h2 a").count()).toBeGreaterThan(0);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
    await page.waitForURL("**/search/");
    await page.locator("#search-query").click();
    await page.locator("#search-query").fill(searchTerm);
    await page.locator("#search-query").press("Enter");
    await page.waitForURL(`**/search/?q=${searchTerm}`);
    const result = page.locator(`#search-results li.search-result a[href="${leadArticle}"]`);
    await result.waitFor();
    expect(await page.locator("#search-status").innerText()).not.toBe("");

    await result.click();
    await page.waitForURL(`**${leadArticle}`);
    expect(await heading()).toBe(leadTitle);
    expect(failures).toEqual([]);
  });

  it("goes the same way by keyboard alone, every focused link visibly marked", async () => {
    await open();
    await page.goto("/");

    // The skip link is the first Tab stop and moves the reader into main.
    const skip = await pressUntilFocused(page, "Tab", () => true, 1);
    expect(skip).toMatchObject({ href: "/#main", visible: true });
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe("#main");
    const next = await pressUntilFocused(page, "Tab", () => true, 1);
    expect(next.inMain, `first Tab stop after the skip link: ${JSON.stringify(next)}`).toBe(true);

    const follow = async (href: string, key: "Tab" | "Shift+Tab" = "Tab") => {
      const focus = await pressUntilFocused(page, key, (state) => state.href === href);
      expect(focus.visible, `focus indicator on ${href}`).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(`**${href}`);
    };

    await follow(firstArticle.url);
    expect(await heading()).toBe(firstArticle.title);
    await follow(leadArticle);
    expect(await heading()).toBe(leadTitle);
    await follow(unescoArticle.url);
    await follow(topic);
    await follow(topicPage2);
    expect(path()).toBe(topicPage2);

    // From main, Shift+Tab goes back up to the header's Search link.
    await pressUntilFocused(page, "Tab", () => true, 1);
    await page.keyboard.press("Enter");
    await follow("/search/", "Shift+Tab");

    const field = await pressUntilFocused(page, "Tab", (state) => state.tag === "input");
    expect(field.visible, "focus indicator on the search field").toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-query");
    await page.keyboard.type(searchTerm);
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/search/?q=${searchTerm}`);
    await page.locator(`#search-results li.search-result a[href="${leadArticle}"]`).waitFor();

    await follow(leadArticle);
    expect(await heading()).toBe(leadTitle);
    expect(failures).toEqual([]);
  });
});

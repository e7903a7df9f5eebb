/**
 * Search on the built sample bulletin in Chromium: the Pagefind index the build wrote,
 * queried by the search page's own script through the form, the address and the filters.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { findViolations, formatViolations } from "../support/accessibility";
import { leadArticle, recordFailedRequests, startSample, type SampleSession } from "../support/browser";

const lead = {
  url: leadArticle,
  title: "ASEAN and the Republic of Korea pledge deeper cooperation at 24th dialogue",
  iso: "2020-08-26T17:00:00+07:00",
  date: "26 August 2020, 17:00 GMT+7",
  summary:
    "Senior officials of ASEAN and the Republic of Korea met online for their 24th dialogue and agreed to press ahead with their Plan of Action while working together against COVID-19 and for economic recovery.",
};
/** Unpublished at the sample's build time: a draft, and an article dated 2027. */
const draft = { url: "/2025/08/20/vietnamese-diplomacy-prepares-to-mark-its-80th-anniversary/", title: "Vietnamese diplomacy prepares" };
const scheduled = { url: "/2027/01/15/viet-nam-opens-its-year-as-apec-host/", title: "Viet Nam opens its year as APEC host" };
/** The two articles that spell the city Đà Nẵng, with a "đ" Pagefind does not fold by itself. */
const daNang = [
  "/2022/06/05/da-nang-fireworks-festival-returns-after-a-two-year-pause/",
  "/2025/07/01/da-nang-to-host-part-of-viet-nams-international-financial-centre/",
];

interface ShownResult {
  readonly href: string;
  readonly headline: string;
  readonly datetime: string | null;
  readonly date: string;
  readonly summary: string;
}

describe("search", () => {
  let sample: SampleSession;
  let context: BrowserContext | undefined;
  let page: Page;
  let failures: string[] = [];

  /** Closes the page's context, after checking that none of its requests failed. */
  async function close(): Promise<void> {
    const current = context;
    context = undefined;
    await current?.close();
    expect(failures).toEqual([]);
  }

  beforeAll(async () => {
    sample = await startSample();
  });
  afterAll(async () => {
    await sample?.close();
  });
  afterEach(close);

  /** Opens `address` in a fresh context, closing the previous one. */
  async function open(address: string): Promise<Page> {
    await close();
    const fresh = await sample.browser.newContext({ baseURL: sample.url });
    context = fresh;
    fresh.setDefaultTimeout(10_000);
    // Browsers ask for a site icon on their own; the bulletin does not ship one.
    failures = recordFailedRequests(fresh, (url) => url.pathname === "/favicon.ico");
    page = await fresh.newPage();
    await page.goto(address);
    return page;
  }

  /** Waits for the status line to give the outcome, then reads it and every result shown. */
  async function outcome(): Promise<{ status: string; results: ShownResult[] }> {
    const status = page.locator("#search-status");
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/result|match/);
    const expected = Number(/^(\d+)/.exec(await status.innerText())?.[1] ?? "0");
    await expect.poll(() => page.locator("#search-results > li.search-result").count()).toBe(Math.min(expected, 20));
    const results = await page.locator("#search-results > li.search-result").evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector("a")?.getAttribute("href") ?? "",
        headline: item.querySelector("a")?.textContent ?? "",
        datetime: item.querySelector("time")?.getAttribute("datetime") ?? null,
        date: item.querySelector("time")?.textContent ?? "",
        summary: item.querySelector("p")?.textContent ?? "",
      })),
    );
    return { status: await status.innerText(), results };
  }

  it("lists the lead article for words of it typed in the form, with headline, date and summary", async () => {
    await open("/search/");
    await page.getByLabel("Search the articles").fill("Plan of Action");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL("**/search/?q=Plan+of+Action");
    const { status, results } = await outcome();
    expect(status).toBe(`${results.length} ${results.length === 1 ? "result" : "results"} for “Plan of Action”`);
    expect(results[0]).toEqual({ href: lead.url, headline: lead.title, datetime: lead.iso, date: lead.date, summary: lead.summary });

    await page.locator(`#search-results a[href="${lead.url}"]`).click();
    await page.waitForURL(`**${lead.url}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(lead.title);
  });

  it("fills the form from the address and finds Nguyễn Quốc Dũng typed without accents", async () => {
    await open("/search/?q=Nguyen+Quoc+Dung");
    expect(await page.locator("#search-query").inputValue()).toBe("Nguyen Quoc Dung");
    const { results } = await outcome();
    expect(results.map((result) => result.href)).toEqual([lead.url]);
  });

  it("finds Đà Nẵng typed as plain Da, a letter Pagefind does not fold by itself", async () => {
    await open("/search/?q=Da");
    const { results } = await outcome();
    expect(results.map((result) => result.href)).toEqual(expect.arrayContaining(daNang));
  });

  it("narrows the results by year, topic and section, and keeps the filters in the address", async () => {
    await open("/search/?q=ASEAN");
    const all = await outcome();
    expect(all.results.map((result) => result.href)).toContain(lead.url);

    await page.getByLabel("Year", { exact: true }).selectOption("2020");
    await page.waitForURL("**/search/?q=ASEAN&year=2020");
    await expect.poll(async () => (await outcome()).results.length).toBeLessThan(all.results.length);
    const inYear = await outcome();
    expect(inYear.results.map((result) => result.href)).toContain(lead.url);
    expect(inYear.results.every((result) => result.datetime?.startsWith("2020-"))).toBe(true);

    await open("/search/?q=ASEAN&topic=Korean+Peninsula");
    expect(await page.getByLabel("Topic", { exact: true }).inputValue()).toBe("Korean Peninsula");
    const onTopic = await outcome();
    expect(onTopic.results.length).toBeLessThan(all.results.length);
    expect(onTopic.results.map((result) => result.href)).toContain(lead.url);

    await open("/search/?q=ASEAN&section=Economy");
    const inSection = await outcome();
    expect(inSection.results.length).toBeLessThan(all.results.length);
    expect(inSection.results.map((result) => result.href)).not.toContain(lead.url);
  });

  it("never finds a draft or a scheduled article", async () => {
    for (const article of [draft, scheduled]) {
      await open(`/search/?q=${encodeURIComponent(article.title)}`);
      const { results } = await outcome();
      expect(results.map((result) => result.href)).not.toContain(article.url);
    }
    // Every article of 2025, newest first: the draft of that year is not among them.
    await open("/search/?year=2025&sort=newest");
    const { status, results } = await outcome();
    expect(status).toMatch(/articles? match(es)? these filters/);
    expect(results.map((result) => result.href)).not.toContain(draft.url);
    const dates = results.map((result) => result.datetime ?? "");
    expect(dates.every((date) => date.startsWith("2025-"))).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    // No year is offered that only an unpublished article has.
    expect(await page.locator("#search-year option").allInnerTexts()).not.toContain("2027");
  });

  it("shows 20 results at first and the rest on request, moving focus to the first new one", async () => {
    await open("/search/?q=the");
    const { status, results } = await outcome();
    const total = Number(/^(\d+) results/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(results).toHaveLength(20);
    const more = page.getByRole("button", { name: "Show more results" });
    await more.click();
    await expect.poll(() => page.locator("#search-results > li").count()).toBe(Math.min(total, 40));
    expect(await page.evaluate(() => document.activeElement?.closest("li")?.matches("#search-results > li:nth-child(21)"))).toBe(true);
    expect(await more.isVisible()).toBe(total > 40);
  });

  it("has no accessibility violations with results shown", async () => {
    await open("/search/?q=dialogue");
    await outcome();
    const violations = await findViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});

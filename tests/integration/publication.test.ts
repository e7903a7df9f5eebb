import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, beforeAll } from "vitest";
import { article, build, listFiles, makeFixture, page } from "../support/fixture";

const files = {
  "content/articles/live.md": article({
    title: "Live article",
    date: "2026-11-01",
    summary: "Published.",
    tags: ["Shared topic", "Live only"],
  }),
  "content/articles/draft.md": article({
    title: "Secret draft headline",
    date: "2026-10-01",
    summary: "Draft summary.",
    tags: ["Shared topic", "Draft only topic"],
    draft: "true",
  }),
  "content/articles/future.md": article({
    title: "Embargoed headline",
    date: "2026-11-28T12:00:01+07:00",
    summary: "Future summary.",
    tags: ["Shared topic", "Future only topic"],
  }),
};

describe("drafts and scheduled articles in production", () => {
  let root: string;
  let output: string;
  beforeAll(async () => {
    root = await makeFixture(files);
    const result = await build(root, "2026-11-28T12:00:00+07:00");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Next scheduled article: content/articles/future.md, due 2026-11-28T12:00:01.000+07:00");
    output = join(root, "_site");
  });

  it("appear in no file of the output", async () => {
    const pages = await listFiles(output);
    expect(pages).not.toContain("2026/10/01/secret-draft-headline/index.html");
    expect(pages).not.toContain("2026/11/28/embargoed-headline/index.html");
    for (const file of pages.filter((name) => name.endsWith(".html"))) {
      const html = await readFile(join(output, file), "utf8");
      expect(html, file).not.toMatch(/Secret draft|Embargoed|Draft only topic|Future only topic|draft-only|future-only/);
    }
  });

  it("do not count on topic pages or the topics index", async () => {
    const $ = await page(root, "/topics/");
    const shared = $("a[href='/topics/shared-topic/']").parent();
    expect(shared.find(".count").text()).toBe("1");
    const topic = await page(root, "/topics/shared-topic/");
    expect(topic("main li")).toHaveLength(1);
  });

  it("are listed nowhere on the home page", async () => {
    const $ = await page(root, "/");
    const titles = $("main li h2 a")
      .map((_, a) => $(a).text())
      .get();
    expect(titles).toEqual(["Live article"]);
  });
});

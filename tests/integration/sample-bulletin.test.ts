import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { describe, expect, it, beforeAll } from "vitest";
import { runBuild } from "../../src/cli/build";
import { listFiles, run, tempFolder } from "../support/fixture";

const repo = new URL("../..", import.meta.url).pathname;
const lead = "/2020/08/26/asean-rok-dialogue-24th/";

describe("the sample bulletin", () => {
  let output: string;
  const load = async (url: string) =>
    cheerio.load(await readFile(join(output, url.endsWith("/") ? `${url}index.html` : url), "utf8"));

  beforeAll(async () => {
    output = join(await tempFolder("communique-sample-"), "_site");
    const result = await run(runBuild, ["--output", output, "--build-time", "2026-11-28T12:00:00+07:00"], repo);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("shows the lead article's six related World articles: ranked first, then filled", async () => {
    const $ = await load(lead);
    expect($("h1").text()).toBe("ASEAN and the Republic of Korea pledge deeper cooperation at 24th dialogue");
    expect($("figure.lead figcaption").text()).toBe("Delegates join the online dialogue (Photo: VNA)");
    expect($(".source").text()).toBe("Source: NDO");
    const related = $("aside.related li a").map((_, a) => $(a).attr("href")).get();
    expect(related).toEqual([
      "/2023/12/30/asean-foreign-ministers-issue-statement-on-maritime-stability-in-southeast-asia/",
      "/2024/02/22/g20-foreign-ministers-in-rio-call-for-reform-of-global-governance/",
      "/2023/12/15/laos-unveils-theme-and-logo-for-its-2024-asean-chairmanship/",
      "/2023/12/27/world-economy-proves-resilient-in-2023-with-reasons-for-optimism-in-2024/",
      "/2023/11/30/a-year-after-chatgpt-safe-and-responsible-ai-takes-centre-stage/",
      "/2023/11/08/viet-nam-elected-vice-president-of-unescos-42nd-general-conference/",
    ]);
    for (const href of related) {
      const other = await load(href);
      expect(other(".section").first().text(), href).toBe("World");
    }
  });

  it("paginates the Việt Nam topic", async () => {
    const first = await load("/topics/viet-nam/");
    expect(first("main li h2 a")).toHaveLength(20);
    const second = await load("/topics/viet-nam/page/2/");
    expect(second("main li h2 a").length).toBeGreaterThan(0);
  });

  it("publishes neither the draft nor the scheduled article", async () => {
    const files = await listFiles(output);
    expect(files.some((file) => file.startsWith("2027/"))).toBe(false);
    expect(files.some((file) => file.includes("80th-anniversary"))).toBe(false);
  });

  it("has exactly one h1 and a lang on every page", async () => {
    const pages = (await listFiles(output)).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(80);
    for (const file of pages) {
      const $ = await load(file);
      expect($("h1"), file).toHaveLength(1);
      expect($("html").attr("lang"), file).toBe("en");
    }
    expect(pages).toContain("404.html");
    expect(pages).toContain("index.html");
    expect(pages).toContain("topics/index.html");
  });

  it("lists the latest 20 articles on the home page", async () => {
    const $ = await load("/");
    expect($("main li h2 a")).toHaveLength(20);
  });
});

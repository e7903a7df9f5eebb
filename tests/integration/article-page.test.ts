import { describe, expect, it, beforeAll } from "vitest";
import type { CheerioAPI } from "cheerio";
import { article, build, makeFixture, page } from "../support/fixture";

// A 1×1 PNG: enough for the image's dimensions to be read.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

describe("article page", () => {
  let $: CheerioAPI;
  let root: string;

  beforeAll(async () => {
    root = await makeFixture({
      "content/images/dialogue.png": png,
      "content/articles/2020/08/dialogue.md": article(
        {
          title: "ASEAN and the RoK meet online",
          date: "2020-08-26T17:00:00+07:00",
          updated: "2020-08-27T09:30:00+07:00",
          summary: "Both sides agreed to deepen cooperation.",
          tags: ["ASEAN", "Republic of Korea"],
          location: "Hanoi",
          author: "Lan Anh",
          source: "NDO",
          image: "{ src: dialogue.png, alt: Delegates on screens, caption: Delegates join the online dialogue, credit: VNA }",
          corrections: ["{ date: 2020-08-28, text: An earlier version misstated the fund's size. }"],
        },
        "First paragraph with {{ title }} and {% raw %}.\n\n# A subheading\n\n<script>alert(1)</script>\n",
      ),
    });
    const result = await build(root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    $ = await page(root, "/2020/08/26/asean-and-the-rok-meet-online/");
  });

  it("has one h1, the headline", () => {
    expect($("h1")).toHaveLength(1);
    expect($("h1").text()).toBe("ASEAN and the RoK meet online");
    expect($("html").attr("lang")).toBe("en");
    expect($("title").text()).toContain("ASEAN and the RoK meet online");
  });

  it("shows dateline, byline and the publication and update times in the site zone", () => {
    expect($(".dateline .location").text()).toBe("Hanoi");
    expect($(".dateline .byline").text()).toBe("By Lan Anh");
    expect($("time.published").attr("datetime")).toBe("2020-08-26T17:00:00+07:00");
    expect($("time.published").text()).toBe("26 August 2020, 17:00 GMT+7");
    expect($("time.updated").attr("datetime")).toBe("2020-08-27T09:30:00+07:00");
  });

  it("shows the lead figure with caption and credit, and its dimensions", () => {
    const img = $("figure.lead img");
    expect(img.attr("alt")).toBe("Delegates on screens");
    expect(img.attr("width")).toBe("1");
    expect(img.attr("height")).toBe("1");
    // A 1×1 PNG is made at its own width, as a JPEG fallback (and AVIF and WebP sources).
    expect(img.attr("src")).toMatch(/^\/images\/dialogue\.[0-9a-f]{10}-1\.jpg$/);
    expect($("figure.lead picture source").map((_, source) => $(source).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    expect($("figure.lead figcaption").text()).toBe("Delegates join the online dialogue (Photo: VNA)");
  });

  it("renders the body without running it as a template or passing raw HTML", () => {
    const body = $(".body");
    expect(body.find("p").first().text()).toBe("First paragraph with {{ title }} and {% raw %}.");
    expect(body.find("h2").text()).toBe("A subheading");
    expect(body.find("script")).toHaveLength(0);
    expect(body.text()).toContain("<script>alert(1)</script>");
  });

  it("shows the source line, topic links and corrections", () => {
    expect($(".source").text()).toBe("Source: NDO");
    const topics = $("nav.topics a")
      .map((_, a) => [[$(a).text(), $(a).attr("href")]])
      .get();
    expect(topics).toEqual([
      ["ASEAN", "/topics/asean/"],
      ["Republic of Korea", "/topics/republic-of-korea/"],
    ]);
    expect($(".corrections li").text()).toContain("An earlier version misstated the fund's size.");
    expect($(".corrections time").attr("datetime")).toBe("2020-08-28T00:00:00+07:00");
  });

  it("has no Related Topics block when there is nothing to relate", () => {
    expect($("aside.related")).toHaveLength(0);
  });
});

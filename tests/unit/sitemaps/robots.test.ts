import { describe, expect, it } from "vitest";
import { renderRobotsTxt } from "../../../src/sitemaps/robots";

describe("renderRobotsTxt", () => {
  it.each([
    [[], "User-agent: *\nAllow: /\n\n"],
    [
      ["https://example.org/bulletin/sitemap.xml", "https://example.org/bulletin/news-sitemap.xml"],
      "User-agent: *\nAllow: /\n\nSitemap: https://example.org/bulletin/sitemap.xml\nSitemap: https://example.org/bulletin/news-sitemap.xml\n",
    ],
  ])("allows everything and names the sitemaps %j", (sitemaps, expected) => {
    expect(renderRobotsTxt(sitemaps)).toBe(expected);
  });
});

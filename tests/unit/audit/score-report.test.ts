import { describe, expect, it } from "vitest";
import { formatFailingAudits, formatScoreTable, summarizeResult, type LighthouseResult, type PageScores } from "../../../src/audit/score-report";

const result: LighthouseResult = {
  categories: {
    performance: {
      score: 0.814,
      auditRefs: [
        { id: "largest-contentful-paint", weight: 25 },
        { id: "total-blocking-time", weight: 30 },
        { id: "cumulative-layout-shift", weight: 25 },
        { id: "unminified-css", weight: 0 },
        { id: "diagnostics", weight: 0 },
        { id: "bf-cache", weight: 0 },
      ],
    },
    accessibility: { score: 1, auditRefs: [{ id: "color-contrast", weight: 7 }] },
    "best-practices": { score: 0.946, auditRefs: [{ id: "errors-in-console", weight: 1 }, { id: "inspector-issues", weight: 1 }] },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    "largest-contentful-paint": { title: "Largest Contentful Paint", score: 0.9, scoreDisplayMode: "numeric", displayValue: "2.6 s" },
    "total-blocking-time": { title: "Total Blocking Time", score: 0.36, scoreDisplayMode: "numeric", displayValue: "810 ms" },
    "cumulative-layout-shift": { title: "Cumulative Layout Shift", score: 1, scoreDisplayMode: "numeric", displayValue: "0" },
    "unminified-css": { title: "Minify CSS", score: 0.5, scoreDisplayMode: "metricSavings", displayValue: "Potential savings of 4 KiB" },
    diagnostics: { title: "Diagnostics", score: null, scoreDisplayMode: "informative" },
    "bf-cache": { title: "Page prevented back/forward cache restoration", score: 0, scoreDisplayMode: "binary" },
    "color-contrast": { title: "Background and foreground colors have a sufficient contrast ratio", score: 1, scoreDisplayMode: "binary" },
    "errors-in-console": { title: "Browser errors were logged to the console", score: 0, scoreDisplayMode: "binary" },
    "inspector-issues": { title: "No issues in the Issues panel", score: 1, scoreDisplayMode: "binary" },
  },
};

describe("summarizeResult", () => {
  const summary = summarizeResult("/", "mobile", result);

  it("gives each category's score out of 100, and none where Lighthouse gave none", () => {
    expect(summary.scores).toEqual({ performance: 81, accessibility: 100, "best-practices": 95, seo: undefined });
  });

  it("lists failing audits only for categories under 95, costliest first (weight × shortfall, then score)", () => {
    expect(Object.keys(summary.failing)).toEqual(["performance", "seo"]);
    expect(summary.failing.performance?.map((audit) => audit.id)).toEqual(["total-blocking-time", "largest-contentful-paint", "bf-cache", "unminified-css"]);
    expect(summary.failing.performance?.[0]).toEqual({ id: "total-blocking-time", title: "Total Blocking Time", score: 36, displayValue: "810 ms" });
    expect(summary.failing.seo).toEqual([]);
  });

  it("keeps at most `limit` audits per category", () => {
    expect(summarizeResult("/", "mobile", result, 2).failing.performance?.map((audit) => audit.id)).toEqual(["total-blocking-time", "largest-contentful-paint"]);
  });

  it("lists the audits of a category that fell under the bar through them", () => {
    const lower = { ...result, categories: { ...result.categories, "best-practices": { score: 0.5, auditRefs: result.categories["best-practices"]?.auditRefs ?? [] } } };
    expect(summarizeResult("/", "desktop", lower).failing["best-practices"]?.map((audit) => audit.id)).toEqual(["errors-in-console"]);
  });
});

describe("formatScoreTable", () => {
  const rows: PageScores[] = [
    { page: "/", preset: "mobile", scores: { performance: 81, accessibility: 100, "best-practices": 96, seo: 100 }, failing: {} },
    { page: "/2020/08/26/a/", preset: "desktop", scores: { performance: 100, accessibility: 98, "best-practices": 100, seo: undefined }, failing: {} },
  ];

  it("aligns names left and scores right, with a dash for a missing score", () => {
    expect(formatScoreTable(rows)).toBe(
      [
        "page            preset   performance  accessibility  best-practices  seo",
        "/               mobile            81            100              96  100",
        "/2020/08/26/a/  desktop          100             98             100    –",
      ].join("\n"),
    );
  });
});

describe("formatFailingAudits", () => {
  it("prints each category under the bar with its audits, indented", () => {
    const rows = [summarizeResult("/", "mobile", result, 2)];
    expect(formatFailingAudits(rows)).toBe(
      [
        "/ mobile performance 81:",
        "    total-blocking-time (36): Total Blocking Time — 810 ms",
        "    largest-contentful-paint (90): Largest Contentful Paint — 2.6 s",
        "/ mobile seo –:",
        "    (no single audit failed)",
      ].join("\n"),
    );
  });

  it("is empty when every category reaches the bar", () => {
    expect(formatFailingAudits([{ page: "/", preset: "desktop", scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 }, failing: {} }])).toBe("");
  });
});

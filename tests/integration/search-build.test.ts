import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildSite } from "../../src/build/build-site";
import { resolveSiteConfig } from "../../src/config";
import { article, fixtureBuildTime, listFiles, makeFixture, writeFiles } from "../support/fixture";

// The real indexer, unless a test makes the next run fail the way Pagefind can.
const indexer = vi.hoisted(() => ({ failNext: false }));
vi.mock("../../src/search/index-site", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/search/index-site")>();
  return {
    ...real,
    indexSite: (options: Parameters<typeof real.indexSite>[0]) => {
      if (!indexer.failNext) return real.indexSite(options);
      indexer.failNext = false;
      return Promise.reject(new Error(`Pagefind could not index ${options.site}: disk full`));
    },
  };
});

const config = resolveSiteConfig({ name: "Test Bulletin" });
const buildTime = DateTime.fromISO(fixtureBuildTime, { setZone: true });

describe("the search index in the atomic build", () => {
  let root: string;
  let output: string;
  beforeAll(async () => {
    root = await makeFixture({
      "content/articles/one.md": article({ title: "One", date: "2024-01-01", summary: "S.", tags: ["ASEAN"] }),
    });
    output = join(root, "_site");
  });

  it("is built inside the build and its time reported apart from rendering", async () => {
    const report = await buildSite({ root, config, buildTime, output });
    expect(report.ok).toBe(true);
    expect(report.searchTime).toBeGreaterThan(0);
    expect(report.renderTime).toBeGreaterThan(0);
    expect(await listFiles(output)).toContain("pagefind/pagefind.js");
  });

  it("leaves the previous site in place, index and all, when indexing fails", async () => {
    const before = await listFiles(output);
    const entry = await readFile(join(output, "pagefind", "pagefind-entry.json"), "utf8");
    await writeFiles(root, {
      "content/articles/two.md": article({ title: "Two", date: "2024-01-02", summary: "S.", tags: ["ASEAN"] }),
    });
    indexer.failNext = true;
    await expect(buildSite({ root, config, buildTime, output })).rejects.toThrow("disk full");
    expect(await listFiles(output)).toEqual(before);
    expect(await readFile(join(output, "pagefind", "pagefind-entry.json"), "utf8")).toBe(entry);
    // No half-built folder is left beside it.
    expect((await readdir(root)).filter((entry) => entry.startsWith("_site"))).toEqual(["_site"]);

    const report = await buildSite({ root, config, buildTime, output });
    expect(report.ok).toBe(true);
    expect(await listFiles(output)).toContain("2024/01/02/two/index.html");
  });
});

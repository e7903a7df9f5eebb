import { cp, readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, beforeAll } from "vitest";
import { formatIssuesGithub } from "../../src/diagnostics/format-issues";
import { article, build, check, listFiles, makeFixture, writeFiles } from "../support/fixture";

const fixture = new URL("fixtures/bad-bulletin/content", import.meta.url).pathname;
const golden = new URL("fixtures/bad-bulletin.golden.txt", import.meta.url).pathname;

async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of await listFiles(folder)) files.set(file, await readFile(join(folder, file), "utf8"));
  return files;
}

describe("a bulletin with mistakes", () => {
  let root: string;
  beforeAll(async () => {
    root = await makeFixture({});
    await cp(fixture, join(root, "content"), { recursive: true });
  });

  it("check lists every problem with file, line, column and field, and a count", async () => {
    const result = await check(root);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe((await readFile(golden, "utf8")).trimEnd());
  });

  it("never executes JavaScript front matter", async () => {
    await check(root);
    expect((globalThis as { communiquePwned?: unknown }).communiquePwned).toBeUndefined();
  });

  it("check --format github prints one annotation per problem", async () => {
    const result = await check(root, undefined, ["--format", "github"]);
    const annotations = result.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toHaveLength(15);
    expect(annotations).toContain(
      "::error file=content/articles/2024/05/many-mistakes.md,line=5,col=1::tag: `tag` is not a known field; did you mean `tags`?",
    );
    expect(formatIssuesGithub([])).toBe("");
  });

  it("build writes nothing and leaves the previous site exactly as it was", async () => {
    const good = await makeFixture({
      "content/articles/ok.md": article({ title: "Fine", date: "2024-01-01", summary: "S.", tags: ["One"] }),
    });
    expect((await build(good)).code).toBe(0);
    const before = await snapshot(join(good, "_site"));
    expect(before.size).toBeGreaterThan(0);

    await writeFiles(good, {
      "content/articles/broken.md": article({ title: "Broken", date: "2024-13-01", summary: "S.", tags: ["One"] }),
    });
    const result = await build(good);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("content/articles/broken.md:3:1  date");
    expect(result.stderr).toContain("Nothing was written; the previous site is untouched.");
    expect(await snapshot(join(good, "_site"))).toEqual(before);
    // No half-built folder is left beside it.
    expect((await readdir(good)).filter((name) => name.startsWith("_site"))).toEqual(["_site"]);
  });

  it("a good build replaces the whole site: a deleted article leaves no stale page", async () => {
    const site = await makeFixture({
      "content/articles/a.md": article({ title: "Stays", date: "2024-01-01", summary: "S.", tags: ["One"] }),
      "content/articles/b.md": article({ title: "Goes away", date: "2024-01-02", summary: "S.", tags: ["Two"] }),
    });
    expect((await build(site)).code).toBe(0);
    expect(await listFiles(join(site, "_site", "2024", "01", "02"))).toEqual(["goes-away/index.html"]);
    await writeFiles(site, {
      "content/articles/b.md": article({ title: "Other", slug: "other", date: "2024-01-03", summary: "S.", tags: ["One"] }),
    });
    expect((await build(site)).code).toBe(0);
    expect(await listFiles(join(site, "_site", "2024", "01", "02"))).toEqual([]);
    expect(await listFiles(join(site, "_site", "topics", "two"))).toEqual([]);
  });
});

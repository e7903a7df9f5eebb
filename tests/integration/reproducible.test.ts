import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { buildSite } from "../../src/build/build-site";
import { loadProject } from "../../src/cli/project";
import { article, build, fixtureBuildTime, listFiles, makeFixture, type FixtureFiles } from "../support/fixture";

// Ties everywhere the order files are listed in could leak through: two articles at the
// same minute, one topic spelt two ways, topics shared across folders, related lists.
const files: [string, string][] = [
  [
    "content/articles/2026/11/summit-opens.md",
    article({ title: "Summit opens", date: "2026-11-20T09:00:00+07:00", summary: "Leaders arrive.", tags: ["ASEAN", "Việt Nam"] }),
  ],
  [
    "content/articles/2026/11/summit-closes.md",
    article({ title: "Summit closes", date: "2026-11-20T09:00:00+07:00", summary: "Leaders leave.", tags: ["ASEAN", "Viet Nam"] }),
  ],
  [
    "content/articles/2026/10/trade-talks.md",
    article({ title: "Trade talks", date: "2026-10-02", summary: "Ministers meet.", tags: ["Trade", "ASEAN"] }),
  ],
  [
    "content/articles/2025/01/new-year.md",
    article({ title: "New year message", date: "2025-01-01T00:00:00+07:00", summary: "Greetings.", tags: ["Việt Nam", "Trade"] }),
  ],
  [
    "content/articles/2026/11/draft.md",
    article({ title: "A draft", date: "2026-11-01", summary: "Not yet.", tags: ["ASEAN"], draft: "true" }),
  ],
  ["content/_data/topics.yaml", "ASEAN:\n  description: The Association of Southeast Asian Nations.\n"],
];

/** Path → bytes of every file in `folder`. */
async function readTree(folder: string): Promise<Map<string, Buffer>> {
  const tree = new Map<string, Buffer>();
  for (const path of await listFiles(folder)) tree.set(path, await readFile(join(folder, path)));
  return tree;
}

describe("two builds of the same content at the same build time", () => {
  let forward: Map<string, Buffer>;
  let backward: Map<string, Buffer>;

  beforeAll(async () => {
    // Object keys keep insertion order, so each fixture's files are written in its order.
    const inOrder: FixtureFiles = Object.fromEntries(files);
    const reversed: FixtureFiles = Object.fromEntries([...files].reverse());
    const roots = [await makeFixture(inOrder), await makeFixture(reversed)];
    const trees: Map<string, Buffer>[] = [];
    for (const root of roots) {
      const result = await build(root);
      expect(result.code).toBe(0);
      trees.push(await readTree(join(root, "_site")));
    }
    [forward = new Map(), backward = new Map()] = trees;
  });

  it("write the same files when Eleventy writes them a few pages per run", async () => {
    const project = await loadProject(await makeFixture(Object.fromEntries(files)));
    const output = join(project.root, "_batched");
    const buildTime = DateTime.fromISO(fixtureBuildTime, { zone: project.config.timeZone });
    const report = await buildSite({ ...project, buildTime, output, pagesPerRun: 3 });
    expect(report.ok).toBe(true);
    const batched = await readTree(output);
    expect([...batched.keys()]).toEqual([...forward.keys()]);
    for (const [path, bytes] of forward) expect(batched.get(path)?.equals(bytes), path).toBe(true);
  });

  it("write the same files", () => {
    expect(forward.size).toBeGreaterThan(10);
    expect([...backward.keys()]).toEqual([...forward.keys()]);
    expect(forward.has("2026/11/20/summit-opens/index.html")).toBe(true);
  });

  it("write the same bytes in every file, whatever order the files were written in", () => {
    const differing = [...forward].filter(([path, bytes]) => !backward.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});

import { spawn } from "node:child_process";
import { readFile, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { article, build, fixtureBuildTime, listFiles, makeFixture, writeFiles } from "../support/fixture";

const repo = new URL("../..", import.meta.url).pathname;

async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of await listFiles(folder)) files[file] = await readFile(join(folder, file), "utf8");
  return files;
}

/** Starts `communique build` in a child process and kills it after `ms`. */
function buildAndKill(root: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "build", "--root", root, "--build-time", fixtureBuildTime],
      { cwd: repo, stdio: "ignore" },
    );
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe("a build killed midway", () => {
  it("leaves the previous site whole, or the new one whole, never a mix", async () => {
    const many = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        `content/articles/a${i}.md`,
        article({ title: `Article ${i}`, date: `2024-01-${String((i % 28) + 1).padStart(2, "0")}`, summary: "S.", tags: ["One", `T${i % 7}`] }),
      ]),
    );
    const root = await makeFixture(many);
    expect((await build(root)).code).toBe(0);
    const before = await snapshot(join(root, "_site"));

    // The complete result of the changed content, built elsewhere for comparison.
    const added = { "content/articles/new.md": article({ title: "Added", date: "2024-02-01", summary: "S.", tags: ["One"] }) };
    const reference = await makeFixture({ ...many, ...added });
    expect((await build(reference)).code).toBe(0);
    const after = await snapshot(join(reference, "_site"));

    await writeFiles(root, added);
    const broken = "content/articles/broken.md";
    for (const ms of [1500, 2500, 3500]) {
      await buildAndKill(root, ms);
      // The next build puts back a site set aside by a swap that was cut short and removes
      // half-built folders, even when it then stops on an error and writes nothing.
      await writeFiles(root, { [broken]: "---\ntitle: Broken\n---\n" });
      expect((await build(root)).code).toBe(1);
      await rm(join(root, broken));
      expect([before, after]).toContainEqual(await snapshot(join(root, "_site")));
      expect((await readdir(root)).filter((entry) => entry.startsWith("_site"))).toEqual(["_site"]);
    }
  });

  it("puts back a site set aside by a swap cut short between its two renames", async () => {
    const root = await makeFixture({
      "content/articles/a.md": article({ title: "Kept", date: "2024-01-01", summary: "S.", tags: ["One"] }),
    });
    expect((await build(root)).code).toBe(0);
    const before = await snapshot(join(root, "_site"));
    // The state a kill between the renames leaves: no `_site`, the old one set aside.
    await rename(join(root, "_site"), join(root, "_site.old-1-abcd"));
    await writeFiles(root, { "content/articles/broken.md": "---\ntitle: Broken\n---\n" });
    expect((await build(root)).code).toBe(1);
    expect(await snapshot(join(root, "_site"))).toEqual(before);
    expect((await readdir(root)).filter((entry) => entry.startsWith("_site"))).toEqual(["_site"]);
  });
});

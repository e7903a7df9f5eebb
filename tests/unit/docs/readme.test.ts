import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const repo = new URL("../../..", import.meta.url).pathname;
const readme = readFileSync(join(repo, "README.md"), "utf8");
const fileMap = /### File map\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const mapped = fileMap
  .split("\n")
  .map((line) => line.split(/\s+/)[0] ?? "")
  .filter((path) => path !== "");

describe("README", () => {
  it("has a file map", () => {
    expect(mapped.length).toBeGreaterThan(10);
  });

  it.each(mapped)("maps %s, which exists", (path) => {
    expect(existsSync(join(repo, path))).toBe(true);
  });

  it("maps every folder and file of src/", () => {
    for (const entry of readdirSync(join(repo, "src"), { withFileTypes: true })) {
      const path = `src/${entry.name}${entry.isDirectory() ? "/" : ""}`;
      expect(mapped, path).toContain(path);
    }
  });

  it("shows the quick start's two commands", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test");
  });
});

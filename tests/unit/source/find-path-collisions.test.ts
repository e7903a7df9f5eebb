import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/diagnostics/issue";
import { findPathCollisions } from "../../../src/source/find-path-collisions";

function collision(file: string, others: string): Issue {
  const message = `this file's name differs from ${others} only in capitals or accent encoding, so some computers see one file; rename one of them`;
  return { file, line: 1, column: 1, field: "-", code: "file-collision", severity: "error", message };
}

const nfc = "content/articles/vi\u1ec7t-nam.md";
const nfd = "content/articles/vie\u0323\u0302t-nam.md";

describe("findPathCollisions", () => {
  it.each([
    { name: "distinct paths", paths: ["content/articles/a.md", "content/articles/b.md", "content/images/a.jpg"], issues: [] },
    { name: "one path", paths: ["content/articles/A.md"], issues: [] },
    {
      name: "paths differing by case",
      paths: ["content/articles/ASEAN.md", "content/articles/asean.md"],
      issues: [
        collision("content/articles/ASEAN.md", "`content/articles/asean.md`"),
        collision("content/articles/asean.md", "`content/articles/ASEAN.md`"),
      ],
    },
    {
      name: "folders differing by case",
      paths: ["content/articles/2020/May/a.md", "content/articles/2020/may/a.md"],
      issues: [
        collision("content/articles/2020/May/a.md", "`content/articles/2020/may/a.md`"),
        collision("content/articles/2020/may/a.md", "`content/articles/2020/May/a.md`"),
      ],
    },
    {
      name: "NFC and NFD spellings",
      paths: [nfc, nfd],
      issues: [collision(nfc, `\`${nfd}\``), collision(nfd, `\`${nfc}\``)],
    },
    {
      name: "three at once",
      paths: ["content/images/A.jpg", "content/images/a.jpg", "content/images/a.JPG"],
      issues: [
        collision("content/images/A.jpg", "`content/images/a.JPG`, `content/images/a.jpg`"),
        collision("content/images/a.jpg", "`content/images/A.jpg`, `content/images/a.JPG`"),
        collision("content/images/a.JPG", "`content/images/A.jpg`, `content/images/a.jpg`"),
      ],
    },
  ])("$name", ({ paths, issues }) => {
    expect(findPathCollisions(paths)).toEqual(issues);
  });
});

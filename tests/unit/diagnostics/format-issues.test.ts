import { describe, expect, it } from "vitest";
import { formatIssues, formatIssuesGithub } from "../../../src/diagnostics/format-issues";
import type { Issue } from "../../../src/diagnostics/issue";

function issue(file: string, line: number, column: number, field: string, severity: Issue["severity"], message: string): Issue {
  return { file, line, column, field, code: "type", severity, message };
}

const issues: Issue[] = [
  issue("content/articles/b.md", 3, 1, "draft", "error", 'expected true or false, got "yes"'),
  issue("content/articles/a.md", 2, 1, "slug", "warning", "the title has no Latin letters or digits"),
  issue("content/articles/a.md", 1, 1, "title", "error", "`title` is required: add the headline"),
];

describe("formatIssues", () => {
  it("prints one sorted line per issue and a closing count", () => {
    expect(formatIssues(issues, { articles: 32 })).toBe(
      [
        "content/articles/a.md:1:1  title  `title` is required: add the headline",
        "content/articles/a.md:2:1  slug  warning: the title has no Latin letters or digits",
        'content/articles/b.md:3:1  draft  expected true or false, got "yes"',
        "2 errors and 1 warning in 2 files",
      ].join("\n"),
    );
  });

  const counts: { name: string; issues: Issue[]; articles?: number; line: string }[] = [
    { name: "no issue, with a count", issues: [], articles: 32, line: "No problems in 32 articles." },
    { name: "no issue, one article", issues: [], articles: 1, line: "No problems in 1 article." },
    { name: "no issue, no count", issues: [], line: "No problems." },
    { name: "one error", issues: issues.slice(0, 1), line: "1 error in 1 file" },
    { name: "one warning", issues: issues.slice(1, 2), line: "1 warning in 1 file" },
    { name: "errors in one file", issues: [issues[2] as Issue, issues[2] as Issue], line: "2 errors in 1 file" },
  ];
  it.each(counts)("closes with the count for $name", ({ issues: list, articles, line }) => {
    const output = formatIssues(list, articles === undefined ? {} : { articles });
    expect(output.split("\n").at(-1)).toBe(line);
    expect(output.split("\n")).toHaveLength(list.length + 1);
  });
});

describe("formatIssuesGithub", () => {
  it("prints sorted workflow commands with escaped data and properties", () => {
    const odd = issue("content/articles/c,d:e.md", 4, 2, "summary", "error", "100% wrong\r\nsecond line");
    expect(formatIssuesGithub([...issues, odd])).toBe(
      [
        "::error file=content/articles/a.md,line=1,col=1::title: `title` is required: add the headline",
        "::warning file=content/articles/a.md,line=2,col=1::slug: the title has no Latin letters or digits",
        '::error file=content/articles/b.md,line=3,col=1::draft: expected true or false, got "yes"',
        "::error file=content/articles/c%2Cd%3Ae.md,line=4,col=2::summary: 100%25 wrong%0D%0Asecond line",
      ].join("\n"),
    );
  });

  it("prints nothing for no issues", () => {
    expect(formatIssuesGithub([])).toBe("");
  });
});

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { runBuild } from "../../src/cli/build";
import { listFiles, run, tempFolder } from "../support/fixture";

const repo = new URL("../..", import.meta.url).pathname;

describe("HTML validity of the sample bulletin", () => {
  let output: string;
  beforeAll(async () => {
    output = join(await tempFolder("communique-valid-"), "_site");
    const result = await run(runBuild, ["--output", output, "--build-time", "2026-11-28T12:00:00+07:00"], repo);
    expect(result.code).toBe(0);
  });

  it("every page passes html-validate with the project's rules", async () => {
    // The project's .htmlvalidate.json, found from the repository root.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = (await listFiles(output)).filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readFile(join(output, page), "utf8"), join(repo, "page.html"));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
        }
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});

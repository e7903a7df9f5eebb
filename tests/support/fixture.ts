/**
 * Fixture sites for integration tests: a temporary bulletin project declared inline,
 * built or checked through the real CLI commands in this process, read back with cheerio.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { tempFolder } from "./temp";
import { dirname, join } from "node:path";
import * as cheerio from "cheerio";
import { scaffoldProject } from "../../src/bench/scaffold-project";
import { runBuild } from "../../src/cli/build";
import { runCheck } from "../../src/cli/check";
import type { CommandIo } from "../../src/cli/project";
import type { SiteConfig } from "../../src/config";

export type FixtureFiles = Record<string, string | Buffer>;

export { removeTemporary, tempFolder } from "./temp";

/** Creates a project in a temp folder with `files` (paths relative to the project root). */
export async function makeFixture(files: FixtureFiles, site: Partial<SiteConfig> = {}): Promise<string> {
  const root = await tempFolder("communique-fixture-");
  await scaffoldProject(root, site);
  await writeFiles(root, files);
  return root;
}

/** Writes (or overwrites) files under `root`. */
export async function writeFiles(root: string, files: FixtureFiles): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

type Command = (argv: readonly string[], io: CommandIo) => Promise<number>;

/** Runs a CLI command in-process with captured output. */
export async function run(command: Command, argv: readonly string[], cwd: string): Promise<CommandResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { cwd, stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** The build time every fixture uses unless a test needs another. */
export const fixtureBuildTime = "2026-11-28T12:00:00+07:00";

/** `communique build` on the fixture at a fixed build time. */
export function build(root: string, buildTime = fixtureBuildTime): Promise<CommandResult> {
  return run(runBuild, ["--root", root, "--build-time", buildTime], root);
}

/** `communique check` on the fixture at a fixed build time. */
export function check(root: string, buildTime = fixtureBuildTime, extra: readonly string[] = []): Promise<CommandResult> {
  return run(runCheck, ["--root", root, "--build-time", buildTime, ...extra], root);
}

/** Parses the page written for `url` (e.g. `/2020/08/26/x/`). */
export async function page(root: string, url: string): Promise<cheerio.CheerioAPI> {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  return cheerio.load(await readFile(join(root, "_site", file), "utf8"));
}

/** Every file under `folder`, relative, sorted; [] when the folder is missing. */
export async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
      .sort();
  } catch {
    return [];
  }
}

/** A valid article's Markdown text with overridable front-matter lines. */
export function article(fields: Record<string, string | readonly string[]>, body = "Body text."): string {
  const lines = ["---"];
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string") lines.push(`${key}: ${value}`);
    else lines.push(`${key}:`, ...value.map((item) => `  - ${item}`));
  }
  lines.push("---", "", body, "");
  return lines.join("\n");
}

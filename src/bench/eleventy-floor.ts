/**
 * Eleventy's own share of a build: Eleventy writing the files a finished build wrote,
 * handed to it as bytes, through one paginated template that returns each file as it is, in
 * runs of the build's size. Nothing is loaded, validated, rendered or modelled: what any
 * bulletin built on Eleventy pays to have these pages written, whatever its own code costs.
 */
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { pagesPerRun } from "../build/build-site";

/** Folders of a built site that are not pages: copied files and the search index. */
const notPages = ["assets", "pagefind"];

/** One file of the built site, by its path from the site's root (with a leading `/`). */
interface BuiltFile {
  readonly path: string;
  /** As UTF-8 bytes, outside the JavaScript heap, as the build hands its pages to Eleventy. */
  readonly bytes: Buffer;
}

/** What the Eleventy floor did. */
export interface EleventyFloorReport {
  /** Files Eleventy wrote. */
  readonly pages: number;
  /** Milliseconds in Eleventy's runs; reading the built files is not counted. */
  readonly time: number;
}

/** The one page of each run, for every file: Eleventy's JavaScript template, kept in memory. */
const filesTemplate = {
  data: {
    pagination: { data: "builtFiles", size: 1, alias: "builtFile" },
    permalink: (data: { builtFile: BuiltFile }) => data.builtFile.path,
  },
  render: (data: { builtFile: BuiltFile }) => data.builtFile.bytes,
};

/**
 * Writes every file of the built site `site` (but its `assets` and `pagefind` folders) into
 * `output` with Eleventy, at most `perRun` files a run.
 */
export async function writeBuiltSiteWithEleventy(site: string, output: string, perRun = pagesPerRun): Promise<EleventyFloorReport> {
  const files = await readBuiltFiles(site);
  const input = await mkdtemp(join(tmpdir(), "communique-eleventy-floor-"));
  try {
    await writeFile(join(input, "files.floor"), "");
    // An empty configuration of its own, so Eleventy does not take up one in the working folder.
    const configPath = join(input, "eleventy.config.mjs");
    await writeFile(configPath, "export default function () {}\n");
    const started = performance.now();
    for (let start = 0; start < files.length; start += perRun) {
      const part = files.slice(start, start + perRun);
      const config = (eleventyConfig: UserConfig): void => {
        eleventyConfig.addGlobalData("builtFiles", () => part);
        // Eleventy's JavaScript templates, with the module given rather than imported.
        eleventyConfig.addExtension("floor", {
          key: "11ty.js",
          getData: true,
          getInstanceFromInputPath: () => Promise.resolve(filesTemplate),
          compileOptions: { getCacheKey: (_module: unknown, inputPath: string) => inputPath },
          compile: () => filesTemplate.render,
        });
        eleventyConfig.addTemplateFormats("floor");
      };
      await new Eleventy(input, output, { configPath, config, quietMode: true }).write();
    }
    return { pages: files.length, time: performance.now() - started };
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}

async function readBuiltFiles(site: string): Promise<BuiltFile[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const files: BuiltFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = `/${relative(site, join(entry.parentPath, entry.name)).split(sep).join("/")}`;
    if (notPages.some((folder) => path.startsWith(`/${folder}/`))) continue;
    files.push({ path, bytes: await readFile(join(site, path)) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

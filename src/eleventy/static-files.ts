/**
 * Copies the files that are not rendered into the output after each build: the
 * stylesheet, and the pictures' files from the image cache (hard-linked where possible),
 * each to a path our code derived and checked.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { ImageCopy } from "../build/prepare-site";
import { linkOrCopy } from "../images/image-cache";

export interface StaticFilesOptions {
  readonly templatesDir: string;
  /** The picture files of the latest prepared bulletin. */
  readonly images: () => readonly ImageCopy[];
}

const assets = ["style.css", "search.js", "icon.svg"];

/** Registers the copy step. */
export function staticFiles(eleventyConfig: UserConfig, options: StaticFilesOptions): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const output = resolve(directories.output);
    const copies = [
      ...assets.map((name) => ({ from: join(options.templatesDir, "assets", name), url: `/assets/${name}`, put: copyFile })),
      ...options.images().map((image) => ({ ...image, put: linkOrCopy })),
    ];
    const folders = new Map<string, Promise<unknown>>();
    await Promise.all(
      copies.map(async ({ from, url, put }) => {
        const to = resolve(output, `.${url}`);
        if (relative(output, to).startsWith(`..${sep}`)) throw new Error(`Refusing to write ${url} outside the output folder.`);
        // Pictures share one folder: made once, not once per file.
        const folder = dirname(to);
        if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
        await folders.get(folder);
        await put(from, to);
      }),
    );
  });
}

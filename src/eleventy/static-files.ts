/**
 * Copies the files that are not rendered into the output after each build: the
 * stylesheet and the articles' images, each to a path our code derived and checked.
 */
import { copyFile, mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { ImageCopy } from "../build/prepare-site";

export interface StaticFilesOptions {
  readonly root: string;
  readonly templatesDir: string;
  /** The images of the latest prepared bulletin. */
  readonly images: () => readonly ImageCopy[];
}

const assets = ["style.css"];

/** Registers the copy step. */
export function staticFiles(eleventyConfig: UserConfig, options: StaticFilesOptions): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const output = resolve(directories.output);
    const copies = [
      ...assets.map((name) => ({ from: join(options.templatesDir, "assets", name), url: `/assets/${name}` })),
      ...options.images().map((image) => ({ from: join(options.root, image.file), url: image.url })),
    ];
    await Promise.all(
      copies.map(async ({ from, url }) => {
        const to = resolve(output, `.${url}`);
        if (relative(output, to).startsWith(`..${sep}`)) throw new Error(`Refusing to write ${url} outside the output folder.`);
        await mkdir(dirname(to), { recursive: true });
        await copyFile(from, to);
      }),
    );
  });
}

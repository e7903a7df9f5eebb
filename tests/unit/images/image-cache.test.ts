import { existsSync } from "node:fs";
import { link, mkdir, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheImage, defaultImageCache, imageCacheKey, linkOrCopy, resolveImageCache } from "../../../src/images/image-cache";
import { manifestFile } from "../../../src/images/image-manifest";
import { imageProcessing, type ImageProcessing } from "../../../src/images/image-processing";
import type { ProcessImage } from "../../../src/images/process-image";
import { tempFolder } from "../../support/temp";

const bytes = new TextEncoder().encode("picture bytes");
const keyOf = (data: Uint8Array) => imageCacheKey(data, imageProcessing);

describe("imageCacheKey", () => {
  const key = imageCacheKey(bytes, imageProcessing);

  it("is a SHA-256 in hex, the same for the same bytes and processing", () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(imageCacheKey(new TextEncoder().encode("picture bytes"), { ...imageProcessing })).toBe(key);
  });

  it.each<[string, Uint8Array, ImageProcessing]>([
    ["other bytes", new TextEncoder().encode("picture bytez"), imageProcessing],
    ["other widths", bytes, { ...imageProcessing, widths: [480, 800] }],
    ["other formats", bytes, { ...imageProcessing, formats: ["webp", "jpeg"] }],
    ["another AVIF effort", bytes, { ...imageProcessing, avifEffort: 4 }],
    ["another revision", bytes, { ...imageProcessing, revision: 2 }],
  ])("changes with %s", (_, other, processing) => {
    expect(imageCacheKey(other, processing)).not.toBe(key);
  });
});

describe("resolveImageCache", () => {
  it.each<[string, string | undefined, string | undefined, string]>([
    ["the default", undefined, undefined, `/site/${defaultImageCache}`],
    ["the setting, relative to the project", "../cache/pictures", undefined, "/cache/pictures"],
    ["an absolute setting", "/var/cache/pictures", undefined, "/var/cache/pictures"],
    ["the environment variable over the setting", "pictures", "/ci/images", "/ci/images"],
    ["an empty environment variable is ignored", "pictures", "  ", "/site/pictures"],
  ])("%s", (_, setting, variable, expected) => {
    expect(resolveImageCache("/site", setting, variable)).toBe(expected);
  });
});

/** A stand-in processor that writes two small files and counts its calls. */
function standIn(): { make: ProcessImage; calls: string[] } {
  const calls: string[] = [];
  const make: ProcessImage = async (source, folder) => {
    calls.push(source);
    await writeFile(join(folder, "480.webp"), "webp");
    await writeFile(join(folder, "480.jpeg"), "jpeg");
    return [
      { format: "webp", width: 480, height: 320, file: "480.webp", bytes: 4 },
      { format: "jpeg", width: 480, height: 320, file: "480.jpeg", bytes: 4 },
    ];
  };
  return { make, calls };
}

describe("cacheImage", () => {
  it("processes a picture once, then reads it from its manifest", async () => {
    const cache = await tempFolder();
    const { make, calls } = standIn();
    const first = await cacheImage(cache, keyOf(bytes), "/p/a.jpg", imageProcessing, make);
    const second = await cacheImage(cache, keyOf(bytes), "/p/copy-of-a.jpg", imageProcessing, make);
    expect(calls).toEqual(["/p/a.jpg"]);
    expect([first.processed, second.processed]).toEqual([true, false]);
    expect(second).toEqual({ ...first, processed: false });
    expect(first.folder).toBe(join(cache, imageCacheKey(bytes, imageProcessing)));
    expect((await readdir(first.folder)).sort()).toEqual(["480.jpeg", "480.webp", manifestFile]);
    // Nothing is left beside the folder.
    expect(await readdir(cache)).toEqual([imageCacheKey(bytes, imageProcessing)]);
  });

  it("processes under another key anew", async () => {
    const cache = await tempFolder();
    const { make, calls } = standIn();
    await cacheImage(cache, keyOf(bytes), "/p/a.jpg", imageProcessing, make);
    await cacheImage(cache, keyOf(new TextEncoder().encode("other")), "/p/b.jpg", imageProcessing, make);
    await cacheImage(cache, imageCacheKey(bytes, { ...imageProcessing, avifEffort: 5 }), "/p/a.jpg", imageProcessing, make);
    expect(calls).toEqual(["/p/a.jpg", "/p/b.jpg", "/p/a.jpg"]);
  });

  it("replaces a folder whose manifest is damaged", async () => {
    const cache = await tempFolder();
    const { make, calls } = standIn();
    const { folder } = await cacheImage(cache, keyOf(bytes), "/p/a.jpg", imageProcessing, make);
    await writeFile(join(folder, manifestFile), "{ not json");
    const again = await cacheImage(cache, keyOf(bytes), "/p/a.jpg", imageProcessing, make);
    expect(again.processed).toBe(true);
    expect(calls).toHaveLength(2);
    expect(JSON.parse(await readFile(join(folder, manifestFile), "utf8"))).toMatchObject({ version: 1, key: again.manifest.key });
  });

  it("stores nothing when processing fails", async () => {
    const cache = await tempFolder();
    const failing: ProcessImage = () => Promise.reject(new Error("corrupt picture"));
    await expect(cacheImage(cache, keyOf(bytes), "/p/a.jpg", imageProcessing, failing)).rejects.toThrow("corrupt picture");
    expect(await readdir(cache)).toEqual([]);
  });
});

describe("linkOrCopy", () => {
  it("links the cached file, so no bytes are copied", async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, "a"), "picture");
    await linkOrCopy(join(folder, "a"), join(folder, "b"));
    expect((await stat(join(folder, "b"))).ino).toBe((await stat(join(folder, "a"))).ino);
  });

  it("keeps a file already there", async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, "a"), "picture");
    await mkdir(join(folder, "out"));
    await link(join(folder, "a"), join(folder, "out", "b"));
    await linkOrCopy(join(folder, "a"), join(folder, "out", "b"));
    expect(await readFile(join(folder, "out", "b"), "utf8")).toBe("picture");
  });

  it("fails when the cached file is gone", async () => {
    const folder = await tempFolder();
    await expect(linkOrCopy(join(folder, "missing"), join(folder, "b"))).rejects.toThrow();
    expect(existsSync(join(folder, "b"))).toBe(false);
  });
});

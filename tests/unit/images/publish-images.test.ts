import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { imageCacheKey } from "../../../src/images/image-cache";
import { imageProcessing } from "../../../src/images/image-processing";
import type { ProcessImage } from "../../../src/images/process-image";
import { publishImages } from "../../../src/images/publish-images";
import { tempFolder } from "../../support/temp";

const files = {
  "content/images/Hà Nội summit.jpg": "summit bytes",
  "content/articles/2024/05/map.png": "map bytes",
  "content/images/same.jpg": "map bytes",
};

async function project(): Promise<string> {
  const root = await tempFolder();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

function standIn(): { process: ProcessImage; calls: string[] } {
  const calls: string[] = [];
  const process: ProcessImage = async (source, folder) => {
    calls.push(source);
    const variants = [];
    for (const format of ["avif", "webp", "jpeg"] as const) {
      for (const width of [480, 800]) {
        await writeFile(join(folder, `${width}.${format}`), format);
        variants.push({ format, width, height: width / 2, file: `${width}.${format}`, bytes: format.length });
      }
    }
    return variants;
  };
  return { process, calls };
}

const hash = (text: string) => imageCacheKey(new TextEncoder().encode(text), imageProcessing).slice(0, 10);

describe("publishImages", () => {
  it("names each file's variants after it and its hash, under /images/", async () => {
    const root = await project();
    const { process } = standIn();
    const cache = join(root, ".cache", "images");
    const published = await publishImages(["content/images/Hà Nội summit.jpg"], { root, cache, process });
    const stem = `/images/ha-noi-summit.${hash("summit bytes")}`;
    expect(published.images.get("content/images/Hà Nội summit.jpg")?.variants).toEqual([
      { format: "avif", width: 480, height: 240, url: `${stem}-480.avif` },
      { format: "avif", width: 800, height: 400, url: `${stem}-800.avif` },
      { format: "webp", width: 480, height: 240, url: `${stem}-480.webp` },
      { format: "webp", width: 800, height: 400, url: `${stem}-800.webp` },
      { format: "jpeg", width: 480, height: 240, url: `${stem}-480.jpg` },
      { format: "jpeg", width: 800, height: 400, url: `${stem}-800.jpg` },
    ]);
    const folder = join(cache, imageCacheKey(new TextEncoder().encode("summit bytes"), imageProcessing));
    expect(published.copies.slice(0, 2)).toEqual([
      { from: join(folder, "480.avif"), url: `${stem}-480.avif` },
      { from: join(folder, "800.avif"), url: `${stem}-800.avif` },
    ]);
  });

  it("processes each picture once, and nothing on the next build", async () => {
    const root = await project();
    const { process, calls } = standIn();
    const cache = join(root, ".cache", "images");
    const list = [...Object.keys(files), "content/images/Hà Nội summit.jpg"];
    const cold = await publishImages(list, { root, cache, process });
    // `same.jpg` has the bytes of `map.png`: one processing serves both.
    expect(calls).toHaveLength(2);
    expect(cold.images.size).toBe(3);
    expect(cold.stats).toEqual({ processed: 2, reused: 1 });
    const warm = await publishImages(list, { root, cache, process });
    expect(warm.stats).toEqual({ processed: 0, reused: 3 });
    expect(calls).toHaveLength(2);
    expect([...warm.images]).toEqual([...cold.images]);
  });

  it("a picture with the same bytes under another name gets its own URLs", async () => {
    const root = await project();
    const { process } = standIn();
    const published = await publishImages(["content/articles/2024/05/map.png", "content/images/same.jpg"], {
      root,
      cache: join(root, "cache"),
      process,
    });
    const urls = [...published.images.values()].map((image) => image.variants[0]?.url);
    expect(urls).toEqual([`/images/map.${hash("map bytes")}-480.avif`, `/images/same.${hash("map bytes")}-480.avif`]);
  });
});

describe("publishImages: a file that is not a picture", () => {
  it("fails naming the file, and stores nothing for it", async () => {
    const root = await project();
    const cache = join(root, "cache");
    const failing: ProcessImage = () => Promise.reject(new Error("unsupported image format"));
    await expect(publishImages(["content/images/same.jpg"], { root, cache, process: failing })).rejects.toThrow(
      new Error("content/images/same.jpg could not be processed as a picture: unsupported image format"),
    );
  });
});

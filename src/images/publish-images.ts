/**
 * Publishes the pictures a build shows: each file read once and hashed, its variants taken
 * from the image cache (processed only when the cache lacks them), and given output URLs
 * under `/images/` that carry the hash, so a changed picture never hides behind an old URL.
 */
import { readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { toSlug } from "../slug";
import { cacheImage, imageCacheKey, type CachedImage } from "./image-cache";
import type { ImageVariant } from "./image-manifest";
import { formatExtensions, imageProcessing, type ImageProcessing } from "./image-processing";
import { processImage, type ProcessImage } from "./process-image";

/** One variant of a published picture: its format, size and site path. */
export interface PublishedVariant {
  readonly format: ImageVariant["format"];
  readonly width: number;
  readonly height: number;
  /** Site path, e.g. `/images/asean-rok-dialogue.3f2a9c1d0b-800.avif`. */
  readonly url: string;
}

/** A picture as published: every variant, by format in the processing's order, narrowest first. */
export interface PublishedImage {
  readonly variants: readonly PublishedVariant[];
}

/** A file to put into the output: absolute path of the cached file, and its site path. */
export interface ImageCopy {
  readonly from: string;
  readonly url: string;
}

/** How many pictures were processed, and how many came whole from the cache. */
export interface ImageStats {
  readonly processed: number;
  readonly reused: number;
}

export interface PublishedImages {
  /** By project-relative file path. */
  readonly images: ReadonlyMap<string, PublishedImage>;
  readonly copies: readonly ImageCopy[];
  readonly stats: ImageStats;
}

export interface PublishOptions {
  /** Absolute path of the project. */
  readonly root: string;
  /** Absolute path of the image cache. */
  readonly cache: string;
  /** @default imageProcessing */
  readonly processing?: ImageProcessing;
  /** @default processImage (eleventy-img); tests pass a stand-in to count calls. */
  readonly process?: ProcessImage;
}

/** Pictures in flight at once; eleventy-img queues the processing itself. */
const concurrency = 16;

/** Publishes each of `files` (project-relative, each once) from the cache. */
export async function publishImages(files: Iterable<string>, options: PublishOptions): Promise<PublishedImages> {
  const processing = options.processing ?? imageProcessing;
  const make = options.process ?? processImage;
  const queue = [...new Set(files)].entries();
  // Files with the same bytes share one processing, even within a build.
  const pending = new Map<string, Promise<CachedImage>>();
  const results: { file: string; image: PublishedImage; copies: ImageCopy[]; processed: boolean }[] = [];
  const worker = async (): Promise<void> => {
    // One shared iterator: each worker takes the next picture as soon as it is free.
    for (const [index, file] of queue) {
      const source = join(options.root, file);
      // Read synchronously: for many small files it costs a fraction of the promise API's
      // time, and nothing else runs meanwhile; processing stays concurrent.
      const key = imageCacheKey(readFileSync(source), processing);
      let work = pending.get(key);
      const shared = work !== undefined;
      if (work === undefined) {
        work = cacheImage(options.cache, key, source, processing, make).catch((error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`${file} could not be processed as a picture: ${reason}`, { cause: error });
        });
        pending.set(key, work);
      }
      const cached = await work;
      const stem = `${toSlug(basename(file, extname(file))) || "image"}.${cached.manifest.key.slice(0, 10)}`;
      const variants = cached.manifest.variants.map((variant) => ({
        format: variant.format,
        width: variant.width,
        height: variant.height,
        url: `/images/${stem}-${variant.width}.${formatExtensions[variant.format]}`,
        from: join(cached.folder, variant.file),
      }));
      results[index] = {
        file,
        image: { variants: variants.map(({ from: _from, ...variant }) => variant) },
        copies: variants.map(({ from, url }) => ({ from, url })),
        processed: cached.processed && !shared,
      };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const processed = results.filter((result) => result.processed).length;
  return {
    images: new Map(results.map((result) => [result.file, result.image])),
    copies: results.flatMap((result) => result.copies),
    stats: { processed, reused: results.length - processed },
  };
}

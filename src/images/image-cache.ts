/**
 * The image cache: one folder per processed picture, named by the SHA-256 of the picture's
 * bytes and the processing settings, holding its files and a manifest. It lives outside the
 * output (which every production build makes afresh), so CI can keep it between runs; a
 * picture whose folder is complete is never processed again.
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { copyFile, link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { manifestFile, parseManifest, serializeManifest, type ImageManifest } from "./image-manifest";
import type { ImageProcessing } from "./image-processing";
import type { ProcessImage } from "./process-image";

/**
 * The cache folder, relative to the project, unless the `imageCache` setting or the
 * {@link imageCacheVariable} environment variable names another.
 * @default ".cache/images"
 */
export const defaultImageCache = ".cache/images";

/** Environment variable that overrides the cache folder (absolute, or relative to the project). */
export const imageCacheVariable = "COMMUNIQUE_IMAGE_CACHE";

/** The absolute cache folder: the environment variable, else the setting, else the default. */
export function resolveImageCache(root: string, setting: string | undefined, variable: string | undefined): string {
  const chosen = [variable, setting].find((value) => value !== undefined && value.trim() !== "") ?? defaultImageCache;
  return isAbsolute(chosen) ? chosen : resolve(root, chosen);
}

/** The cache key of a picture: SHA-256 (hex) of the processing settings and its bytes. */
export function imageCacheKey(bytes: Uint8Array, processing: ImageProcessing): string {
  const settings = JSON.stringify({
    revision: processing.revision,
    widths: processing.widths,
    formats: processing.formats,
    avifEffort: processing.avifEffort,
  });
  return createHash("sha256").update(settings).update("\0").update(bytes).digest("hex");
}

/** A picture in the cache. */
export interface CachedImage {
  /** Its folder in the cache, holding the manifest and every variant file. */
  readonly folder: string;
  readonly manifest: ImageManifest;
  /** True when this call processed it; false when the cache had it. */
  readonly processed: boolean;
}

/**
 * The cached files of the picture at `source` whose {@link imageCacheKey} is `key`: read
 * from the cache when its folder is complete, else processed now and stored. A folder is
 * stored whole (made aside, then renamed into place), so a build killed midway never leaves
 * half of one; only `make` processes pictures.
 */
export async function cacheImage(
  cache: string,
  key: string,
  source: string,
  processing: ImageProcessing,
  make: ProcessImage,
): Promise<CachedImage> {
  const folder = join(cache, key);
  const cached = readCached(folder, key);
  if (cached) return { folder, manifest: cached, processed: false };

  const aside = `${folder}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  await mkdir(aside, { recursive: true });
  try {
    const manifest: ImageManifest = { key, variants: await make(source, aside, processing) };
    await writeFile(join(aside, manifestFile), serializeManifest(manifest));
    // A damaged folder is replaced; a complete one another build stored meanwhile is kept.
    if (!readCached(folder, key)) {
      await rm(folder, { recursive: true, force: true });
      await rename(aside, folder).catch((error: unknown) => {
        if (!readCached(folder, key)) throw error;
      });
    }
    return { folder, manifest, processed: true };
  } finally {
    await rm(aside, { recursive: true, force: true });
  }
}

/**
 * The manifest of a complete cache folder, or undefined (missing or damaged). The manifest
 * is written last and the folder renamed into place whole, so a manifest means every file.
 */
function readCached(folder: string, key: string): ImageManifest | undefined {
  let text: string;
  try {
    // Synchronously, like the pictures themselves: see `publishImages`.
    text = readFileSync(join(folder, manifestFile), "utf8");
  } catch {
    return undefined;
  }
  return parseManifest(text, key);
}

/**
 * Puts the cached file `from` at `to` as a hard link (no bytes copied), or as a copy where
 * links cannot be made (another disk, a file system without them). A file already at `to`
 * is kept: output names carry the content hash, so it is the same picture.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (hasCode(error, "EEXIST")) return;
    await copyFile(from, to);
  }
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === code;
}

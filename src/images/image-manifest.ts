/**
 * The manifest kept beside each cached picture: which files were made, in which format,
 * width and height. A warm build reads it instead of opening the picture, so an unchanged
 * picture is never processed twice. Pure: values and JSON text in and out.
 */
import { isImageFormat, type ImageFormat } from "./image-processing";

/** One file made from a picture. */
export interface ImageVariant {
  readonly format: ImageFormat;
  readonly width: number;
  readonly height: number;
  /** File name inside the picture's cache folder, e.g. `800.avif`. */
  readonly file: string;
  /** Size in bytes. */
  readonly bytes: number;
}

export interface ImageManifest {
  /** The cache key the files were made under: hash of the picture and the processing. */
  readonly key: string;
  /** Every file made, grouped by format in the processing's order, narrowest first. */
  readonly variants: readonly ImageVariant[];
}

/** Name of the manifest inside a picture's cache folder. */
export const manifestFile = "manifest.json";

/** Version of the manifest format; another version is read as no manifest. */
const manifestVersion = 1;

/** The file name a variant is cached under: `800.avif`. */
export function variantFile(width: number, format: ImageFormat): string {
  return `${width}.${format}`;
}

/** The manifest as JSON text. */
export function serializeManifest(manifest: ImageManifest): string {
  return `${JSON.stringify({ version: manifestVersion, ...manifest }, null, 2)}\n`;
}

/**
 * Reads manifest text for `key`; undefined when it is not valid JSON, is another version,
 * names another key, or lists a file that is not one of ours (the picture is processed again).
 */
export function parseManifest(text: string, key: string): ImageManifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value["version"] !== manifestVersion || value["key"] !== key) return undefined;
  const variants = value["variants"];
  if (!Array.isArray(variants) || variants.length === 0) return undefined;
  const parsed: ImageVariant[] = [];
  for (const variant of variants) {
    const read = readVariant(variant);
    if (read === undefined) return undefined;
    parsed.push(read);
  }
  return { key, variants: parsed };
}

/** A variant from untyped data (a manifest, the processor's results), or undefined. */
export function readVariant(value: unknown): ImageVariant | undefined {
  if (!isRecord(value)) return undefined;
  const { format, width, height, file, bytes } = value;
  if (!isImageFormat(format) || !isSize(width) || !isSize(height) || typeof bytes !== "number" || bytes < 0) return undefined;
  // Only names we make: a manifest never points outside its folder.
  if (file !== variantFile(width, format)) return undefined;
  return { format, width, height, file, bytes };
}

function isSize(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

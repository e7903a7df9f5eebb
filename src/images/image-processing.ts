/**
 * How every picture is processed: the widths and formats made and the encoder settings.
 * One table, read by the processor and hashed into every cache key, so a change here
 * processes each picture again instead of serving files made another way.
 */

/** Output formats, best first; the last is the fallback every browser shows. */
export type ImageFormat = "avif" | "webp" | "jpeg";

export interface ImageProcessing {
  /** Bumped when the processing changes in a way the settings below do not show. */
  readonly revision: number;
  /**
   * Widths made, in pixels, narrowest first. Never wider than the original: a narrower
   * original is made at its own width instead (and widths it barely passes are left out).
   * @default [480, 800, 1200]
   */
  readonly widths: readonly number[];
  /** @default ["avif", "webp", "jpeg"] */
  readonly formats: readonly ImageFormat[];
  /**
   * AVIF encoder effort, 0 (fastest) to 9 (smallest files). The encoder's own default (4)
   * costs about five times as long per picture for a few per cent smaller files.
   * @default 2
   */
  readonly avifEffort: number;
}

/** The processing every build uses. */
export const imageProcessing: ImageProcessing = {
  revision: 1,
  widths: [480, 800, 1200],
  formats: ["avif", "webp", "jpeg"],
  avifEffort: 2,
};

/** The fallback format: the last of `formats`, which `<img>` shows in any browser. */
export function fallbackFormat(processing: ImageProcessing): ImageFormat {
  const last = processing.formats[processing.formats.length - 1];
  if (last === undefined) throw new Error("Image processing needs at least one format.");
  return last;
}

/** Media types of the formats, for `<source type>`. */
export const formatTypes: Readonly<Record<ImageFormat, string>> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
};

/** File extensions of the formats in output URLs. */
export const formatExtensions: Readonly<Record<ImageFormat, string>> = {
  avif: "avif",
  webp: "webp",
  jpeg: "jpg",
};

/** True when `value` names one of the formats. */
export function isImageFormat(value: unknown): value is ImageFormat {
  return value === "avif" || value === "webp" || value === "jpeg";
}

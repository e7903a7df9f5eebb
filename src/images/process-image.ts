/**
 * Makes a picture's files with eleventy-img (sharp): every width and format of the
 * processing, written into one folder under fixed names (`800.avif`). The only module that
 * uses the image library.
 */
import { variantFile, readVariant, type ImageVariant } from "./image-manifest";
import { isImageFormat, type ImageProcessing } from "./image-processing";

/** Makes the files of the picture at `source` (absolute path) in `folder`; lists them. */
export type ProcessImage = (source: string, folder: string, processing: ImageProcessing) => Promise<ImageVariant[]>;

/** The processor builds use. */
export const processImage: ProcessImage = async (source, folder, processing) => {
  // Loaded on first use (it takes most of a second): a build whose pictures are all in
  // the cache never loads the image library at all.
  const { default: Image } = await import("@11ty/eleventy-img");
  const results: unknown = await Image(source, {
    widths: [...processing.widths],
    formats: [...processing.formats],
    outputDir: folder,
    urlPath: "/",
    filenameFormat: (_hash: string, _src: unknown, width: number, format: string) =>
      isImageFormat(format) ? variantFile(width, format) : undefined,
    sharpAvifOptions: { effort: processing.avifEffort },
    // Photos taken sideways or upside down are turned the way the camera recorded.
    fixOrientation: true,
    // JPEG has no transparency: a transparent part would turn black, so it is white instead.
    transform: (image: { flatten(options: { background: string }): unknown }, stat: { format: string }) => {
      if (stat.format === "jpeg") image.flatten({ background: "#ffffff" });
    },
    // Our own cache decides what is processed; the library's would only hold memory.
    useCache: false,
  });
  return readResults(results, processing, source);
};

/** The library's results as variants, in the processing's format order, narrowest first. */
function readResults(results: unknown, processing: ImageProcessing, source: string): ImageVariant[] {
  const variants: ImageVariant[] = [];
  for (const format of processing.formats) {
    const made: unknown = typeof results === "object" && results !== null ? (results as Record<string, unknown>)[format] : undefined;
    if (!Array.isArray(made) || made.length === 0) throw new Error(`Processing ${source} made no ${format} file.`);
    for (const entry of made) {
      const stat = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
      const variant = readVariant({ format: stat["format"], width: stat["width"], height: stat["height"], file: stat["filename"], bytes: stat["size"] });
      if (variant === undefined) throw new Error(`Processing ${source} gave an unexpected ${format} result.`);
      variants.push(variant);
    }
  }
  return variants.sort((a, b) => processing.formats.indexOf(a.format) - processing.formats.indexOf(b.format) || a.width - b.width);
}

/**
 * Turns a published picture into the view templates and the Markdown renderer read: a
 * `srcset` per format, the fallback's widest file as `src` with its width and height.
 * Pure: the picture and the link maker in, the view out.
 */
import type { PictureView } from "../views/types";
import { fallbackFormat, formatTypes, imageProcessing, type ImageProcessing } from "./image-processing";
import type { PublishedImage, PublishedVariant } from "./publish-images";

/**
 * How wide pictures are shown: the article column (`--measure` in style.css, 44rem) once
 * the screen is wide enough for it and its margins, the screen less its margins (at
 * least 1rem each side) on narrower ones.
 */
export const pictureSizes = "(min-width: 48rem) 44rem, calc(100vw - 2rem)";

/** The picture's view; `href` makes a site path a link under the site's path prefix. */
export function pictureView(
  image: PublishedImage,
  href: (path: string) => string,
  processing: ImageProcessing = imageProcessing,
): PictureView {
  const fallback = fallbackFormat(processing);
  const srcset = (variants: readonly PublishedVariant[]) =>
    variants.map((variant) => `${href(variant.url)} ${variant.width}w`).join(", ");
  const sources = processing.formats
    .filter((format) => format !== fallback)
    .map((format) => ({ format, variants: image.variants.filter((variant) => variant.format === format) }))
    .filter((source) => source.variants.length > 0)
    .map((source) => ({ type: formatTypes[source.format], srcset: srcset(source.variants) }));
  const widest = widestFallback(image, processing);
  return {
    sources,
    src: href(widest.url),
    srcset: srcset(image.variants.filter((variant) => variant.format === fallback)),
    sizes: pictureSizes,
    width: widest.width,
    height: widest.height,
  };
}

/** The widest file of the fallback format: what feeds, Open Graph and JSON-LD point to. */
export function widestFallback(image: PublishedImage, processing: ImageProcessing = imageProcessing): PublishedVariant {
  const fallback = fallbackFormat(processing);
  let widest: PublishedVariant | undefined;
  for (const variant of image.variants) {
    if (variant.format === fallback && (widest === undefined || variant.width > widest.width)) widest = variant;
  }
  if (widest === undefined) throw new Error(`A published picture has no ${fallback} file.`);
  return widest;
}

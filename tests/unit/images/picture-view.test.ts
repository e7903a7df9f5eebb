import { describe, expect, it } from "vitest";
import type { ImageProcessing } from "../../../src/images/image-processing";
import { pictureSizes, pictureView, widestFallback } from "../../../src/images/picture-view";
import type { PublishedImage } from "../../../src/images/publish-images";

const extensions = { avif: "avif", webp: "webp", jpeg: "jpg" } as const;

function published(widths: readonly number[], formats: readonly ("avif" | "webp" | "jpeg")[] = ["avif", "webp", "jpeg"]): PublishedImage {
  return {
    variants: formats.flatMap((format) =>
      widths.map((width) => ({ format, width, height: Math.round((width * 9) / 16), url: `/images/a.0123456789-${width}.${extensions[format]}` })),
    ),
  };
}

const prefixed = (path: string) => `/bulletin${path}`;

describe("pictureView", () => {
  it("gives a source per modern format and the widest JPEG to the img", () => {
    expect(pictureView(published([480, 800, 1200]), prefixed)).toStrictEqual({
      sources: [
        {
          type: "image/avif",
          srcset: "/bulletin/images/a.0123456789-480.avif 480w, /bulletin/images/a.0123456789-800.avif 800w, /bulletin/images/a.0123456789-1200.avif 1200w",
        },
        {
          type: "image/webp",
          srcset: "/bulletin/images/a.0123456789-480.webp 480w, /bulletin/images/a.0123456789-800.webp 800w, /bulletin/images/a.0123456789-1200.webp 1200w",
        },
      ],
      src: "/bulletin/images/a.0123456789-1200.jpg",
      srcset: "/bulletin/images/a.0123456789-480.jpg 480w, /bulletin/images/a.0123456789-800.jpg 800w, /bulletin/images/a.0123456789-1200.jpg 1200w",
      sizes: pictureSizes,
      width: 1200,
      height: 675,
    });
  });

  it("a picture narrower than every width has one file per format", () => {
    const view = pictureView(published([300]), (path) => path);
    expect(view.sources.map((source) => source.srcset)).toEqual(["/images/a.0123456789-300.avif 300w", "/images/a.0123456789-300.webp 300w"]);
    expect([view.src, view.srcset, view.width, view.height]).toEqual(["/images/a.0123456789-300.jpg", "/images/a.0123456789-300.jpg 300w", 300, 169]);
  });

  it("leaves out a format with no file", () => {
    const view = pictureView(published([480], ["webp", "jpeg"]), (path) => path);
    expect(view.sources.map((source) => source.type)).toEqual(["image/webp"]);
  });

  it("follows the processing's formats, the last being the fallback", () => {
    const processing: ImageProcessing = { revision: 1, widths: [480], formats: ["webp", "avif", "jpeg"], avifEffort: 2 };
    expect(pictureView(published([480]), (path) => path, processing).sources.map((source) => source.type)).toEqual(["image/webp", "image/avif"]);
  });
});

describe("widestFallback", () => {
  it("is the widest JPEG, whatever the order of the variants", () => {
    const image = published([1200, 480, 800]);
    expect(widestFallback(image)).toEqual({ format: "jpeg", width: 1200, height: 675, url: "/images/a.0123456789-1200.jpg" });
  });

  it("a picture with no JPEG is a programmer error", () => {
    expect(() => widestFallback(published([480], ["avif"]))).toThrow(new Error("A published picture has no jpeg file."));
  });
});

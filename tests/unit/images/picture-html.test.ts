import { describe, expect, it } from "vitest";
import { renderPictureHtml } from "../../../src/images/picture-html";
import type { PictureView } from "../../../src/views/types";

const picture: PictureView = {
  sources: [
    { type: "image/avif", srcset: "/images/m.0123456789-480.avif 480w" },
    { type: "image/webp", srcset: "/images/m.0123456789-480.webp 480w" },
  ],
  src: "/images/m.0123456789-480.jpg",
  srcset: "/images/m.0123456789-480.jpg 480w",
  sizes: "100vw",
  width: 480,
  height: 320,
};

describe("renderPictureHtml", () => {
  it("writes the sources, then a lazy img with its size and description", () => {
    expect(renderPictureHtml(picture, { alt: "Map of the region" })).toBe(
      '<picture><source type="image/avif" srcset="/images/m.0123456789-480.avif 480w" sizes="100vw">' +
        '<source type="image/webp" srcset="/images/m.0123456789-480.webp 480w" sizes="100vw">' +
        '<img src="/images/m.0123456789-480.jpg" srcset="/images/m.0123456789-480.jpg 480w" sizes="100vw" width="480" height="320" alt="Map of the region" loading="lazy" decoding="async"></picture>',
    );
  });

  it("keeps the title", () => {
    expect(renderPictureHtml(picture, { alt: "Map", title: "Region" })).toContain('alt="Map" title="Region" loading="lazy"');
  });

  it("escapes what the editor wrote", () => {
    const html = renderPictureHtml(picture, { alt: `"><script>alert(1)</script> & co`, title: `a"b` });
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"');
    expect(html).toContain('title="a&quot;b"');
    expect(html).not.toContain("<script>");
  });
});

/**
 * A processed picture as `<picture>`: a `<source>` per modern format (AVIF, then WebP),
 * then the JPEG `<img>` every browser can show, with its width and height so the page
 * keeps the picture's space before the file arrives. The lead picture is fetched at once
 * and first; any other only when scrolled near.
 */
import type { PictureView } from "../../src/views/types";

export function Picture({ picture, alt, lead = false }: { readonly picture: PictureView; readonly alt: string; readonly lead?: boolean }) {
  return (
    <picture>
      {picture.sources.map((source) => (
        <source type={source.type} srcset={source.srcset} sizes={picture.sizes} />
      ))}
      <img
        src={picture.src}
        srcset={picture.srcset}
        sizes={picture.sizes}
        width={picture.width}
        height={picture.height}
        alt={alt}
        {...(lead ? { loading: "eager", fetchpriority: "high" } : { loading: "lazy", decoding: "async" })}
      />
    </picture>
  );
}

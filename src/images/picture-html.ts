/**
 * The `<picture>` of a body picture as HTML text, for the Markdown renderer: a `<source>`
 * per modern format and the fallback `<img>` with its size, loaded lazily (a body picture
 * is rarely on the first screen). The lead picture is a template component instead.
 */
import type { PictureView } from "../views/types";

/** What the editor wrote besides the file: the description and an optional title. */
export interface PictureText {
  readonly alt: string;
  readonly title?: string;
}

/** The picture's HTML; every attribute value is escaped. */
export function renderPictureHtml(picture: PictureView, text: PictureText): string {
  const sources = picture.sources.map(
    (source) => `<source type="${escape(source.type)}" srcset="${escape(source.srcset)}" sizes="${escape(picture.sizes)}">`,
  );
  const attributes = [
    ["src", picture.src],
    ["srcset", picture.srcset],
    ["sizes", picture.sizes],
    ["width", String(picture.width)],
    ["height", String(picture.height)],
    ["alt", text.alt],
    ...(text.title ? [["title", text.title]] : []),
    ["loading", "lazy"],
    ["decoding", "async"],
  ];
  const img = `<img ${attributes.map(([name, value]) => `${name}="${escape(value ?? "")}"`).join(" ")}>`;
  return `<picture>${sources.join("")}${img}</picture>`;
}

function escape(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/**
 * Checks the pictures of an article body (`![description](file.jpg)`): each needs a
 * description and a file of the bulletin, found like the lead image's (beside the article,
 * then under `content/images/`). Pure: text in, the pictures found and positioned issues out.
 */
import type { Issue } from "../diagnostics/issue";
import { findBodyLinks, findUnsafeScheme } from "../markdown/find-unsafe-links";
import { imageSource } from "../markdown/render-markdown";
import type { BodyImage } from "./article";
import { findImage, imagesFolder, type ArticleContext } from "./article-schema";

/** The pictures of one body, and what is wrong with them. */
export interface BodyImagesResult {
  /** Each address once, in the order first shown; only pictures whose file was found. */
  readonly images: readonly BodyImage[];
  readonly issues: readonly Issue[];
}

const none: BodyImagesResult = { images: [], issues: [] };

/** What an editor reads when a picture in the body has no description. */
export const bodyImageAltMessage =
  "this picture has no description; write what it shows between the brackets, e.g. `![Delegates at the table](photo.jpg)`, for readers who cannot see it";

/** What an editor reads when a picture in the body is on another site. */
export const bodyImageRemoteMessage =
  `this picture is on another site; save the file in ${imagesFolder}/ and write its name, e.g. \`![Delegates at the table](photo.jpg)\`, so it is resized and published with the bulletin`;

/** What an editor reads when a picture's file is not found. */
export function bodyImageMissingMessage(target: string): string {
  if (target.trim() === "") return "this picture names no file; write its file name between the parentheses, e.g. `![Delegates at the table](photo.jpg)`";
  return `image file "${target}" was not found beside the article or in ${imagesFolder}/`;
}

/**
 * The pictures of `body` (the Markdown after the front matter of `file`, whose first line is
 * line `bodyLine` of the file), with an error at each one's line and column for a missing
 * description (`image-alt`), a file not found (`image-missing`) or an address on another
 * site (`image-remote`: every picture is resized and sized here, so it must be a file).
 * Addresses with a refused scheme are left to `findUnsafeLinks`.
 */
export function findBodyImages(
  file: string,
  body: string,
  bodyLine: number,
  ctx: Pick<ArticleContext, "imageExists">,
): BodyImagesResult {
  // Every picture starts with `![`: most bodies have none and are never parsed here.
  if (!body.includes("![")) return none;
  const images = new Map<string, BodyImage>();
  const issues: Issue[] = [];
  for (const link of findBodyLinks(body, bodyLine)) {
    if (link.kind !== "image" || findUnsafeScheme(link.target) !== undefined) continue;
    const at = { file, line: link.line, column: link.column, field: "body", severity: "error" } as const;
    if (link.text.trim() === "") issues.push({ ...at, code: "image-alt", message: bodyImageAltMessage });
    if (isRemote(link.target)) {
      issues.push({ ...at, code: "image-remote", message: bodyImageRemoteMessage });
      continue;
    }
    const found = link.target.trim() === "" ? undefined : findImage(file, link.target, ctx);
    if (found === undefined) {
      issues.push({ ...at, code: "image-missing", message: bodyImageMissingMessage(link.target) });
      continue;
    }
    const src = imageSource(link.target);
    if (!images.has(src)) images.set(src, { src, file: found });
  }
  return images.size === 0 && issues.length === 0 ? none : { images: [...images.values()], issues };
}

/** A web address (`https://…`, `http://…`) or one relative to the scheme (`//host/…`). */
function isRemote(target: string): boolean {
  return /^\s*(?:https?:)?\/\//i.test(target);
}

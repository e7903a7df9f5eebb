/**
 * A text file's content is kept as text or, when it is large (feeds), as UTF-8 bytes:
 * outside the JavaScript heap, and half the size of the text when it holds letters such as
 * "ệ". These read either form as text.
 */

/** The text of `content`. */
export function fileText(content: string | Uint8Array): string {
  return typeof content === "string" ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("utf8");
}

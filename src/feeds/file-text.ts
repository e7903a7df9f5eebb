/**
 * A text file's content is kept as text or, when it is large (feeds), as UTF-8 bytes (see
 * `utf8`), possibly in pieces joined only when the file is written. These read any form as text.
 */
import { utf8Text } from "../utf8";
import type { FileContent } from "../views/types";

/** The text of `content`. */
export function fileText(content: FileContent): string {
  if (typeof content === "string") return content;
  return content instanceof Uint8Array ? utf8Text(content) : utf8Text(Buffer.concat(content));
}

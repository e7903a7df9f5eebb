/**
 * A text file's content is kept as text or, when it is large (feeds), as UTF-8 bytes (see
 * `utf8`). These read either form as text.
 */
import { utf8Text } from "../utf8";

/** The text of `content`. */
export function fileText(content: string | Uint8Array): string {
  return typeof content === "string" ? content : utf8Text(content);
}

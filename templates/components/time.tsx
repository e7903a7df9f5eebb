/**
 * A formatted point in time as `<time datetime>`: the machine-readable ISO value in the
 * attribute, the human text as content. Both come ready-made in the view model.
 */
import type { TimeView } from "../../src/views/types";

/** `<time datetime={iso}>{text}</time>`, with an optional class. */
export function Time({ time, className }: { readonly time: TimeView; readonly className?: string }) {
  return (
    <time class={className} dateTime={time.iso}>
      {time.text}
    </time>
  );
}

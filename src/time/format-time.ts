/**
 * Formats a moment for readers: the full ISO value for `<time datetime>` and a text in
 * the site's language and time zone, with the zone's offset so no reader has to guess.
 */
import type { DateTime } from "luxon";
import { ownCopy } from "../own-strings";
import type { TimeView } from "../views/types";

/** `2020-08-26T10:00:00.000+07:00` and "26 August 2020, 10:00 GMT+7" (for `en`). */
export function formatTime(moment: DateTime, lang: string): TimeView {
  const local = moment.setLocale(lang);
  // Every list item keeps one for the whole build: flat strings, not trees of pieces.
  return {
    iso: ownCopy(local.toISO({ suppressMilliseconds: true }) ?? ""),
    text: ownCopy(`${local.toFormat("d MMMM yyyy, HH:mm")} ${offsetName(local)}`),
  };
}

/** The date alone, for corrections and lists: "26 August 2020". */
export function formatDay(moment: DateTime, lang: string): TimeView {
  const local = moment.setLocale(lang);
  return { iso: local.toISO({ suppressMilliseconds: true }) ?? "", text: local.toFormat("d MMMM yyyy") };
}

function offsetName(moment: DateTime): string {
  const minutes = moment.offset;
  const sign = minutes < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return minutes === 0 ? "GMT" : `GMT${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

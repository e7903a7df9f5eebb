/**
 * Times for feeds and sitemaps: W3C date-time (https://www.w3.org/TR/NOTE-datetime), which
 * is also RFC 3339 as Atom and JSON Feed want it, read in the site's time zone with its offset.
 */
import type { DateTime } from "luxon";

/** `moment` in `zone` to the second, with offset: `2020-08-26T10:00:00+07:00`. */
export function w3cDateTime(moment: DateTime, zone: string): string {
  // A build writes each article's times in several files (feeds, sitemaps): luxon's zone
  // arithmetic is done once per instant and zone, and the text remembered.
  const key = `${zone} ${moment.toMillis()}`;
  const known = written.get(key);
  if (known !== undefined) return known;
  const text = moment.setZone(zone).set({ millisecond: 0 }).toISO({ suppressMilliseconds: true });
  if (!text) throw new Error(`w3cDateTime: invalid time or zone "${zone}".`);
  if (written.size >= writtenLimit) written.clear();
  written.set(key, text);
  return text;
}

/** Instants remembered at most; far more than one bulletin's articles have. */
const writtenLimit = 1 << 18;
const written = new Map<string, string>();

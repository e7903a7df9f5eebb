/**
 * Reads a front-matter date in the site's time zone. Accepted: a bare date
 * (`2020-08-26`, that day at 00:00 in the site zone, never shifted by UTC), a date and
 * time with an offset or `Z` (`2020-08-26T10:00:00+07:00`), or a local date and time
 * without offset (`2020-08-26 10:00`, read in the site zone).
 */
import { DateTime } from "luxon";

export type ParsedDate =
  | { readonly ok: true; readonly value: DateTime }
  | { readonly ok: false; readonly code: "date-format" | "date-invalid"; readonly message: string };

const shape =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const expected = "a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00";

/** Parses `text` in `zone`; the result is expressed in `zone`. */
export function parseDate(text: string, zone: string): ParsedDate {
  const match = shape.exec(text.trim());
  if (!match) return { ok: false, code: "date-format", message: `expected ${expected}, got "${text}"` };
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const parts = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    millisecond: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
  };
  if (offset !== undefined && offset !== "Z" && !isRealOffset(offset)) {
    return { ok: false, code: "date-invalid", message: `"${text}" has an offset no time zone uses; write one from -12:00 to +14:00` };
  }
  const zoneForParts = offset === undefined ? zone : offset === "Z" ? "UTC" : `UTC${normaliseOffset(offset)}`;
  const parsed = DateTime.fromObject(parts, { zone: zoneForParts });
  if (!parsed.isValid || parsed.day !== parts.day || parsed.month !== parts.month) {
    return { ok: false, code: "date-invalid", message: `"${text}" is not a real calendar date and time` };
  }
  if (hour === undefined) {
    // A bare date is the start of that day, even where a daylight-saving change skips midnight.
    const day = DateTime.fromObject({ year: parts.year, month: parts.month, day: parts.day }, { zone }).startOf("day");
    return { ok: true, value: sharingSettings(day, zone) };
  }
  if (offset === undefined && (parsed.hour !== parts.hour || parsed.minute !== parts.minute)) {
    // A local time skipped by a daylight-saving change in the site zone.
    return { ok: false, code: "date-invalid", message: `"${text}" does not exist in the ${zone} time zone` };
  }
  return { ok: true, value: sharingSettings(parsed, zone) };
}

// A time made from scratch gets locale settings of its own (~0.4 KB); one made from another
// shares the other's. A bulletin keeps tens of thousands of dates for the whole build, so
// each is made again from one moment per zone. Zones: the site's, and few others if any.
const origins = new Map<string, DateTime>();

/** `moment` (in `zone`), the same instant, made from the zone's one origin. */
function sharingSettings(moment: DateTime, zone: string): DateTime {
  let origin = origins.get(zone);
  if (!origin) {
    origin = DateTime.fromMillis(0, { zone });
    origins.set(zone, origin);
  }
  // A duration in milliseconds is added as exact time: the offset is the zone's at the result.
  return origin.plus({ milliseconds: moment.toMillis() - origin.toMillis() });
}

function isRealOffset(offset: string): boolean {
  const digits = offset.replace(":", "");
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  const total = (hours * 60 + minutes) * (offset.startsWith("-") ? -1 : 1);
  return minutes < 60 && total >= -12 * 60 && total <= 14 * 60;
}

function normaliseOffset(offset: string): string {
  return offset.includes(":") ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

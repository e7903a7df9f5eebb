/**
 * The build time: the moment that decides which articles are published. Given on the
 * command line (`--build-time`) or in `COMMUNIQUE_BUILD_TIME`, so builds are reproducible;
 * otherwise the current time. Always expressed in the site's time zone.
 */
import { DateTime } from "luxon";
import { parseDate } from "./parse-date";

/** Reads `value` (ISO 8601, or a bare date in the site zone) or falls back to `now`. */
export function resolveBuildTime(value: string | undefined, now: Date, zone: string): DateTime {
  if (value === undefined || value.trim() === "") return DateTime.fromJSDate(now, { zone });
  const parsed = parseDate(value, zone);
  if (!parsed.ok) throw new Error(`The build time "${value}" is not valid: ${parsed.message}.`);
  return parsed.value;
}

/** The environment variable that fixes the build time. */
export const buildTimeVariable = "COMMUNIQUE_BUILD_TIME";

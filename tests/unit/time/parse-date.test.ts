import fc from "fast-check";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { parseDate } from "../../../src/time/parse-date";

const site = "Asia/Ho_Chi_Minh";

describe("parseDate: accepted forms", () => {
  it.each([
    { case: "bare date: midnight in the site zone", text: "2020-08-26", zone: site, iso: "2020-08-26T00:00:00.000+07:00" },
    { case: "bare date is not shifted by UTC (zone ahead of UTC)", text: "2020-08-26", zone: "Pacific/Auckland", iso: "2020-08-26T00:00:00.000+12:00" },
    { case: "bare date is not shifted by UTC (zone behind UTC)", text: "2020-08-26", zone: "America/New_York", iso: "2020-08-26T00:00:00.000-04:00" },
    { case: "offset with colon, same as the zone", text: "2020-08-26T10:00:00+07:00", zone: site, iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "offset without colon", text: "2020-08-26T10:00:00+0700", zone: site, iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "offset differing from the zone: same instant, site zone", text: "2020-08-26T10:00:00+02:00", zone: site, iso: "2020-08-26T15:00:00.000+07:00" },
    { case: "negative offset", text: "2020-08-26T10:00:00-05:30", zone: site, iso: "2020-08-26T22:30:00.000+07:00" },
    { case: "Z", text: "2020-08-26T03:00:00Z", zone: site, iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "Z late in the UTC day is the next day in the site zone", text: "2020-08-25T23:30:00Z", zone: site, iso: "2020-08-26T06:30:00.000+07:00" },
    { case: "offset without seconds", text: "2020-08-26T10:00+07:00", zone: site, iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "local date-time with a space", text: "2020-08-26 10:00", zone: site, iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "local date-time with T", text: "2020-08-26T10:00", zone: site, iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "local date-time read in another zone", text: "2020-08-26 10:00", zone: "Europe/London", iso: "2020-08-26T10:00:00.000+01:00" },
    { case: "seconds", text: "2020-08-26T10:00:45", zone: site, iso: "2020-08-26T10:00:45.000+07:00" },
    { case: "one-digit fraction", text: "2020-08-26T10:00:45.5+07:00", zone: site, iso: "2020-08-26T10:00:45.500+07:00" },
    { case: "three-digit fraction", text: "2020-08-26T10:00:45.123Z", zone: site, iso: "2020-08-26T17:00:45.123+07:00" },
    { case: "nine-digit fraction truncated to milliseconds", text: "2020-08-26T10:00:45.987654321", zone: site, iso: "2020-08-26T10:00:45.987+07:00" },
    { case: "surrounding spaces ignored", text: "  2020-08-26  ", zone: site, iso: "2020-08-26T00:00:00.000+07:00" },
    { case: "leap day in a leap year", text: "2024-02-29", zone: site, iso: "2024-02-29T00:00:00.000+07:00" },
    { case: "last minute of the day", text: "2020-12-31 23:59", zone: site, iso: "2020-12-31T23:59:00.000+07:00" },
  ])("$case: $text", ({ text, zone, iso }) => {
    const parsed = parseDate(text, zone);
    if (!parsed.ok) throw new Error(`expected ${text} to parse, got ${parsed.code}: ${parsed.message}`);
    expect(parsed.value.toISO()).toBe(iso);
    expect(parsed.value.zoneName).toBe(zone);
  });
});

describe("parseDate: rejected input", () => {
  it.each([
    { text: "2023-02-29", code: "date-invalid", message: '"2023-02-29" is not a real calendar date and time' },
    { text: "2024-02-30", code: "date-invalid", message: '"2024-02-30" is not a real calendar date and time' },
    { text: "2020-13-01", code: "date-invalid", message: '"2020-13-01" is not a real calendar date and time' },
    { text: "2020-00-10", code: "date-invalid", message: '"2020-00-10" is not a real calendar date and time' },
    { text: "2020-04-31", code: "date-invalid", message: '"2020-04-31" is not a real calendar date and time' },
    { text: "2020-08-26 25:00", code: "date-invalid", message: '"2020-08-26 25:00" is not a real calendar date and time' },
    { text: "2020-08-26T25:00:00+07:00", code: "date-invalid", message: '"2020-08-26T25:00:00+07:00" is not a real calendar date and time' },
    { text: "2020-08-26T10:60", code: "date-invalid", message: '"2020-08-26T10:60" is not a real calendar date and time' },
    { text: "2020-08-26T10:00:61", code: "date-invalid", message: '"2020-08-26T10:00:61" is not a real calendar date and time' },
    { text: "2020-08-26 24:00", code: "date-invalid", message: '"2020-08-26 24:00" is not a real calendar date and time' },
    { text: "2020-08-26T10:60+07:00", code: "date-invalid", message: '"2020-08-26T10:60+07:00" is not a real calendar date and time' },
    { text: "2020-08-26T10:00:60Z", code: "date-invalid", message: '"2020-08-26T10:00:60Z" is not a real calendar date and time' },
    { text: "2020-12-31T23:59:60+07:00", code: "date-invalid", message: '"2020-12-31T23:59:60+07:00" is not a real calendar date and time' },
    { text: "26/08/2020", code: "date-format", message: 'expected a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00, got "26/08/2020"' },
    { text: "", code: "date-format", message: 'expected a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00, got ""' },
    { text: "yesterday", code: "date-format", message: 'expected a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00, got "yesterday"' },
    { text: "2020-8-26", code: "date-format", message: 'expected a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00, got "2020-8-26"' },
    { text: "2020-08-26T10", code: "date-format", message: 'expected a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00, got "2020-08-26T10"' },
    { text: "2020-08-26T10:00:00 ICT", code: "date-format", message: 'expected a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00, got "2020-08-26T10:00:00 ICT"' },
  ] as const)("$text → $code", ({ text, code, message }) => {
    expect(parseDate(text, site)).toEqual({ ok: false, code, message });
  });

  it("a local time skipped by daylight saving in the site zone is not a real time", () => {
    expect(parseDate("2021-03-28 01:30", "Europe/London")).toEqual({
      ok: false,
      code: "date-invalid",
      message: '"2021-03-28 01:30" does not exist in the Europe/London time zone',
    });
  });

  it("the same wall time with an explicit offset is accepted", () => {
    const parsed = parseDate("2021-03-28T01:30:00Z", "Europe/London");
    expect(parsed.ok && parsed.value.toISO()).toBe("2021-03-28T02:30:00.000+01:00");
  });
});

describe("parseDate does not depend on the process time zone", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  const cases = [
    { text: "2020-08-26", iso: "2020-08-26T00:00:00.000+07:00" },
    { text: "2020-08-26 10:00", iso: "2020-08-26T10:00:00.000+07:00" },
    { text: "2020-08-25T23:30:00Z", iso: "2020-08-26T06:30:00.000+07:00" },
  ];

  it.each(["America/Los_Angeles", "Pacific/Kiritimati"])("TZ=%s", (tz) => {
    process.env.TZ = tz;
    // The process zone really changed: otherwise this test would prove nothing.
    const expectedOffset = tz === "America/Los_Angeles" ? 420 : -840;
    expect(new Date(Date.UTC(2020, 7, 26)).getTimezoneOffset()).toBe(expectedOffset);
    expect(cases.map(({ text }) => {
      const parsed = parseDate(text, site);
      return parsed.ok ? parsed.value.toISO() : parsed.message;
    })).toEqual(cases.map(({ iso }) => iso));
  });
});

describe("parseDate edge cases", () => {
  it.each([
    ["2022-09-11", "America/Santiago", "2022-09-11T01:00:00.000-03:00"],
    ["2021-03-28", "Asia/Beirut", "2021-03-28T01:00:00.000+03:00"],
  ])("reads bare date %s as the start of the day in %s, where midnight is skipped", (text, zone, iso) => {
    const parsed = parseDate(text, zone);
    expect(parsed.ok && parsed.value.toISO()).toBe(iso);
  });

  it.each(["2020-08-26T10:00:00+99:99", "2020-08-26T10:00:00+07:60", "2020-08-26T10:00:00+2500", "2020-08-26T10:00:00-12:30"])(
    "refuses the impossible offset in %s",
    (text) => {
      expect(parseDate(text, "UTC")).toEqual({
        ok: false,
        code: "date-invalid",
        message: `"${text}" has an offset no time zone uses; write one from -12:00 to +14:00`,
      });
    },
  );

  it("accepts the extreme real offsets", () => {
    const east = parseDate("2020-08-26T10:00:00+14:00", "UTC");
    const west = parseDate("2020-08-26T10:00:00-12:00", "UTC");
    expect(east.ok && east.value.toISO()).toBe("2020-08-25T20:00:00.000Z");
    expect(west.ok && west.value.toISO()).toBe("2020-08-26T22:00:00.000Z");
  });
});

describe("parseDate: every date and time as luxon reads it from scratch", () => {
  // Each date is made again from one moment per zone (they share its locale settings);
  // this is the same reading, made from scratch.
  const fromScratch = (text: string, zone: string): string => {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/.exec(text);
    if (!match) throw new Error(`the generator made ${text}`);
    const [, year, month, day, hour, minute, second, offset] = match;
    const parts = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour ?? 0), minute: Number(minute ?? 0), second: Number(second ?? 0) };
    const partsZone = offset === undefined ? zone : offset === "Z" ? "UTC" : `UTC${offset}`;
    const made = DateTime.fromObject(parts, { zone: partsZone });
    if (!made.isValid || made.day !== parts.day || made.month !== parts.month) return "not a real calendar date";
    if (hour === undefined) return `${DateTime.fromObject({ year: parts.year, month: parts.month, day: parts.day }, { zone }).startOf("day").toISO()} ${zone}`;
    if (offset === undefined && (made.hour !== parts.hour || made.minute !== parts.minute)) return "skipped";
    return `${made.setZone(zone).toISO()} ${zone}`;
  };
  const outcome = (text: string, zone: string): string => {
    const parsed = parseDate(text, zone);
    if (parsed.ok) return `${parsed.value.toISO()} ${parsed.value.zoneName}`;
    return parsed.message.includes("does not exist") ? "skipped" : "not a real calendar date";
  };
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));

  it("agrees on dates, times, offsets and zones, out-of-range parts and daylight-saving changes included", () => {
    // Days around the changes of Lord Howe (half an hour) and London, and any day at all.
    const day = fc.oneof(
      fc.tuple(fc.integer({ min: 1900, max: 2100 }), two(13), two(32)),
      fc.tuple(fc.integer({ min: 2019, max: 2030 }), fc.constantFrom("03", "04", "10"), fc.constantFrom("01", "02", "03", "05", "06", "07", "27", "28", "29", "30", "31")),
    );
    fc.assert(
      fc.property(
        day,
        fc.option(fc.tuple(two(25), two(61), fc.option(two(61)), fc.constantFrom(undefined, "Z", "+07:00", "-05:30", "+05:45"))),
        fc.constantFrom(site, "Europe/London", "America/New_York", "Pacific/Auckland", "Australia/Lord_Howe"),
        ([year, month, date], time, zone) => {
          const clock = time ? ` ${time[0]}:${time[1]}${time[2] === null ? "" : `:${time[2]}`}${time[3] ?? ""}` : "";
          const text = `${year}-${month}-${date}${clock}`;
          expect([text, zone, outcome(text, zone)]).toEqual([text, zone, fromScratch(text, zone)]);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it("reads the time the property test first found wrong: Lord Howe, the night its clocks go back", () => {
    const parsed = parseDate("2029-04-01 01:00", "Australia/Lord_Howe");
    expect(parsed.ok && parsed.value.toISO()).toBe(DateTime.fromObject({ year: 2029, month: 4, day: 1, hour: 1 }, { zone: "Australia/Lord_Howe" }).toISO());
  });
});

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { formatDay, formatTime } from "../../../src/time/format-time";

/** The instant 2020-08-26T03:00:00Z (10:00 in Hanoi) seen in `zone`. */
function at(zone: string, iso = "2020-08-26T03:00:00Z"): DateTime {
  return DateTime.fromISO(iso, { zone });
}

describe("formatTime", () => {
  it.each([
    { case: "+07:00", zone: "Asia/Ho_Chi_Minh", iso: "2020-08-26T10:00:00+07:00", text: "26 August 2020, 10:00 GMT+7" },
    { case: "UTC", zone: "UTC", iso: "2020-08-26T03:00:00Z", text: "26 August 2020, 03:00 GMT" },
    { case: "zone at offset 0 in winter", zone: "Europe/London", moment: "2020-01-15T03:00:00Z", iso: "2020-01-15T03:00:00+00:00", text: "15 January 2020, 03:00 GMT" },
    { case: "half-hour zone", zone: "Asia/Kolkata", iso: "2020-08-26T08:30:00+05:30", text: "26 August 2020, 08:30 GMT+5:30" },
    { case: "three-quarter-hour zone", zone: "Asia/Kathmandu", iso: "2020-08-26T08:45:00+05:45", text: "26 August 2020, 08:45 GMT+5:45" },
    { case: "negative zone", zone: "America/New_York", iso: "2020-08-25T23:00:00-04:00", text: "25 August 2020, 23:00 GMT-4" },
    { case: "negative half-hour zone", zone: "America/St_Johns", iso: "2020-08-26T00:30:00-02:30", text: "26 August 2020, 00:30 GMT-2:30" },
    { case: "milliseconds kept in the ISO value", zone: "Asia/Ho_Chi_Minh", moment: "2020-08-26T03:00:00.250Z", iso: "2020-08-26T10:00:00.250+07:00", text: "26 August 2020, 10:00 GMT+7" },
    { case: "single-digit day, 24-hour clock", zone: "Asia/Ho_Chi_Minh", moment: "2021-03-04T14:05:00Z", iso: "2021-03-04T21:05:00+07:00", text: "4 March 2021, 21:05 GMT+7" },
  ])("$case ($zone)", ({ zone, moment, iso, text }) => {
    expect(formatTime(at(zone, moment), "en")).toEqual({ iso, text });
  });

  it("month names follow the language", () => {
    expect(formatTime(at("Asia/Ho_Chi_Minh"), "fr")).toEqual({
      iso: "2020-08-26T10:00:00+07:00",
      text: "26 août 2020, 10:00 GMT+7",
    });
  });
});

describe("formatDay", () => {
  it.each([
    { zone: "Asia/Ho_Chi_Minh", lang: "en", iso: "2020-08-26T10:00:00+07:00", text: "26 August 2020" },
    { zone: "America/New_York", lang: "en", iso: "2020-08-25T23:00:00-04:00", text: "25 August 2020" },
    { zone: "UTC", lang: "en", iso: "2020-08-26T03:00:00Z", text: "26 August 2020" },
    { zone: "Asia/Ho_Chi_Minh", lang: "fr", iso: "2020-08-26T10:00:00+07:00", text: "26 août 2020" },
  ])("$zone, $lang → $text", ({ zone, lang, iso, text }) => {
    expect(formatDay(at(zone), lang)).toEqual({ iso, text });
  });
});

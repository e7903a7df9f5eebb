import { describe, expect, it } from "vitest";
import { buildTimeVariable, resolveBuildTime } from "../../../src/time/build-time";

const now = new Date("2020-08-26T03:00:00.000Z");

describe("resolveBuildTime", () => {
  it.each([
    { case: "no value: now, in the site zone", value: undefined, zone: "Asia/Ho_Chi_Minh", iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "empty value: now", value: "", zone: "Asia/Ho_Chi_Minh", iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "blank value: now", value: "   ", zone: "Asia/Ho_Chi_Minh", iso: "2020-08-26T10:00:00.000+07:00" },
    { case: "no value, another zone", value: undefined, zone: "America/New_York", iso: "2020-08-25T23:00:00.000-04:00" },
    { case: "ISO value with offset, expressed in the site zone", value: "2024-05-10T12:00:00+02:00", zone: "Asia/Ho_Chi_Minh", iso: "2024-05-10T17:00:00.000+07:00" },
    { case: "ISO value with Z", value: "2024-05-10T05:00:00Z", zone: "Asia/Ho_Chi_Minh", iso: "2024-05-10T12:00:00.000+07:00" },
    { case: "bare date: midnight in the site zone", value: "2024-05-10", zone: "Asia/Ho_Chi_Minh", iso: "2024-05-10T00:00:00.000+07:00" },
    { case: "local date-time in the site zone", value: "2024-05-10 08:30", zone: "Europe/London", iso: "2024-05-10T08:30:00.000+01:00" },
  ])("$case", ({ value, zone, iso }) => {
    const time = resolveBuildTime(value, now, zone);
    expect(time.toISO()).toBe(iso);
    expect(time.zoneName).toBe(zone);
  });

  it.each([
    {
      value: "tomorrow",
      message:
        'The build time "tomorrow" is not valid: expected a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00, got "tomorrow".',
    },
    {
      value: "10/05/2024",
      message:
        'The build time "10/05/2024" is not valid: expected a date such as 2020-08-26 or 2020-08-26T10:00:00+07:00, got "10/05/2024".',
    },
    { value: "2023-02-29", message: 'The build time "2023-02-29" is not valid: "2023-02-29" is not a real calendar date and time.' },
  ])("refuses $value", ({ value, message }) => {
    expect(() => resolveBuildTime(value, now, "Asia/Ho_Chi_Minh")).toThrow(new Error(message));
  });

  it("refuses a local time skipped by daylight saving", () => {
    expect(() => resolveBuildTime("2021-03-28 01:30", now, "Europe/London")).toThrow(
      new Error('The build time "2021-03-28 01:30" is not valid: "2021-03-28 01:30" does not exist in the Europe/London time zone.'),
    );
  });

  it("names its environment variable", () => {
    expect(buildTimeVariable).toBe("COMMUNIQUE_BUILD_TIME");
  });
});

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { articleUrl, sectionUrl, topicsIndexUrl, topicUrl, pathIsSafe } from "../../src/urls";

describe("articleUrl", () => {
  it.each([
    { case: "date parts in the date's own zone", iso: "2020-08-26T10:00:00+07:00", zone: "Asia/Ho_Chi_Minh", url: "/2020/08/26/asean-meets/" },
    { case: "late evening in the site zone stays that day", iso: "2020-12-31T23:30:00+07:00", zone: "Asia/Ho_Chi_Minh", url: "/2020/12/31/asean-meets/" },
    { case: "the same instant in UTC is the day before", iso: "2020-01-01T05:00:00+07:00", zone: "UTC", url: "/2019/12/31/asean-meets/" },
    { case: "single-digit month and day padded", iso: "2021-03-04T00:00:00+07:00", zone: "Asia/Ho_Chi_Minh", url: "/2021/03/04/asean-meets/" },
  ])("$case", ({ iso, zone, url }) => {
    expect(articleUrl(DateTime.fromISO(iso, { setZone: true }).setZone(zone), "asean-meets")).toBe(url);
  });

  it("refuses an invalid date", () => {
    expect(() => articleUrl(DateTime.invalid("bad"), "x")).toThrow('articleUrl: invalid date for slug "x".');
  });
});

describe("topicUrl", () => {
  it.each([
    { page: undefined, url: "/topics/viet-nam/" },
    { page: 1, url: "/topics/viet-nam/" },
    { page: 2, url: "/topics/viet-nam/page/2/" },
    { page: 12, url: "/topics/viet-nam/page/12/" },
  ])("page $page → $url", ({ page, url }) => {
    expect(page === undefined ? topicUrl("viet-nam") : topicUrl("viet-nam", page)).toBe(url);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses page %s", (page) => {
    expect(() => topicUrl("viet-nam", page)).toThrow(`topicUrl: page must be a whole number from 1, got ${String(page)}.`);
  });

  it("topic index", () => {
    expect(topicsIndexUrl).toBe("/topics/");
  });
});

describe("sectionUrl", () => {
  it.each([
    { page: undefined, url: "/sections/world/" },
    { page: 1, url: "/sections/world/" },
    { page: 2, url: "/sections/world/page/2/" },
  ])("page $page → $url", ({ page, url }) => {
    expect(page === undefined ? sectionUrl("world") : sectionUrl("world", page)).toBe(url);
  });

  it.each([0, 2.5])("refuses page %s", (page) => {
    expect(() => sectionUrl("world", page)).toThrow(`sectionUrl: page must be a whole number from 1, got ${String(page)}.`);
  });
});

describe("pathIsSafe", () => {
  it.each([
    ["/", true],
    ["/2020/08/26/asean-rok-dialogue-24th/", true],
    ["/topics/u-l8llpa/page/2/", true],
    ["/404.html", true],
    ["/sitemaps/sitemap-1.xml", true],
    ["/images/asean-rok-dialogue.047efae366.jpg", true],
    ["/assets/style.css", true],
    ["/../etc/passwd", false],
    ["/topics/../../x/", false],
    ["//evil.example/", false],
    ["/topics/a b/", false],
    ["/topics/Viet-Nam/", false],
    ["/topics\\x/", false],
    ["/index.php", false],
    ["relative/", false],
    ["", false],
  ])("%s → %s", (path, safe) => {
    expect(pathIsSafe(path)).toBe(safe);
  });
});

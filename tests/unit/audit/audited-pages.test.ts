import { describe, expect, it } from "vitest";
import { defaultAuditPages } from "../../../src/audit/audited-pages";

const article = (path: string, iso: string, withImage: boolean) => ({
  path,
  published: { iso },
  ...(withImage ? { figure: { alt: "A photo" } } : {}),
});

describe("defaultAuditPages", () => {
  it("audits the home page and the newest article with a lead image", () => {
    const articles = [
      article("/2025/01/01/newest/", "2025-01-01T08:00:00+07:00", false),
      article("/2020/08/26/with-photo/", "2020-08-26T17:00:00+07:00", true),
      article("/2019/05/01/older-photo/", "2019-05-01T09:00:00+07:00", true),
    ];
    expect(defaultAuditPages(articles)).toEqual(["/", "/2020/08/26/with-photo/"]);
  });

  it("compares instants, not the text of dates with different offsets", () => {
    const articles = [article("/a/", "2024-03-01T06:00:00+07:00", true), article("/b/", "2024-02-29T23:30:00-01:00", true)];
    expect(defaultAuditPages(articles)).toEqual(["/", "/b/"]);
  });

  it("falls back to the newest article, then to the home page alone", () => {
    expect(defaultAuditPages([article("/old/", "2020-01-01T00:00:00Z", false), article("/new/", "2021-01-01T00:00:00Z", false)])).toEqual(["/", "/new/"]);
    expect(defaultAuditPages([])).toEqual(["/"]);
  });
});

import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { ownCopy, ownStrings } from "../../src/own-strings";

describe("ownStrings", () => {
  it("copies every string of plain objects and arrays, keeping their values and other objects", () => {
    const date = DateTime.fromISO("2020-08-26T10:00:00+07:00");
    const file = "---\ntitle: Đà Nẵng hosts ASEAN talks\n---\nBody";
    const article = { title: file.slice(11, 40), tags: ["ASEAN", file.slice(11, 17)], image: { alt: "A photo" }, date, draft: false, count: 3 };
    const copy = ownStrings(article);
    expect(copy).toEqual(article);
    expect(copy).not.toBe(article);
    expect(copy.tags).not.toBe(article.tags);
    expect(copy.image).not.toBe(article.image);
    expect(copy.date).toBe(date);
    expect(ownCopy("Việt Nam")).toBe("Việt Nam");
    expect(ownCopy("")).toBe("");
  });

  it("copies any text exactly: quotes, backslashes, control characters, lone surrogates", () => {
    for (const text of ['"quoted" \\ back', "tab\tnew\nline\u0000nul", "\ud800 alone", "low \udc00", "😀 Hà Nội", "x".repeat(5000)]) {
      expect(ownCopy(text)).toBe(text);
    }
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashSlug, slugPattern, toSlug } from "../../src/slug";

describe("toSlug", () => {
  it.each([
    { text: "Việt Nam", slug: "viet-nam" },
    { text: "Đà Nẵng", slug: "da-nang" },
    { text: "RoK", slug: "rok" },
    { text: "Republic of Korea (RoK)", slug: "republic-of-korea-rok" },
    { text: "Türkiye", slug: "turkiye" },
    { text: "Trade & Investment", slug: "trade-and-investment" },
    { text: "대한민국", slug: "" },
    { text: "COVID-19", slug: "covid-19" },
    { text: "Côte d'Ivoire", slug: "cote-d-ivoire" },
    { text: "Côte d’Ivoire", slug: "cote-d-ivoire" },
    { text: "ASEAN", slug: "asean" },
    { text: "  Mekong -- Lancang  ", slug: "mekong-lancang" },
    { text: "", slug: "" },
  ])("$text → $slug", ({ text, slug }) => {
    expect(toSlug(text)).toBe(slug);
  });

  it("folds composed and decomposed text alike", () => {
    expect(toSlug("Việt Nam".normalize("NFD"))).toBe("viet-nam");
  });
});

describe("hashSlug", () => {
  // FNV-1a (32-bit) of the UTF-8 bytes of the NFC, lower-cased text, in base 36.
  it.each([
    { text: "대한민국", slug: "u-l8llpa" },
    { text: "日本", slug: "u-185q4i9" },
    { text: "東京", slug: "u-t3iiy7" },
    { text: "", slug: "u-ztntfp" },
  ])("$text → $slug", ({ text, slug }) => {
    expect(hashSlug(text)).toBe(slug);
  });

  it("gives composed and decomposed forms of one text the same slug", () => {
    const composed = "한국 Việt";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(hashSlug(decomposed)).toBe(hashSlug(composed));
  });

  it("ignores case", () => {
    expect(hashSlug("ÉCOLE")).toBe(hashSlug("école"));
  });

  it("tells different texts apart", () => {
    expect(hashSlug("대한민국")).not.toBe(hashSlug("한국"));
  });

  it.each(["대한민국", "日本", "", "Ελλάδα", "Россия", "🇻🇳"])("%s matches ^u-[0-9a-z]+$ and slugPattern", (text) => {
    const slug = hashSlug(text);
    expect(slug).toMatch(/^u-[0-9a-z]+$/);
    expect(slug).toMatch(slugPattern);
  });
});

describe("slugPattern", () => {
  it.each([
    { slug: "viet-nam", ok: true },
    { slug: "a", ok: true },
    { slug: "covid-19", ok: true },
    { slug: "2020", ok: true },
    { slug: "u-l8llpa", ok: true },
    { slug: "", ok: false },
    { slug: "-viet-nam", ok: false },
    { slug: "viet-nam-", ok: false },
    { slug: "viet--nam", ok: false },
    { slug: "Viet-nam", ok: false },
    { slug: "viet nam", ok: false },
    { slug: "việt-nam", ok: false },
    { slug: "viet_nam", ok: false },
    { slug: "viet/nam", ok: false },
    { slug: "viet-nam\n", ok: false },
  ])("$slug → $ok", ({ slug, ok }) => {
    expect(slugPattern.test(slug)).toBe(ok);
  });
});

describe("slug properties", () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.array(fc.constantFrom("Việt", "Nam", "Đà", "&", "-", " ", "대한", "19", "(", "’", "ü", "--"), { maxLength: 8 }).map((parts) => parts.join("")),
  );

  it("toSlug only ever yields [a-z0-9-]", () => {
    fc.assert(fc.property(text, (s) => /^[a-z0-9-]*$/.test(toSlug(s))), { numRuns: 500 });
  });

  it("toSlug, or hashSlug as the fallback, always matches slugPattern", () => {
    fc.assert(fc.property(text, (s) => slugPattern.test(toSlug(s) || hashSlug(s))), { numRuns: 500 });
  });
});

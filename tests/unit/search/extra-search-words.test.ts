import { describe, expect, it } from "vitest";
import { extraSearchWords, foldLikePagefind, nonAsciiWords } from "../../../src/search/extra-search-words";

describe("foldLikePagefind", () => {
  it.each([
    { word: "Nguyễn", folded: "nguyen" },
    { word: "Quốc", folded: "quoc" },
    { word: "Dũng", folded: "dung" },
    { word: "Türkiye", folded: "turkiye" },
    // No decomposition: the letter stays.
    { word: "Đà", folded: "đa" },
    { word: "Straße", folded: "straße" },
    { word: "대한민국", folded: "대한민국".normalize("NFD") },
  ])("$word → $folded", ({ word, folded }) => {
    expect(foldLikePagefind(word)).toBe(folded);
  });
});

describe("extraSearchWords", () => {
  it.each([
    { texts: ["Deputy Foreign Minister Nguyễn Quốc Dũng"], words: "" },
    { texts: ["Plain English only."], words: "" },
    { texts: ["The Đà Nẵng fireworks festival"], words: "da" },
    { texts: ["Đà Nẵng", "Minister Đặng Đức Anh, again in Đà Nẵng"], words: "da dang duc" },
    { texts: ["ĐỒNG and đồng"], words: "dong" },
    { texts: ["Straße", "Œuvre", "Ørsted"], words: "strasse oeuvre orsted" },
    { texts: ["대한민국 and 日本"], words: "" },
    { texts: [""], words: "" },
    { texts: [], words: "" },
  ])("$texts → '$words'", ({ texts, words }) => {
    expect(extraSearchWords(texts)).toBe(words);
  });

  it("reads decomposed text like composed text", () => {
    expect(extraSearchWords(["Đà Nẵng".normalize("NFD")])).toBe("da");
  });
});

describe("extraSearchWords on mixed text", () => {
  it.each([
    // Punctuation outside ASCII splits words; it is never part of one.
    { texts: ["Đà’s “Nẵng” — đồng…"], words: "da dong" },
    { texts: ["don’t stop – Straße"], words: "strasse" },
    // A word that only starts or ends with a non-ASCII letter is taken whole.
    { texts: ["abcđ đabc 12đ"], words: "abcd dabc 12d" },
    { texts: ["Hà Nội và Đà Nẵng"], words: "da" },
  ])("$texts → '$words'", ({ texts, words }) => {
    expect(extraSearchWords(texts)).toBe(words);
  });
});

describe("nonAsciiWords", () => {
  it.each([
    { text: "plain English, 2024", words: [] },
    { text: "Đà Nẵng — và Hà Nội", words: ["Đà", "Nẵng", "và", "Hà", "Nội"] },
    { text: "don’t “quote”", words: [] },
    { text: "abcđ,đabc x12đ9", words: ["abcđ", "đabc", "x12đ9"] },
    // Letters outside the Basic Multilingual Plane are one character made of two code units.
    { text: "a𝒜b c", words: ["a𝒜b"] },
    { text: "Nguye\u0302\u0303n", words: ["Nguye\u0302\u0303n"] },
  ])("$text → $words", ({ text, words }) => {
    expect([...nonAsciiWords(text)]).toEqual(words);
  });
});

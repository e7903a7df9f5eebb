import { describe, expect, it } from "vitest";
import { extraSearchWords, foldLikePagefind } from "../../../src/search/extra-search-words";

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

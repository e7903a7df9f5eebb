import { describe, expect, it } from "vitest";
import { compareTopicNames, topicLetter } from "../../../src/topics/sort-topics";

describe("compareTopicNames", () => {
  it("sorts A–Z by folded name, then by name, non-Latin names first", () => {
    const names = [
      "Việt Nam",
      "economy",
      "Đà Nẵng",
      "ASEAN",
      "대한민국",
      "Dakar",
      "5G",
      "Viet Nam",
      "Vietnam Airlines",
      "Asean",
      "日本",
      "Economy",
      "Ölüdeniz",
      "'Ndrangheta",
    ];
    const sorted = names.map((name) => ({ name })).sort(compareTopicNames).map((topic) => topic.name);
    expect(sorted).toEqual([
      "日本",
      "대한민국",
      "5G",
      "ASEAN",
      "Asean",
      "Đà Nẵng",
      "Dakar",
      "Economy",
      "economy",
      "'Ndrangheta",
      "Ölüdeniz",
      "Viet Nam",
      "Việt Nam",
      "Vietnam Airlines",
    ]);
  });

  it.each([
    { a: "ASEAN", b: "ASEAN", result: 0 },
    { a: "Asia", b: "ASEAN", result: 1 },
    { a: "Đà Nẵng", b: "Dakar", result: -1 },
    { a: "Zambia", b: "Ärmelkanal", result: 1 },
  ])("$a vs $b → $result", ({ a, b, result }) => {
    expect(Math.sign(compareTopicNames({ name: a }, { name: b }))).toBe(result);
  });
});

describe("topicLetter", () => {
  it.each([
    { name: "ASEAN", letter: "A" },
    { name: "economy", letter: "E" },
    { name: "Đà Nẵng", letter: "D" },
    { name: "Ölüdeniz", letter: "O" },
    { name: "Ærø", letter: "A" },
    { name: "'Ndrangheta", letter: "N" },
    { name: "5G", letter: "#" },
    { name: "COVID-19", letter: "C" },
    { name: "대한민국", letter: "#" },
    { name: "日本", letter: "#" },
    { name: "", letter: "#" },
  ])("$name → $letter", ({ name, letter }) => {
    expect(topicLetter(name)).toBe(letter);
  });
});

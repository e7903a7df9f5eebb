import { describe, expect, it } from "vitest";
import {
  buildRelatedIndex,
  isRelatedExact,
  relatedDefaults,
  relatedTo,
  topicWeight,
  type RelatedInput,
  type RelatedOptions,
} from "../../../src/related";

const day = 86_400_000;
const origin = Date.UTC(2024, 0, 1);

/** An article `days` after 2024-01-01, in the World section, in English unless told. */
function article(key: string, topics: string[], days: number, more: Partial<RelatedInput> = {}): RelatedInput {
  return { key, topics, time: origin + days * day, section: "World", lang: "en", ...more };
}

/** Keys of the related list of the article keyed `key`. */
function relatedKeys(items: RelatedInput[], key: string, count: number, options?: RelatedOptions): string[] {
  const index = buildRelatedIndex(items, options);
  return relatedTo(index, items.findIndex((item) => item.key === key), count).map((match) => items[match.index]!.key);
}

describe("relatedTo ranking", () => {
  const cases: { name: string; items: RelatedInput[]; count: number; expected: string[] }[] = [
    {
      name: "a shared rare topic beats a nearer shared common one",
      items: [
        article("a", ["asean", "korean-peninsula"], 10),
        article("common-near", ["asean"], 11),
        article("rare-far", ["korean-peninsula"], 40),
        article("common-1", ["asean"], 12),
        article("common-2", ["asean"], 13),
      ],
      count: 2,
      expected: ["rare-far", "common-near"],
    },
    {
      name: "two shared topics beat one of similar rarity",
      items: [
        article("a", ["trade", "energy"], 10),
        article("one-near", ["trade"], 10.5),
        article("two-far", ["trade", "energy"], 30),
        article("other-one", ["energy"], 12),
      ],
      count: 3,
      expected: ["two-far", "one-near", "other-one"],
    },
    {
      name: "nearer publication first, past and future neighbours alike",
      items: [
        article("a", ["asean"], 10),
        article("past-3", ["asean"], 7),
        article("future-2", ["asean"], 12),
        article("future-4", ["asean"], 14),
        article("past-5", ["asean"], 5),
        article("past-1", ["asean"], 9),
      ],
      count: 5,
      expected: ["past-1", "future-2", "past-3", "future-4", "past-5"],
    },
    {
      name: "at equal distance the newer article first",
      items: [article("a", ["asean"], 10), article("older", ["asean"], 8), article("newer", ["asean"], 12)],
      count: 2,
      expected: ["newer", "older"],
    },
    {
      name: "same score, distance and time: key ascending",
      items: [
        article("m", ["asean"], 10),
        article("c", ["asean"], 12),
        article("a", ["asean"], 12),
        article("b", ["asean"], 12),
        article("d", ["asean"], 10),
      ],
      count: 4,
      expected: ["d", "a", "b", "c"],
    },
    {
      name: "never the article itself, and no related without another article",
      items: [article("alone", ["asean"], 10)],
      count: 6,
      expected: [],
    },
    {
      name: "fewer articles than count: all of them",
      items: [article("a", ["asean"], 10), article("b", ["asean"], 11), article("c", ["trade"], 3)],
      count: 6,
      expected: ["b", "c"],
    },
    {
      name: "count 0 gives nothing",
      items: [article("a", ["asean"], 10), article("b", ["asean"], 11)],
      count: 0,
      expected: [],
    },
  ];
  it.each(cases)("$name", ({ items, count, expected }) => {
    expect(relatedKeys(items, items[0]!.key, count)).toEqual(expected);
  });
});

describe("relatedTo matches", () => {
  it("reports score, shared topics rarest first then A–Z, and reason", () => {
    const items = [
      article("a", ["zeta", "alpha", "rare"], 10),
      article("b", ["alpha", "rare", "zeta"], 11),
      article("c", ["alpha", "zeta"], 12),
      article("d", ["alpha", "zeta"], 13),
    ];
    const index = buildRelatedIndex(items);
    const weight = (df: number) => Math.log(1 + 4 / df);
    expect(relatedTo(index, 0, 6)).toEqual([
      { index: 1, score: weight(2) + weight(4) + weight(4), shared: ["rare", "alpha", "zeta"], reason: "topics" },
      { index: 2, score: weight(4) + weight(4), shared: ["alpha", "zeta"], reason: "topics" },
      { index: 3, score: weight(4) + weight(4), shared: ["alpha", "zeta"], reason: "topics" },
    ]);
  });

  it("fills from the same section only, newest first, ties by key, no duplicates", () => {
    const items = [
      article("a", ["asean"], 10),
      article("shares", ["asean"], 2),
      article("newest-politics", [], 50, { section: "Politics" }),
      article("world-new-b", ["trade"], 30),
      article("world-new-a", ["energy"], 30),
      article("world-old", ["trade"], 1),
      article("world-mid", [], 20),
    ];
    const index = buildRelatedIndex(items);
    expect(relatedTo(index, 0, 4)).toEqual([
      { index: 1, score: Math.log(1 + 7 / 2), shared: ["asean"], reason: "topics" },
      { index: 4, score: 0, shared: [], reason: "section" },
      { index: 3, score: 0, shared: [], reason: "section" },
      { index: 6, score: 0, shared: [], reason: "section" },
    ]);
    expect(relatedTo(index, 0, 10).map((match) => items[match.index]!.key)).toEqual([
      "shares", "world-new-a", "world-new-b", "world-mid", "world-old",
    ]);
  });

  it("leaves out another language from both ranking and fill", () => {
    const items = [
      article("a", ["asean"], 10),
      article("vi-shares", ["asean"], 10, { lang: "vi" }),
      article("vi-newest", [], 90, { lang: "vi" }),
      article("en-old", [], 1),
    ];
    expect(relatedKeys(items, "a", 6)).toEqual(["en-old"]);
    expect(relatedKeys(items, "vi-shares", 6)).toEqual(["vi-newest"]);
  });

  it("gives the same lists whatever the input order", () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      article(`k${(i * 17) % 40}`, [`t${i % 3}`, `t${(i * 7) % 5}`], (i * 13) % 9, { section: i % 2 ? "World" : "Politics" }),
    );
    const listsByKey = (list: RelatedInput[]) => {
      const index = buildRelatedIndex(list, { postingCap: 3 });
      return Object.fromEntries(
        list.map((item, i) => [item.key, relatedTo(index, i, 6).map((m) => [list[m.index]!.key, m.score, m.shared, m.reason])]),
      );
    };
    const expected = listsByKey(items);
    for (const shuffled of [[...items].reverse(), items.map((_, i) => items[(i * 11) % 40]!)]) {
      expect(listsByKey(shuffled)).toEqual(expected);
    }
  });
});

describe("posting cap", () => {
  // 3,000 articles a day apart, all on "asean", far more than the default cap.
  const crowd = Array.from({ length: 3000 }, (_, i) => article(`a${String(i).padStart(4, "0")}`, ["asean"], i));

  it("keeps the nearest in time for a topic on every article", () => {
    expect(relatedKeys(crowd, "a1500", 6)).toEqual(["a1501", "a1499", "a1502", "a1498", "a1503", "a1497"]);
    const index = buildRelatedIndex(crowd);
    expect(index.postingCap).toBe(relatedDefaults.postingCap);
    expect(isRelatedExact(index, 1500)).toBe(false);
  });

  it("stays exact for an article with a rare shared topic", () => {
    const items = crowd.map((item, i) =>
      i === 1500 || i === 3 || i === 2990 ? { ...item, topics: ["asean", "korean-peninsula"] } : item,
    );
    const capped = relatedKeys(items, "a1500", 6);
    expect(capped).toEqual(["a2990", "a0003", "a1501", "a1499", "a1502", "a1498"]);
    expect(relatedKeys(items, "a1500", 6, { postingCap: Infinity })).toEqual(capped);
  });

  it("finds, through a second topic, an article just outside the first topic's window", () => {
    // "x" is cut to its 2 nearest (b-x1, then c-x2 before d-both at the same time by key);
    // d-both also shares the commoner "c", whose list must still let it through.
    const hour = 1 / 24;
    const items = [
      article("a", ["x", "c"], 0),
      article("b-x1", ["x"], hour),
      article("c-x2", ["x"], -2 * hour),
      article("d-both", ["x", "c"], -2 * hour),
      ...[1, 2, 3, 4, 5].map((i) => article(`e-c${i}`, ["c"], (9 + i) * hour)),
    ];
    expect(relatedKeys(items, "a", 2, { postingCap: 2 })).toEqual(["d-both", "b-x1"]);
  });

  it("does not skip, when jumping past hopeless entries, the one where a topic comes back", () => {
    // "x" is cut to a-x0 and b-x1; d-both, tied with b-x1 in time, sits just outside it.
    const hour = 1 / 24;
    const items = [
      article("a", ["x", "c"], 0),
      article("a-x0", ["x"], 0.2 * hour),
      article("b-x1", ["x"], hour),
      article("d-both", ["x", "c"], hour),
      article("c-near", ["c"], 0.5 * hour),
      ...[1, 2, 3].map((i) => article(`e-c${i}`, ["c"], (19 + i) * hour)),
    ];
    expect(relatedKeys(items, "a", 1, { postingCap: 2 })).toEqual(["d-both"]);
  });

  it("reads at least count entries of a cut list, so a fill never shares a topic", () => {
    const items = [article("a", ["asean"], 10), ...[1, 2, 3, 4].map((d) => article(`b${d}`, ["asean"], 10 + d))];
    expect(relatedKeys(items, "a", 3, { postingCap: 1 })).toEqual(["b1", "b2", "b3"]);
  });
});

describe("one index, many queries", () => {
  // Ties in time, topics shared in many ways, a cut list and a fill: the index keeps
  // scratch space between queries, which must never leak from one answer into the next.
  const items = Array.from({ length: 60 }, (_, i) =>
    article(`k${(i * 37) % 60}`, [`t${i % 4}`, `t${(i * 5) % 7}`, ...(i % 9 === 0 ? ["rare"] : [])], (i * 11) % 13, {
      section: i % 3 ? "World" : "Politics",
    }),
  );
  const fresh = (i: number, count: number) => relatedTo(buildRelatedIndex(items, { postingCap: 4 }), i, count);

  it("answers queries of any count, in any order, as a fresh index would", () => {
    const index = buildRelatedIndex(items, { postingCap: 4 });
    for (const count of [12, 3, 30, 1, 9]) {
      items.forEach((_, i) => expect(relatedTo(index, i, count)).toEqual(fresh(i, count)));
    }
  });
});

describe("topicWeight and options", () => {
  const items = [
    article("a", ["asean", "trade"], 1),
    article("b", ["asean"], 2),
    article("c", ["asean"], 3, { lang: "vi" }),
  ];
  const index = buildRelatedIndex(items);

  it.each([
    { lang: "en", slug: "asean", expected: Math.log(1 + 2 / 2) },
    { lang: "en", slug: "trade", expected: Math.log(1 + 2 / 1) },
    { lang: "vi", slug: "asean", expected: Math.log(1 + 1 / 1) },
    { lang: "vi", slug: "trade", expected: 0 },
  ])("weighs $slug in $lang by its rarity in that language", ({ lang, slug, expected }) => {
    expect(topicWeight(index, lang, slug)).toBe(expected);
  });

  it.each([0, -1, 2.5, Number.NaN])("rejects postingCap %s", (postingCap) => {
    expect(() => buildRelatedIndex(items, { postingCap })).toThrow(/postingCap must be a whole number ≥ 1 or Infinity; received/);
  });

  it.each([
    { article: 3, count: 6, message: /article index 3 is outside 0–2/ },
    { article: -1, count: 6, message: /article index -1 is outside/ },
    { article: 0, count: -1, message: /count must be a whole number ≥ 0; received -1/ },
    { article: 0, count: 1.5, message: /received 1.5/ },
  ])("rejects article $article with count $count", ({ article: at, count, message }) => {
    expect(() => relatedTo(index, at, count)).toThrow(message);
  });

  it("rejects a time that is not a number", () => {
    expect(() => buildRelatedIndex([article("a", ["asean"], Number.NaN)])).toThrow(/Related input 0 \(a\) has time NaN/);
  });
});

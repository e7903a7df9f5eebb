import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRelatedIndex, relatedIndexesTo, relatedTo, type RelatedInput, type RelatedMatch } from "../../../src/related";

/**
 * A brute-force reading of SPEC "Related Topics", written apart from the index: every
 * same-language article is compared with the article (all pairs), each topic's candidates
 * are cut to the `window` nearest in time, and the survivors are sorted by the comparator.
 */
function bruteForce(items: readonly RelatedInput[], article: number, count: number, cap: number): RelatedMatch[] {
  const self = items[article]!;
  const peers = items.map((item, index) => ({ item, index })).filter(({ item }) => item.lang === self.lang);
  const df = (slug: string) => peers.filter(({ item }) => item.topics.includes(slug)).length;
  const rarestFirst = [...self.topics].sort((a, b) => df(a) - df(b) || (a < b ? -1 : a > b ? 1 : 0));
  const weight = (slug: string) => Math.log(1 + peers.length / df(slug));
  const gap = (index: number) => Math.abs(items[index]!.time - self.time);
  const others = peers.filter(({ index }) => index !== article);
  const nearness = (a: number, b: number) =>
    gap(a) - gap(b) || items[b]!.time - items[a]!.time || compareKeys(items[a]!.key, items[b]!.key);
  const window = new Set<number>();
  for (const slug of self.topics) {
    const holders = others.filter(({ item }) => item.topics.includes(slug)).map(({ index }) => index);
    holders.sort(nearness).slice(0, Math.max(cap, count)).forEach((index) => window.add(index));
  }
  const ranked = [...window]
    .map((index) => {
      const shared = rarestFirst.filter((slug) => items[index]!.topics.includes(slug));
      return { index, score: shared.reduce((sum, slug) => sum + weight(slug), 0), shared, reason: "topics" as const };
    })
    .sort((a, b) => b.score - a.score || nearness(a.index, b.index))
    .slice(0, count);
  const fill = others
    .filter(({ item, index }) => item.section === self.section && !ranked.some((match) => match.index === index))
    .sort((a, b) => b.item.time - a.item.time || compareKeys(a.item.key, b.item.key))
    .slice(0, count - ranked.length)
    .map(({ index }) => ({ index, score: 0, shared: [], reason: "section" as const }));
  return [...ranked, ...fill];
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Small bulletins with many ties: few topics, few distinct times, two languages and sections.
const bulletin = fc
  .uniqueArray(fc.stringMatching(/^[a-f]{1,3}$/), { minLength: 1, maxLength: 40 })
  .chain((keys) =>
    fc.tuple(
      ...keys.map((key) =>
        fc.record({
          key: fc.constant(key),
          topics: fc.uniqueArray(fc.constantFrom("asean", "trade", "energy", "korea"), { maxLength: 3 }),
          time: fc.integer({ min: 0, max: 6 }).map((hour) => hour * 3_600_000),
          section: fc.constantFrom("World", "Politics"),
          lang: fc.constantFrom("en", "en", "vi"),
        }),
      ),
    ),
  );
const query = bulletin.chain((items) =>
  fc.record({
    items: fc.constant(items),
    article: fc.nat(items.length - 1),
    count: fc.oneof(fc.nat(3), fc.nat(8), fc.integer({ min: 9, max: 20 })),
    cap: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(Infinity)),
  }),
);

describe("relatedTo on random bulletins", () => {
  it("never lists itself, another language or twice; at most count; topics entries in comparator order", () => {
    fc.assert(
      fc.property(query, ({ items, article, count, cap }) => {
        const result = relatedTo(buildRelatedIndex(items, { postingCap: cap }), article, count);
        const self = items[article]!;
        expect(result.length).toBeLessThanOrEqual(count);
        expect(new Set(result.map((match) => match.index)).size).toBe(result.length);
        for (const match of result) {
          expect(match.index).not.toBe(article);
          expect(items[match.index]!.lang).toBe(self.lang);
        }
        const topics = result.filter((match) => match.reason === "topics");
        expect(result.slice(0, topics.length)).toEqual(topics);
        for (let i = 1; i < topics.length; i++) {
          const [a, b] = [topics[i - 1]!, topics[i]!];
          const [ta, tb] = [items[a.index]!.time, items[b.index]!.time];
          const [ga, gb] = [Math.abs(ta - self.time), Math.abs(tb - self.time)];
          const inOrder =
            a.score > b.score ||
            (a.score === b.score &&
              (ga < gb || (ga === gb && (ta > tb || (ta === tb && items[a.index]!.key < items[b.index]!.key)))));
          expect(inOrder).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("equals the brute-force ranking, posting cap included", () => {
    fc.assert(
      fc.property(query, ({ items, article, count, cap }) => {
        const result = relatedTo(buildRelatedIndex(items, { postingCap: cap }), article, count);
        expect(result).toEqual(bruteForce(items, article, count, cap));
      }),
      { numRuns: 2000 },
    );
  });

  it("relatedIndexesTo lists the same articles as relatedTo, in its order", () => {
    fc.assert(
      fc.property(query, ({ items, article, count, cap }) => {
        const index = buildRelatedIndex(items, { postingCap: cap });
        const indexes = relatedIndexesTo(index, article, count);
        expect(indexes).toEqual(relatedTo(index, article, count).map((match) => match.index));
      }),
      { numRuns: 1000 },
    );
  });
});

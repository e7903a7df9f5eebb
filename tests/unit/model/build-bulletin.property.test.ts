import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { resolveSiteConfig } from "../../../src/config";
import type { Article } from "../../../src/model/article";
import { buildBulletin, relatedMatches } from "../../../src/model/build-bulletin";
import { emptyTopicData } from "../../../src/model/topic-data";
import { pathIsSafe } from "../../../src/urls";

const zone = "Asia/Ho_Chi_Minh";
const config = resolveSiteConfig({ languages: ["en", "vi"] });
const buildTime = DateTime.fromISO("2024-05-10T12:00:00", { zone });
const topics = ["ASEAN", "Việt Nam", "Trade", "Mekong", "대한민국", "Climate"];

const articleArbitrary = fc.record({
  day: fc.integer({ min: -400, max: 60 }),
  tags: fc.uniqueArray(fc.constantFrom(...topics), { minLength: 1, maxLength: 4 }),
  draft: fc.boolean(),
  section: fc.constantFrom("World", "Politics"),
  lang: fc.constantFrom("en", "vi"),
});

function toArticles(specs: readonly { day: number; tags: string[]; draft: boolean; section: string; lang: string }[]): Article[] {
  return specs.map((spec, i) => ({
    file: `content/articles/a${i}.md`,
    title: `A${i}`,
    date: buildTime.plus({ days: spec.day, minutes: i }),
    summary: "S.",
    tags: spec.tags,
    tagLines: spec.tags.map((_, line) => line + 6),
    tagColumns: spec.tags.map(() => 5),
    section: spec.section,
    corrections: [],
    draft: spec.draft,
    slug: `a${i}`,
    lang: spec.lang,
    body: "B.",
  }));
}

describe("Related Topics over any bulletin", () => {
  it("never lists the article itself, a draft, an unpublished or another-language article", () => {
    fc.assert(
      fc.property(fc.array(articleArbitrary, { minLength: 1, maxLength: 40 }), (specs) => {
        const { bulletin } = buildBulletin(toArticles(specs), emptyTopicData, config, buildTime, "production");
        bulletin.entries.forEach((entry, self) => {
          expect(entry.status).toBe("published");
          expect(entry.related.length).toBeLessThanOrEqual(config.relatedCount);
          expect(relatedMatches(bulletin, self).map((match) => match.entry)).toEqual(entry.related);
          for (const index of entry.related) {
            const other = bulletin.entries[index];
            expect(index).not.toBe(self);
            expect(other?.status).toBe("published");
            expect(other?.article.draft).toBe(false);
            expect(other && other.article.date.toMillis() <= buildTime.toMillis()).toBe(true);
            expect(other?.article.lang).toBe(entry.article.lang);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it("gives every page a safe path inside the output folder", () => {
    fc.assert(
      fc.property(fc.array(articleArbitrary, { minLength: 1, maxLength: 20 }), (specs) => {
        const { bulletin } = buildBulletin(toArticles(specs), emptyTopicData, config, buildTime, "preview");
        for (const entry of bulletin.entries) expect(pathIsSafe(entry.url), entry.url).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

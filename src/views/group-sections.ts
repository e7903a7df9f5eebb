/**
 * The bulletin's sections (desks such as World or Economy) and their articles. Section
 * names fold like topics ("world" and "World" are one section at `/sections/world/`).
 * Pure: each shown article's section, newest first, in; the sections in header order out.
 */
import { hashSlug, toSlug } from "../slug";
import { compareTopicNames } from "../topics/sort-topics";

/** A section and the articles in it. */
export interface SectionListing {
  /** The spelling most of its articles use; on a tie, the newest article's. */
  readonly name: string;
  readonly slug: string;
  /** Indexes into the list given, in its order (newest first). */
  readonly entries: readonly number[];
}

/**
 * Groups articles by section: the sections with the most articles first (the main desks
 * lead the header), ties A–Z as topics sort, so the order never depends on file order.
 */
export function groupSections(sections: readonly string[]): SectionListing[] {
  const bySlug = new Map<string, { entries: number[]; spellings: Map<string, number> }>();
  sections.forEach((section, index) => {
    const slug = toSlug(section) || hashSlug(section);
    let group = bySlug.get(slug);
    if (!group) {
      group = { entries: [], spellings: new Map() };
      bySlug.set(slug, group);
    }
    group.entries.push(index);
    group.spellings.set(section, (group.spellings.get(section) ?? 0) + 1);
  });
  const listings: SectionListing[] = [];
  for (const [slug, group] of bySlug) {
    // Map order is first-seen order, so on a tie the newest article's spelling wins.
    let name = "";
    let uses = 0;
    for (const [spelling, count] of group.spellings) {
      if (count > uses) [name, uses] = [spelling, count];
    }
    listings.push({ name, slug, entries: group.entries });
  }
  return listings.sort((a, b) => b.entries.length - a.entries.length || compareTopicNames(a, b));
}

/**
 * Related Topics (SPEC "Related Topics"): build an index once over the published
 * articles, then ask it for each article's ranked related list. Pure and deterministic:
 * the same articles in any input order give the same lists; no clock, no file system.
 */

/** One article as the ranking sees it; the caller passes only articles that may appear. */
export interface RelatedInput {
  /** Stable unique key, used as the final tie-break (e.g. the article URL). */
  readonly key: string;
  /** Topic slugs of the article (already folded, deduplicated). */
  readonly topics: readonly string[];
  /** Publication time, epoch milliseconds. */
  readonly time: number;
  readonly section: string;
  readonly lang: string;
}

/** One entry of a related list, with what is needed to explain why it was chosen. */
export interface RelatedMatch {
  /** Index of the related article in the array given to `buildRelatedIndex`. */
  readonly index: number;
  /** Sum of the weights of the shared topics (see `topicWeight`); 0 for a fill. */
  readonly score: number;
  /** Shared topic slugs, rarest first, then A–Z; empty for a fill. */
  readonly shared: readonly string[];
  /** `topics`: ranked by shared topics; `section`: a newest-in-section fill. */
  readonly reason: "topics" | "section";
}

/** Tuning for `buildRelatedIndex`. */
export interface RelatedOptions {
  /**
   * How many other articles are read, at most, from one topic's posting list. A topic
   * on more articles than that (ASEAN on a third of the bulletin) is read only in the
   * `postingCap` articles nearest in time to the article, so a query costs at most
   * `postingCap` candidates per topic and the whole bulletin stays near-linear.
   * Consequence: a list is exact whenever each of the article's topics is on at most
   * `postingCap` other articles of its language; otherwise an article that shares only
   * such common topics and lies far away in time may be missed (any article sharing a
   * topic under the cap is always considered, and every considered score is exact).
   * A query asking for more than `postingCap` articles reads that many instead.
   * A whole number ≥ 1, or `Infinity` to read every list whole (exact, quadratic).
   * @default 256
   */
  readonly postingCap?: number;
}

/** Default values of `RelatedOptions`. */
export const relatedDefaults: Readonly<Required<RelatedOptions>> = { postingCap: 256 };

const internal = Symbol("related index");

/**
 * The built index: opaque, read it only through `relatedTo`, `topicWeight` and
 * `isRelatedExact`. Queries reuse its scratch space, so one index serves one query at a time.
 */
export interface RelatedIndex {
  /** Number of articles indexed. */
  readonly size: number;
  /** The `postingCap` in force. */
  readonly postingCap: number;
  readonly [internal]: IndexData;
}

// Articles are numbered internally by their place in time order (oldest first, ties by
// key), so the articles near one another in time, which a query reads together, sit
// together in memory. Typed arrays use a compressed-row layout: row `i` of `xStart`/`x`
// is x[xStart[i]..xStart[i+1]). Indices read from them are in range by construction,
// hence the `!` below.
interface IndexData {
  readonly cap: number;
  /** Input index of the article at each place, and the place of each input index. */
  readonly inputOf: Int32Array;
  readonly placeOf: Int32Array;
  readonly times: Float64Array;
  /** Rank of each article's key in key order, so keys compare as integers. */
  readonly keyRank: Int32Array;
  /** Terms are (language, topic) pairs, numbered rarest first, then by slug. */
  readonly termIds: ReadonlyMap<string, number>;
  readonly termSlugs: readonly string[];
  readonly termWeights: Float64Array;
  /** Each article's terms, ascending, so rarest first. */
  readonly itemTermStart: Int32Array;
  readonly itemTerms: Int32Array;
  /** Each term's articles in time order, with their times alongside. */
  readonly postingStart: Int32Array;
  readonly postings: Int32Array;
  readonly postingTimes: Float64Array;
  /** Each (language, section) group's articles, newest first (ties by key). */
  readonly itemGroup: Int32Array;
  readonly groupStart: Int32Array;
  readonly groupItems: Int32Array;
  /** Scratch: `seen[i] === stamp` when article i is a candidate of the running query. */
  readonly seen: Int32Array;
  /** Scratch: the weight of each term of the queried article, 0 for every other term. */
  readonly queryWeights: Float64Array;
  stamp: number;
}

function termName(lang: string, slug: string): string {
  return `${lang}\u0000${slug}`;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkPostingCap(value: number): number {
  if (value === Infinity || (Number.isInteger(value) && value >= 1)) return value;
  throw new RangeError(`Related option postingCap must be a whole number ≥ 1 or Infinity; received ${String(value)}.`);
}

/**
 * Builds the Related Topics index over `items` in O(n log n): per-topic posting lists
 * sorted by time, per-section lists sorted newest first, and the topic weights.
 *
 * Weight of a topic t in language L: `ln(1 + N / df)`, N = articles in L, df = those of
 * them carrying t (inverse document frequency). Rarer is always heavier, so a shared rare
 * topic outranks a shared common one, and every shared topic adds a positive amount, so
 * two shared topics beat one of similar rarity. The `1 +` keeps a topic carried by every
 * article above 0 (plain `ln(N / df)` would make it worth nothing, tied with a fill).
 * Languages are counted apart: each one is a bulletin of its own for the ranking.
 *
 * Throws a TypeError when an article's time is not a finite number.
 */
export function buildRelatedIndex(items: readonly RelatedInput[], options: RelatedOptions = {}): RelatedIndex {
  const cap = checkPostingCap(options.postingCap ?? relatedDefaults.postingCap);
  const n = items.length;
  items.forEach((item, i) => {
    if (!Number.isFinite(item.time)) {
      throw new TypeError(`Related input ${i} (${item.key}) has time ${String(item.time)}; expected epoch milliseconds.`);
    }
  });

  // Duplicate keys fall back to input order; callers report duplicate URLs themselves.
  const byKey = items.map((_, i) => i).sort((a, b) => compareKeys(items[a]!.key, items[b]!.key) || a - b);
  const inputKeyRank = new Int32Array(n);
  byKey.forEach((input, rank) => (inputKeyRank[input] = rank));
  const inputOf = Int32Array.from(
    items.map((_, i) => i).sort((a, b) => items[a]!.time - items[b]!.time || inputKeyRank[a]! - inputKeyRank[b]!),
  );
  const placeOf = new Int32Array(n);
  const times = new Float64Array(n);
  const keyRank = new Int32Array(n);
  inputOf.forEach((input, place) => {
    placeOf[input] = place;
    times[place] = items[input]!.time;
    keyRank[place] = inputKeyRank[input]!;
  });

  const langSizes = new Map<string, number>();
  const draftIds = new Map<string, number>();
  const drafts: { lang: string; slug: string; df: number }[] = [];
  const itemDrafts = Array.from(inputOf, (input) => {
    const item = items[input]!;
    langSizes.set(item.lang, (langSizes.get(item.lang) ?? 0) + 1);
    const ids = new Set<number>();
    for (const slug of item.topics) {
      const name = termName(item.lang, slug);
      let id = draftIds.get(name);
      if (id === undefined) {
        id = drafts.length;
        draftIds.set(name, id);
        drafts.push({ lang: item.lang, slug, df: 0 });
      }
      if (!ids.has(id)) {
        ids.add(id);
        drafts[id]!.df += 1;
      }
    }
    return [...ids];
  });

  // Numbering terms rarest first makes every ascending term list rarest first, then A–Z.
  const termOrder = drafts
    .map((_, id) => id)
    .sort((a, b) => {
      const x = drafts[a]!;
      const y = drafts[b]!;
      return x.df - y.df || compareKeys(x.slug, y.slug) || compareKeys(x.lang, y.lang);
    });
  const finalId = new Int32Array(drafts.length);
  const termIds = new Map<string, number>();
  const termSlugs: string[] = [];
  const termWeights = new Float64Array(drafts.length);
  const postingStart = new Int32Array(drafts.length + 1);
  termOrder.forEach((draftId, id) => {
    const draft = drafts[draftId]!;
    finalId[draftId] = id;
    termIds.set(termName(draft.lang, draft.slug), id);
    termSlugs.push(draft.slug);
    termWeights[id] = Math.log(1 + langSizes.get(draft.lang)! / draft.df);
    postingStart[id + 1] = postingStart[id]! + draft.df;
  });

  const itemTermStart = new Int32Array(n + 1);
  itemDrafts.forEach((ids, place) => (itemTermStart[place + 1] = itemTermStart[place]! + ids.length));
  const itemTerms = new Int32Array(itemTermStart[n]!);
  itemDrafts.forEach((ids, place) => {
    const sorted = ids.map((id) => finalId[id]!).sort((a, b) => a - b);
    itemTerms.set(sorted, itemTermStart[place]!);
  });

  // Filling in place order leaves every posting list in time order.
  const postings = new Int32Array(postingStart[drafts.length]!);
  const postingTimes = new Float64Array(postings.length);
  const cursor = postingStart.slice(0, drafts.length);
  for (let place = 0; place < n; place++) {
    for (let k = itemTermStart[place]!; k < itemTermStart[place + 1]!; k++) {
      const at = cursor[itemTerms[k]!]!++;
      postings[at] = place;
      postingTimes[at] = times[place]!;
    }
  }

  const groupIds = new Map<string, number>();
  const groupSizes: number[] = [];
  const itemGroup = new Int32Array(n);
  inputOf.forEach((input, place) => {
    const item = items[input]!;
    const name = termName(item.lang, item.section);
    let id = groupIds.get(name);
    if (id === undefined) {
      id = groupSizes.length;
      groupIds.set(name, id);
      groupSizes.push(0);
    }
    groupSizes[id]! += 1;
    itemGroup[place] = id;
  });
  const groupStart = new Int32Array(groupSizes.length + 1);
  groupSizes.forEach((size, g) => (groupStart[g + 1] = groupStart[g]! + size));
  const groupItems = new Int32Array(n);
  const groupCursor = groupStart.slice(0, groupSizes.length);
  const newestFirst = Array.from(inputOf, (_, place) => place).sort(
    (a, b) => times[b]! - times[a]! || keyRank[a]! - keyRank[b]!,
  );
  for (const place of newestFirst) groupItems[groupCursor[itemGroup[place]!]!++] = place;

  const data: IndexData = {
    cap, inputOf, placeOf, times, keyRank, termIds, termSlugs, termWeights, itemTermStart, itemTerms,
    postingStart, postings, postingTimes, itemGroup, groupStart, groupItems,
    seen: new Int32Array(n), queryWeights: new Float64Array(drafts.length), stamp: 0,
  };
  return { size: n, postingCap: cap, [internal]: data };
}

/**
 * The weight one shared `slug` adds to a score among articles in `lang`
 * (`ln(1 + N / df)`, see `buildRelatedIndex`); 0 when no such article carries it.
 */
export function topicWeight(index: RelatedIndex, lang: string, slug: string): number {
  const data = index[internal];
  const term = data.termIds.get(termName(lang, slug));
  return term === undefined ? 0 : data.termWeights[term]!;
}

/**
 * True when `relatedTo(index, article, …)` is exact: every topic of the article is on
 * at most `postingCap` other articles of its language, so no posting list was cut.
 */
export function isRelatedExact(index: RelatedIndex, article: number): boolean {
  const data = index[internal];
  const place = placeOfArticle(data, article);
  for (let k = data.itemTermStart[place]!; k < data.itemTermStart[place + 1]!; k++) {
    const term = data.itemTerms[k]!;
    if (data.postingStart[term + 1]! - data.postingStart[term]! - 1 > data.cap) return false;
  }
  return true;
}

function placeOfArticle(data: IndexData, article: number): number {
  if (!Number.isInteger(article) || article < 0 || article >= data.placeOf.length) {
    throw new RangeError(`Related article index ${String(article)} is outside 0–${data.placeOf.length - 1}.`);
  }
  return data.placeOf[article]!;
}

/** The running query: the article's place and time, and the best candidates so far. */
interface Query {
  readonly data: IndexData;
  readonly place: number;
  readonly time: number;
  readonly count: number;
  readonly stamp: number;
  /** Places of the best candidates, best first, and their scores. */
  readonly best: number[];
  readonly scores: number[];
  /** Score and time distance of the last of `count` best; -Infinity/Infinity until full. */
  worstScore: number;
  worstGap: number;
}

/**
 * Up to `count` articles related to `article` (an index into the input), best first.
 *
 * Candidates are the articles of the same language sharing a topic (read from the posting
 * lists, capped as `postingCap` says), ordered by:
 * 1. higher score (sum of the shared topics' weights) first;
 * 2. nearer publication time (smaller |Δtime|) first, whether before or after;
 * 3. the newer article first;
 * 4. `key` ascending (code-unit order).
 * When fewer than `count` share a topic, the rest are the newest articles of the same
 * language and section not listed yet (newest first, ties by key), with reason `section`.
 * Never the article itself, never another language. Throws a RangeError on a bad
 * `article` or a `count` that is not a whole number ≥ 0.
 *
 * Cost: a binary search and at most max(`postingCap`, `count`) entries per topic of the
 * article, usually far fewer (entries that can no longer enter the list are skipped),
 * plus at most 2 × `count` entries of the section list for a fill.
 */
export function relatedTo(index: RelatedIndex, article: number, count: number): readonly RelatedMatch[] {
  const data = index[internal];
  const place = placeOfArticle(data, article);
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`Related count must be a whole number ≥ 0; received ${String(count)}.`);
  }
  if (count === 0) return [];
  if (data.stamp >= 0x7fffffff) {
    data.seen.fill(0);
    data.stamp = 0;
  }
  data.stamp += 1;
  const query: Query = {
    data, place, time: data.times[place]!, count, stamp: data.stamp,
    best: [], scores: [], worstScore: -Infinity, worstGap: Infinity,
  };

  const first = data.itemTermStart[place]!;
  const last = data.itemTermStart[place + 1]!;
  for (let k = first; k < last; k++) {
    const term = data.itemTerms[k]!;
    data.queryWeights[term] = data.termWeights[term]!;
  }
  data.seen[place] = query.stamp;
  // Lists are read rarest first. `radii[j]` says which of the article's topics an unseen
  // candidate at time distance g may still share: those with radii[j] ≤ g. A list read to
  // the end gets Infinity (every article carrying it is seen); a list left early gets the
  // distance where it stopped; the lists still to read keep -Infinity.
  const weights: number[] = [];
  const radii: number[] = [];
  for (let k = first; k < last; k++) {
    weights.push(data.termWeights[data.itemTerms[k]!]!);
    radii.push(-Infinity);
  }
  for (let k = first; k < last; k++) radii[k - first] = readPosting(query, data.itemTerms[k]!, weights, radii);

  const matches: RelatedMatch[] = query.best.map((other, rank) => ({
    index: data.inputOf[other]!,
    score: query.scores[rank]!,
    shared: sharedSlugs(data, other),
    reason: "topics",
  }));
  for (let k = first; k < last; k++) data.queryWeights[data.itemTerms[k]!] = 0;
  // While the list is short, every candidate seen is in it, so `seen` also marks "listed".
  const group = data.itemGroup[place]!;
  for (let k = data.groupStart[group]!; k < data.groupStart[group + 1]! && matches.length < count; k++) {
    const other = data.groupItems[k]!;
    if (data.seen[other] === query.stamp) continue;
    matches.push({ index: data.inputOf[other]!, score: 0, shared: [], reason: "section" });
  }
  return matches;
}

/**
 * Reads one posting list in order of time distance from the article (nearer, then newer,
 * then key): whole when it has at most `cap` other entries, else its `cap` nearest.
 * Once the list is full, entries that cannot beat its last one, whatever they share, are
 * skipped or end the walk: the result is the same, only cheaper. Returns Infinity when
 * every entry was read, else the distance from which entries may be left unread.
 */
function readPosting(query: Query, term: number, weights: readonly number[], radii: readonly number[]): number {
  const { data, time, place } = query;
  const { postings, postingTimes: times } = data;
  const start = data.postingStart[term]!;
  const end = data.postingStart[term + 1]!;
  // Never fewer than `count`: a cut list then fills the whole block, so a section fill
  // never lists an article that shares a topic.
  const limit = Math.min(Math.max(data.cap, query.count), end - start - 1);
  // Entries at the article's own time come first (key order), then the walk goes outwards.
  const low = searchTime(times, start, end, time, false);
  const high = searchTime(times, low, end, time, true);
  let block = low;
  let left = low - 1;
  let right = high;
  let taken = 0;
  let gap = 0;
  let bound = 0;
  let boundUntil = -Infinity;
  while (taken < limit) {
    if (block < high && postings[block] === place) {
      block += 1;
      continue;
    }
    const leftGap = left >= start ? time - times[left]! : Infinity;
    const rightGap = right < end ? times[right]! - time : Infinity;
    gap = block < high ? 0 : Math.min(leftGap, rightGap);
    if (query.worstScore > -Infinity) {
      if (gap >= boundUntil) {
        bound = boundAt(weights, radii, gap);
        boundUntil = nextRadius(radii, gap);
      }
      if (isHopeless(query, bound, gap)) {
        if (boundUntil === Infinity) return gap;
        // Everything nearer than `boundUntil` is as hopeless: jump past it, still counting
        // it against the cap so the window stays the same.
        const skippedBlock = high - block - (block < high && postings[block]! <= place ? 1 : 0);
        const nextLeft = searchTime(times, start, left + 1, time - boundUntil, true) - 1;
        const nextRight = searchTime(times, right, end, time + boundUntil, false);
        taken += skippedBlock + (left - nextLeft) + (nextRight - right);
        if (taken >= limit) return gap;
        block = high;
        left = nextLeft;
        right = nextRight;
        continue;
      }
    }
    if (block < high) {
      consider(query, postings[block]!);
      block += 1;
      taken += 1;
    } else if (rightGap <= leftGap) {
      consider(query, postings[right]!);
      right += 1;
      taken += 1;
    } else {
      // Walking left meets equal times in descending key order; take such a run from its start.
      let runStart = left;
      while (runStart > start && times[runStart - 1] === times[left]) runStart -= 1;
      for (let k = runStart; k <= left && taken < limit; k++) {
        consider(query, postings[k]!);
        taken += 1;
      }
      left = runStart - 1;
    }
  }
  return limit === end - start - 1 ? Infinity : gap;
}

/**
 * Highest score of an unseen candidate at time distance `gap`: the weights of the topics
 * it may share, summed in ascending term order like every score, so no score computed
 * for such a candidate can exceed it, even after rounding.
 */
function boundAt(weights: readonly number[], radii: readonly number[], gap: number): number {
  let bound = 0;
  radii.forEach((radius, j) => {
    if (radius <= gap) bound += weights[j]!;
  });
  return bound;
}

/** The distance beyond `gap` at which `boundAt` next grows; Infinity if never. */
function nextRadius(radii: readonly number[], gap: number): number {
  let next = Infinity;
  for (const radius of radii) if (radius > gap && radius < next) next = radius;
  return next;
}

/** Can no candidate scoring at most `bound`, at time distance ≥ `gap`, enter the list? */
function isHopeless(query: Query, bound: number, gap: number): boolean {
  return bound < query.worstScore || (bound === query.worstScore && gap > query.worstGap);
}

/** First position in [from, to) whose time is ≥ `time` (or > `time` when `after`). */
function searchTime(times: Float64Array, from: number, to: number, time: number, after: boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = times[middle]!;
    if (value < time || (after && value === time)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Scores a candidate once and keeps it if it ranks among the best `count`. */
function consider(query: Query, other: number): void {
  const { data, best, scores, count } = query;
  if (data.seen[other] === query.stamp) return;
  data.seen[other] = query.stamp;
  // Adding 0 for unshared terms keeps the loop branch-free and the sum unchanged; summing
  // in term order (rarest first) gives equal sets of shared topics equal sums.
  const weights = data.queryWeights;
  const terms = data.itemTerms;
  const end = data.itemTermStart[other + 1]!;
  let score = 0;
  for (let k = data.itemTermStart[other]!; k < end; k++) score += weights[terms[k]!]!;
  if (score < query.worstScore) return;
  let at = best.length;
  if (at === count) {
    if (!ranksBefore(query, other, score, best[at - 1]!, scores[at - 1]!)) return;
    at -= 1;
  } else {
    best.push(other);
    scores.push(score);
  }
  while (at > 0 && ranksBefore(query, other, score, best[at - 1]!, scores[at - 1]!)) {
    best[at] = best[at - 1]!;
    scores[at] = scores[at - 1]!;
    at -= 1;
  }
  best[at] = other;
  scores[at] = score;
  if (best.length === count) {
    query.worstScore = scores[count - 1]!;
    query.worstGap = Math.abs(data.times[best[count - 1]!]! - query.time);
  }
}

/** The ranking comparator: does candidate `a` (score `sa`) come before `b` (score `sb`)? */
function ranksBefore(query: Query, a: number, sa: number, b: number, sb: number): boolean {
  if (sa !== sb) return sa > sb;
  const { times, keyRank } = query.data;
  const ta = times[a]!;
  const tb = times[b]!;
  const gapA = Math.abs(ta - query.time);
  const gapB = Math.abs(tb - query.time);
  if (gapA !== gapB) return gapA < gapB;
  if (ta !== tb) return ta > tb;
  return keyRank[a]! < keyRank[b]!;
}

/** The topics `other` shares with the queried article, rarest first. */
function sharedSlugs(data: IndexData, other: number): string[] {
  const shared: string[] = [];
  for (let k = data.itemTermStart[other]!; k < data.itemTermStart[other + 1]!; k++) {
    const term = data.itemTerms[k]!;
    if (data.queryWeights[term]! > 0) shared.push(data.termSlugs[term]!);
  }
  return shared;
}

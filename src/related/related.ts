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
// together in memory, and of two articles with the same time the one placed first has
// the smaller key. Typed arrays use a compressed-row layout: row `i` of `xStart`/`x`
// is x[xStart[i]..xStart[i+1]). Indices read from them are in range by construction,
// hence the `!` below.
interface IndexData {
  readonly cap: number;
  /** Input index of the article at each place, and the place of each input index. */
  readonly inputOf: Int32Array;
  readonly placeOf: Int32Array;
  readonly times: Float64Array;
  /** Terms are (language, topic) pairs, numbered rarest first, then by slug: language → slug → term. */
  readonly termIds: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly termSlugs: readonly string[];
  readonly termWeights: Float64Array;
  /** Each article's terms, ascending, so rarest first. */
  readonly itemTermStart: Int32Array;
  readonly itemTerms: Int32Array;
  /** Each term's articles in time order, with their times alongside. */
  readonly postingStart: Int32Array;
  readonly postings: Int32Array;
  readonly postingTimes: Float64Array;
  /** Where each article is in the posting list of each of its terms: `itemEntries[k]` for `itemTerms[k]`. */
  readonly itemEntries: Int32Array;
  /**
   * The terms of the article of each posting entry (its row of `itemTerms`, copied), so a
   * walk scores its candidates reading memory in sequence instead of all over the index.
   */
  readonly entryTermStart: Int32Array;
  readonly entryTerms: Int32Array;
  /** Each (language, section) group's articles, newest first (ties by key). */
  readonly itemGroup: Int32Array;
  readonly groupStart: Int32Array;
  readonly groupItems: Int32Array;
  /** Scratch: `seen[i] === stamp` when article i was listed by the running query. */
  readonly seen: Int32Array;
  /** Scratch: the weight of each term of the queried article, 0 for every other term. */
  readonly queryWeights: Float64Array;
  /** Scratch: the running query. */
  readonly query: Query;
  stamp: number;
}

/** The shared topics of a section fill. */
const noTopics: readonly string[] = Object.freeze([]);

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
  const { inputOf, placeOf, times } = placeInTimeOrder(items);
  const terms = numberTerms(items, inputOf);
  const postings = fillPostings(terms, times);
  const groups = groupBySection(items, inputOf, times);
  const data: IndexData = {
    cap,
    inputOf,
    placeOf,
    times,
    termIds: terms.termIds,
    termSlugs: terms.termSlugs,
    termWeights: terms.termWeights,
    itemTermStart: terms.itemTermStart,
    itemTerms: terms.itemTerms,
    postingStart: terms.postingStart,
    ...postings,
    ...groups,
    seen: new Int32Array(items.length),
    queryWeights: new Float64Array(terms.termSlugs.length),
    query: new Query(terms.mostTerms),
    stamp: 0,
  };
  return { size: items.length, postingCap: cap, [internal]: data };
}

/**
 * Numbers the articles by time, then key (duplicate keys by input order; callers report
 * duplicate URLs themselves). Keys are compared only between articles of the same time,
 * which are few.
 */
function placeInTimeOrder(items: readonly RelatedInput[]): Pick<IndexData, "inputOf" | "placeOf" | "times"> {
  const n = items.length;
  const inputTimes = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    if (!Number.isFinite(item.time)) {
      throw new TypeError(`Related input ${i} (${item.key}) has time ${String(item.time)}; expected epoch milliseconds.`);
    }
    inputTimes[i] = item.time;
    order.push(i);
  }
  order.sort((a, b) => inputTimes[a]! - inputTimes[b]! || compareKeys(items[a]!.key, items[b]!.key) || a - b);
  const inputOf = new Int32Array(order);
  const placeOf = new Int32Array(n);
  const times = new Float64Array(n);
  for (let place = 0; place < n; place++) {
    const input = inputOf[place]!;
    placeOf[input] = place;
    times[place] = inputTimes[input]!;
  }
  return { inputOf, placeOf, times };
}

/** The terms of the index, each article's terms, and the size of each term's posting list. */
interface Terms extends Pick<IndexData, "termIds" | "termSlugs" | "termWeights" | "itemTermStart" | "itemTerms"> {
  /** Where each term's posting list starts, as in `IndexData`; the lists are filled later. */
  readonly postingStart: Int32Array;
  /** The most terms of one article. */
  readonly mostTerms: number;
}

/** A term while the index is built: its language, slug and document frequency. */
interface DraftTerm {
  readonly lang: string;
  readonly slug: string;
  df: number;
}

/**
 * Finds the terms and their frequencies, then numbers them rarest first (then by slug),
 * so that every article's terms, sorted by number, are rarest first, then A–Z.
 */
function numberTerms(items: readonly RelatedInput[], inputOf: Int32Array): Terms {
  const n = inputOf.length;
  // Terms get draft numbers in order of first use, and final ones once counted.
  const langSizes = new Map<string, number>();
  const draftIds = new Map<string, Map<string, number>>();
  const drafts: DraftTerm[] = [];
  /** Place of the last article counted for each draft term, so a repeated topic counts once. */
  const lastPlace: number[] = [];
  let tags = 0;
  for (const item of items) tags += item.topics.length;
  const itemTermStart = new Int32Array(n + 1);
  // Room for every tag; a repeated topic leaves some unused at the end.
  const itemTerms = new Int32Array(tags);
  let used = 0;
  for (let place = 0; place < n; place++) {
    const item = items[inputOf[place]!]!;
    langSizes.set(item.lang, (langSizes.get(item.lang) ?? 0) + 1);
    let ids = draftIds.get(item.lang);
    if (ids === undefined) draftIds.set(item.lang, (ids = new Map()));
    for (const slug of item.topics) {
      let id = ids.get(slug);
      if (id === undefined) {
        id = drafts.length;
        ids.set(slug, id);
        drafts.push({ lang: item.lang, slug, df: 0 });
        lastPlace.push(-1);
      }
      if (lastPlace[id] !== place) {
        lastPlace[id] = place;
        drafts[id]!.df += 1;
        itemTerms[used++] = id;
      }
    }
    itemTermStart[place + 1] = used;
  }

  const termOrder = Array.from(drafts, (_, id) => id).sort((a, b) => {
    const x = drafts[a]!;
    const y = drafts[b]!;
    return x.df - y.df || compareKeys(x.slug, y.slug) || compareKeys(x.lang, y.lang);
  });
  const finalId = new Int32Array(drafts.length);
  const termIds = new Map<string, Map<string, number>>();
  const termSlugs: string[] = [];
  const termWeights = new Float64Array(drafts.length);
  const postingStart = new Int32Array(drafts.length + 1);
  termOrder.forEach((draftId, id) => {
    const draft = drafts[draftId]!;
    finalId[draftId] = id;
    let ids = termIds.get(draft.lang);
    if (ids === undefined) termIds.set(draft.lang, (ids = new Map()));
    ids.set(draft.slug, id);
    termSlugs.push(draft.slug);
    termWeights[id] = Math.log(1 + langSizes.get(draft.lang)! / draft.df);
    postingStart[id + 1] = postingStart[id]! + draft.df;
  });

  let mostTerms = 0;
  for (let place = 0; place < n; place++) {
    const from = itemTermStart[place]!;
    const to = itemTermStart[place + 1]!;
    for (let k = from; k < to; k++) itemTerms[k] = finalId[itemTerms[k]!]!;
    sortRange(itemTerms, from, to);
    mostTerms = Math.max(mostTerms, to - from);
  }
  return { termIds, termSlugs, termWeights, itemTermStart, itemTerms, postingStart, mostTerms };
}

/** Sorts `array[from..to)` ascending in place: an insertion sort, as an article has few topics. */
function sortRange(array: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const value = array[i]!;
    let j = i;
    while (j > from && array[j - 1]! > value) {
      array[j] = array[j - 1]!;
      j -= 1;
    }
    array[j] = value;
  }
}

/** Fills the posting lists, in place order, so each is in time order. */
function fillPostings(
  { itemTermStart, itemTerms, postingStart }: Terms,
  times: Float64Array,
): Pick<IndexData, "postings" | "postingTimes" | "itemEntries" | "entryTermStart" | "entryTerms"> {
  const terms = postingStart.length - 1;
  const postings = new Int32Array(postingStart[terms]!);
  const postingTimes = new Float64Array(postings.length);
  const itemEntries = new Int32Array(itemTerms.length);
  const cursor = postingStart.slice(0, terms);
  for (let place = 0; place < times.length; place++) {
    for (let k = itemTermStart[place]!; k < itemTermStart[place + 1]!; k++) {
      const at = cursor[itemTerms[k]!]!++;
      postings[at] = place;
      postingTimes[at] = times[place]!;
      itemEntries[k] = at;
    }
  }
  const entryTermStart = new Int32Array(postings.length + 1);
  for (let at = 0; at < postings.length; at++) {
    const place = postings[at]!;
    entryTermStart[at + 1] = entryTermStart[at]! + itemTermStart[place + 1]! - itemTermStart[place]!;
  }
  const entryTerms = new Int32Array(entryTermStart[postings.length]!);
  for (let at = 0; at < postings.length; at++) {
    const place = postings[at]!;
    let to = entryTermStart[at]!;
    for (let k = itemTermStart[place]!; k < itemTermStart[place + 1]!; k++) entryTerms[to++] = itemTerms[k]!;
  }
  return { postings, postingTimes, itemEntries, entryTermStart, entryTerms };
}

/** Groups the articles by language and section, each group newest first (ties by key). */
function groupBySection(
  items: readonly RelatedInput[],
  inputOf: Int32Array,
  times: Float64Array,
): Pick<IndexData, "itemGroup" | "groupStart" | "groupItems"> {
  const n = inputOf.length;
  const groupIds = new Map<string, Map<string, number>>();
  const groupSizes: number[] = [];
  const itemGroup = new Int32Array(n);
  for (let place = 0; place < n; place++) {
    const item = items[inputOf[place]!]!;
    let ids = groupIds.get(item.lang);
    if (ids === undefined) groupIds.set(item.lang, (ids = new Map()));
    let id = ids.get(item.section);
    if (id === undefined) {
      id = groupSizes.length;
      ids.set(item.section, id);
      groupSizes.push(0);
    }
    groupSizes[id]! += 1;
    itemGroup[place] = id;
  }
  const groupStart = new Int32Array(groupSizes.length + 1);
  groupSizes.forEach((size, g) => (groupStart[g + 1] = groupStart[g]! + size));
  const groupItems = new Int32Array(n);
  const cursor = groupStart.slice(0, groupSizes.length);
  // Runs of equal times from the newest, each run in place order, which is key order.
  for (let runEnd = n; runEnd > 0; ) {
    let runStart = runEnd - 1;
    while (runStart > 0 && times[runStart - 1] === times[runEnd - 1]) runStart -= 1;
    for (let place = runStart; place < runEnd; place++) groupItems[cursor[itemGroup[place]!]!++] = place;
    runEnd = runStart;
  }
  return { itemGroup, groupStart, groupItems };
}

/**
 * The weight one shared `slug` adds to a score among articles in `lang`
 * (`ln(1 + N / df)`, see `buildRelatedIndex`); 0 when no such article carries it.
 */
export function topicWeight(index: RelatedIndex, lang: string, slug: string): number {
  const data = index[internal];
  const term = data.termIds.get(lang)?.get(slug);
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

/**
 * The running query: the article, the best candidates so far, and how far each of the
 * article's posting lists was read. One per index, reset by every query, so a query
 * allocates little more than its answer.
 */
class Query {
  time = 0;
  count = 0;
  stamp = 0;
  /** How many of `best` are filled. */
  size = 0;
  /**
   * Places of the best candidates, best first, with their scores, time distances and
   * the posting entries they were read from.
   */
  best = new Int32Array(8);
  scores = new Float64Array(8);
  gaps = new Float64Array(8);
  entries = new Int32Array(8);
  /** Score and time distance of the last of `count` best; -Infinity/Infinity until full. */
  worstScore = -Infinity;
  worstGap = Infinity;
  /** The shared topics of each of the best, once the answer is written (see `sharedSlugs`). */
  readonly shared: (readonly string[])[] = [];
  /** Number of the article's terms; `weights` and `radii` hold one value for each. */
  terms = 0;
  /**
   * The article's term weights, rarest first, and for each term which unseen candidates
   * may still carry it: those at a time distance ≥ its radius (see `relatedTo`).
   */
  readonly weights: Float64Array;
  readonly radii: Float64Array;

  constructor(mostTerms: number) {
    this.weights = new Float64Array(mostTerms);
    this.radii = new Float64Array(mostTerms);
  }

  /** Starts a query for the article at `place`, asking for `count` (≥ 1) articles. */
  reset(data: IndexData, place: number, count: number): void {
    this.time = data.times[place]!;
    this.count = count;
    this.stamp = data.stamp;
    this.size = 0;
    this.worstScore = -Infinity;
    this.worstGap = Infinity;
    if (this.best.length < count) {
      this.best = new Int32Array(count);
      this.scores = new Float64Array(count);
      this.gaps = new Float64Array(count);
      this.entries = new Int32Array(count);
    }
  }
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
 * Cost: at most max(`postingCap`, `count`) entries per topic of the article, read from
 * where the article sits in each list, usually far fewer (entries that can no longer
 * enter the list are skipped), plus at most 2 × `count` entries of the section list for
 * a fill.
 */
export function relatedTo(index: RelatedIndex, article: number, count: number): readonly RelatedMatch[] {
  return collectRelated<RelatedMatch>(
    index,
    article,
    count,
    (data, query, rank) => ({
      index: data.inputOf[query.best[rank]!]!,
      score: query.scores[rank]!,
      shared: sharedSlugs(data, query, rank),
      reason: "topics",
    }),
    (data, place) => ({ index: data.inputOf[place]!, score: 0, shared: noTopics, reason: "section" }),
  );
}

/**
 * The indexes (into the input) of the articles {@link relatedTo} lists, in its order,
 * without scores or shared topics: what a page shows, at a small part of the memory.
 */
export function relatedIndexesTo(index: RelatedIndex, article: number, count: number): number[] {
  return collectRelated(
    index,
    article,
    count,
    (data, query, rank) => data.inputOf[query.best[rank]!]!,
    (data, place) => data.inputOf[place]!,
  );
}

/**
 * Runs the query of {@link relatedTo} and lists what it found, best first: `ranked`
 * describes the one at `rank` of the query's results (read while the query's weights
 * are set), `filled` a section fill at `place`.
 */
function collectRelated<T>(
  index: RelatedIndex,
  article: number,
  count: number,
  ranked: (data: IndexData, query: Query, rank: number) => T,
  filled: (data: IndexData, place: number) => T,
): T[] {
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
  const query = data.query;
  query.reset(data, place, count);

  const first = data.itemTermStart[place]!;
  const last = data.itemTermStart[place + 1]!;
  // Lists are read rarest first. `radii[j]` says which of the article's topics an unseen
  // candidate at time distance g may still share: those with radii[j] ≤ g. A list read to
  // the end gets Infinity (every article carrying it is seen); a list left early gets the
  // distance where it stopped; the lists still to read keep -Infinity.
  query.terms = last - first;
  for (let k = first; k < last; k++) {
    const term = data.itemTerms[k]!;
    data.queryWeights[term] = data.termWeights[term]!;
    query.weights[k - first] = data.termWeights[term]!;
    query.radii[k - first] = -Infinity;
  }
  data.seen[place] = query.stamp;
  for (let k = first; k < last; k++) query.radii[k - first] = readPosting(data, query, data.itemTerms[k]!, data.itemEntries[k]!);

  // Sized once when no fill is needed, as usual: the bulletin keeps every list.
  const matches: T[] = query.size === count ? new Array<T>(count) : [];
  for (let rank = 0; rank < query.size; rank++) matches[rank] = ranked(data, query, rank);
  for (let k = first; k < last; k++) data.queryWeights[data.itemTerms[k]!] = 0;
  // While the list is short, every candidate read is in it, and `seen` marks the listed.
  const group = data.itemGroup[place]!;
  for (let k = data.groupStart[group]!; k < data.groupStart[group + 1]! && matches.length < count; k++) {
    const other = data.groupItems[k]!;
    if (data.seen[other] === query.stamp) continue;
    matches.push(filled(data, other));
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
function readPosting(data: IndexData, query: Query, term: number, self: number): number {
  const { time } = query;
  const times = data.postingTimes;
  const start = data.postingStart[term]!;
  const end = data.postingStart[term + 1]!;
  // Never fewer than `count`: a cut list then fills the whole block, so a section fill
  // never lists an article that shares a topic.
  const limit = Math.min(Math.max(data.cap, query.count), end - start - 1);
  // The block of entries at the article's own time (`self`, the article's entry, among
  // them) comes first, in key order, then the walk goes outwards.
  const low = self > start && times[self - 1] === time ? searchTime(times, start, self, time, false) : self;
  const high = self + 1 < end && times[self + 1] === time ? searchTime(times, self + 1, end, time, true) : self + 1;
  let block = low;
  let left = low - 1;
  let right = high;
  let leftGap = left >= start ? time - times[left]! : Infinity;
  let rightGap = right < end ? times[right]! - time : Infinity;
  let taken = 0;
  let gap = 0;
  let bound = 0;
  let boundUntil = -Infinity;
  while (taken < limit) {
    if (block === self) {
      block += 1;
      continue;
    }
    gap = block < high ? 0 : leftGap < rightGap ? leftGap : rightGap;
    if (query.worstScore > -Infinity) {
      if (gap >= boundUntil) {
        bound = boundAt(query, gap);
        boundUntil = nextRadius(query, gap);
      }
      if (isHopeless(query, bound, gap)) {
        if (boundUntil === Infinity) return gap;
        // Everything nearer than `boundUntil` is as hopeless: jump past it, still counting
        // it against the cap so the window stays the same.
        const skippedBlock = high - block - (block <= self ? 1 : 0);
        const nextLeft = searchTime(times, start, left + 1, time - boundUntil, true) - 1;
        const nextRight = searchTime(times, right, end, time + boundUntil, false);
        taken += skippedBlock + (left - nextLeft) + (nextRight - right);
        if (taken >= limit) return gap;
        block = high;
        left = nextLeft;
        right = nextRight;
        leftGap = left >= start ? time - times[left]! : Infinity;
        rightGap = right < end ? times[right]! - time : Infinity;
        continue;
      }
    }
    if (block < high) {
      consider(data, query, block, 0);
      block += 1;
      taken += 1;
    } else if (rightGap <= leftGap) {
      consider(data, query, right, rightGap);
      right += 1;
      taken += 1;
      rightGap = right < end ? times[right]! - time : Infinity;
    } else {
      // Walking left meets equal times in descending key order; take such a run from its start.
      let runStart = left;
      while (runStart > start && times[runStart - 1] === times[left]) runStart -= 1;
      for (let k = runStart; k <= left && taken < limit; k++) {
        consider(data, query, k, leftGap);
        taken += 1;
      }
      left = runStart - 1;
      leftGap = left >= start ? time - times[left]! : Infinity;
    }
  }
  return limit === end - start - 1 ? Infinity : gap;
}

/**
 * Highest score of an unseen candidate at time distance `gap`: the weights of the topics
 * it may share, summed in ascending term order like every score, so no score computed
 * for such a candidate can exceed it, even after rounding.
 */
function boundAt(query: Query, gap: number): number {
  let bound = 0;
  for (let j = 0; j < query.terms; j++) if (query.radii[j]! <= gap) bound += query.weights[j]!;
  return bound;
}

/** The distance beyond `gap` at which `boundAt` next grows; Infinity if never. */
function nextRadius(query: Query, gap: number): number {
  let next = Infinity;
  for (let j = 0; j < query.terms; j++) {
    const radius = query.radii[j]!;
    if (radius > gap && radius < next) next = radius;
  }
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

/**
 * Scores the candidate of posting entry `at`, at time distance `gap`, and lists it if it
 * ranks among the best `count`. A candidate that cannot enter is dropped before anything
 * else is read about it; meeting it again in another list drops it again, as the list
 * only gets harder to enter.
 */
function consider(data: IndexData, query: Query, at: number, gap: number): void {
  // Adding 0 for unshared terms keeps the loop branch-free and the sum unchanged; summing
  // in term order (rarest first) gives equal sets of shared topics equal sums.
  const weights = data.queryWeights;
  const terms = data.entryTerms;
  const end = data.entryTermStart[at + 1]!;
  let score = 0;
  for (let k = data.entryTermStart[at]!; k < end; k++) score += weights[terms[k]!]!;
  if (!isHopeless(query, score, gap)) admit(data, query, at, score, gap);
}

/** Lists the article of posting entry `at`, unless already listed, in its rank among the best `count`. */
function admit(data: IndexData, query: Query, at: number, score: number, gap: number): void {
  const other = data.postings[at]!;
  if (data.seen[other] === query.stamp) return;
  data.seen[other] = query.stamp;
  const { best, scores, gaps, entries, count } = query;
  let rank = query.size;
  if (rank === count) {
    if (!ranksBefore(data, other, score, gap, best[rank - 1]!, scores[rank - 1]!, gaps[rank - 1]!)) return;
    rank -= 1;
  } else {
    query.size += 1;
  }
  while (rank > 0 && ranksBefore(data, other, score, gap, best[rank - 1]!, scores[rank - 1]!, gaps[rank - 1]!)) {
    best[rank] = best[rank - 1]!;
    scores[rank] = scores[rank - 1]!;
    gaps[rank] = gaps[rank - 1]!;
    entries[rank] = entries[rank - 1]!;
    rank -= 1;
  }
  best[rank] = other;
  scores[rank] = score;
  gaps[rank] = gap;
  entries[rank] = at;
  if (query.size === count) {
    query.worstScore = scores[count - 1]!;
    query.worstGap = gaps[count - 1]!;
  }
}

/**
 * The ranking comparator: does candidate `a` (score `sa`, time distance `ga`) come
 * before `b` (score `sb`, distance `gb`)?
 */
function ranksBefore(data: IndexData, a: number, sa: number, ga: number, b: number, sb: number, gb: number): boolean {
  if (sa !== sb) return sa > sb;
  if (ga !== gb) return ga < gb;
  const ta = data.times[a]!;
  const tb = data.times[b]!;
  if (ta !== tb) return ta > tb;
  // Same time: the place order is the key order.
  return a < b;
}

/**
 * The topics the candidate at `rank` of the best shares with the queried article, rarest
 * first, read from the posting entry it came from (still near in memory). A bulletin
 * keeps every list, so candidates of one query sharing the same topics get the same
 * array; they have the same score, hence sit next to each other.
 */
function sharedSlugs(data: IndexData, query: Query, rank: number): readonly string[] {
  const at = query.entries[rank]!;
  for (let before = rank - 1; before >= 0 && query.scores[before] === query.scores[rank]; before--) {
    if (sharesSame(data, query.entries[before]!, at)) return (query.shared[rank] = query.shared[before]!);
  }
  const from = data.entryTermStart[at]!;
  const to = data.entryTermStart[at + 1]!;
  let length = 0;
  for (let k = from; k < to; k++) if (data.queryWeights[data.entryTerms[k]!]! > 0) length += 1;
  const shared = new Array<string>(length);
  let next = 0;
  for (let k = from; k < to; k++) {
    const term = data.entryTerms[k]!;
    if (data.queryWeights[term]! > 0) shared[next++] = data.termSlugs[term]!;
  }
  return (query.shared[rank] = shared);
}

/** Do the articles of posting entries `a` and `b` share the same topics with the queried article? */
function sharesSame(data: IndexData, a: number, b: number): boolean {
  const { entryTermStart: start, entryTerms: terms, queryWeights: weights } = data;
  const endA = start[a + 1]!;
  const endB = start[b + 1]!;
  let i = start[a]!;
  let j = start[b]!;
  for (;;) {
    while (i < endA && weights[terms[i]!] === 0) i += 1;
    while (j < endB && weights[terms[j]!] === 0) j += 1;
    if (i === endA || j === endB) return i === endA && j === endB;
    if (terms[i] !== terms[j]) return false;
    i += 1;
    j += 1;
  }
}

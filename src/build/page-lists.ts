/**
 * Choosing which pages one Eleventy run writes. The site data holds its pages in lists
 * (articles, topic pages, archives, files…); these pure functions give Eleventy the same
 * data with shorter lists. `splitIntoBatches` bounds how many pages one run holds, so
 * memory stays flat however large the bulletin; `keepChangedPages` lets the dev server
 * write only the pages whose view changed since its previous build.
 */
import { sameValue } from "../views/same-value";
import type { SiteData } from "../views/types";

interface Page {
  readonly path: string;
}

type PageLists = ReadonlyMap<string, readonly Page[]>;

/** The lists of pages in `data`, by key, in the order of its fields. */
function pageListsOf(data: SiteData): PageLists {
  const lists = new Map<string, readonly Page[]>();
  for (const [key, value] of Object.entries(data)) if (isPageList(value)) lists.set(key, value);
  return lists;
}

/** `data` with its lists of pages replaced by `lists` (sub-lists of the same lists). */
function withPageLists(data: SiteData, lists: PageLists): SiteData {
  // Only lists of pages are replaced, each by a sub-list of itself: the shape is `SiteData`'s.
  return { ...data, ...Object.fromEntries(lists) } as SiteData;
}

/**
 * `data` cut into parts of at most `size` pages from its lists, in order. Pages outside
 * lists (one-off pages such as search) are in every part, as the templates expect them;
 * each run writes the same file. Always at least one part.
 */
export function splitIntoBatches(data: SiteData, size: number): SiteData[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`splitIntoBatches: size must be a whole number ≥ 1, not ${size}.`);
  const lists = pageListsOf(data);
  const empty = new Map([...lists.keys()].map((key) => [key, [] as readonly Page[]]));
  const batches: Map<string, readonly Page[]>[] = [];
  let current = new Map(empty);
  let room = size;
  for (const [key, pages] of lists) {
    for (let start = 0; start < pages.length; ) {
      if (room === 0) {
        batches.push(current);
        current = new Map(empty);
        room = size;
      }
      const part = pages.slice(start, start + room);
      current.set(key, part);
      start += part.length;
      room -= part.length;
    }
  }
  batches.push(current);
  return batches.map((batch) => withPageLists(data, batch));
}

/** The lists of pages a `SiteData` holds. */
export type PageListKey = "articles" | "topicPages" | "sectionPages" | "archives" | "singles" | "files";

/** `data` with every list of pages empty, but those given in `lists`, which replace theirs. */
export function withOnlyPages(data: SiteData, lists: Partial<Pick<SiteData, PageListKey>>): SiteData {
  const only = new Map<string, readonly Page[]>();
  for (const key of pageListsOf(data).keys()) only.set(key, []);
  for (const [key, pages] of Object.entries(lists)) only.set(key, pages);
  return withPageLists(data, only);
}

/** What a build's pages were, for comparing the next build with. */
export interface PageMemory {
  /** The site view every page shows. */
  readonly site: unknown;
  /** Each page's view, by output path. */
  readonly pages: ReadonlyMap<string, unknown>;
}

/** The result of {@link keepChangedPages}. */
export interface ChangedPages {
  /** `data` with only changed and new pages in its lists of pages. */
  readonly data: SiteData;
  readonly memory: PageMemory;
  /** Output paths of the previous build that no page has now. */
  readonly removed: readonly string[];
  /** Pages kept, out of all pages in lists. */
  readonly kept: number;
  readonly total: number;
}

/**
 * Compares `data` with the build remembered in `previous` (none: every page is new) and
 * keeps, in each list, the pages whose view differs or that are new. When the site view
 * every page shows changed, every page is kept. Pages of the previous build that are gone
 * are named in `removed`, so their files can be deleted. Views are compared value by
 * value; a text the previous build also had (an unchanged body) compares at once.
 */
export function keepChangedPages(data: SiteData, previous: PageMemory | undefined): ChangedPages {
  const everything = previous === undefined || !sameValue(previous.site, data.site);
  const pages = new Map<string, unknown>();
  const lists = new Map<string, readonly Page[]>();
  let kept = 0;
  let total = 0;
  for (const [key, list] of pageListsOf(data)) {
    const changed = list.filter((page) => {
      pages.set(page.path, page);
      return everything || !sameValue(previous.pages.get(page.path), page);
    });
    lists.set(key, changed);
    kept += changed.length;
    total += list.length;
  }
  for (const value of Object.values(data)) if (isPage(value)) pages.set(value.path, value);
  const removed = previous === undefined ? [] : [...previous.pages.keys()].filter((path) => !pages.has(path));
  return { data: withPageLists(data, lists), memory: { site: data.site, pages }, removed, kept, total };
}

function isPage(value: unknown): value is Page {
  return typeof value === "object" && value !== null && "path" in value && typeof value.path === "string";
}

function isPageList(value: unknown): value is readonly Page[] {
  return Array.isArray(value) && value.every(isPage);
}

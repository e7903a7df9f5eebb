/**
 * Pages a list the way topic and section pages are paged: `size` items a page, newest
 * first as given, at least one page, each page with its neighbours. Pure: the items and
 * a function from page number to site path in, the pages out.
 */

/** One page of a paged list. */
export interface ListPage<T> {
  /** From 1. */
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly items: readonly T[];
  /** Site path of this page. */
  readonly path: string;
  /** Site path of the page before; absent on page 1. */
  readonly previousPath?: string;
  /** Site path of the page after; absent on the last page. */
  readonly nextPath?: string;
}

/**
 * Splits `items` into pages of `size` (a whole number ≥ 1), in order. An empty list still
 * has its first page, so a list's first URL always exists.
 */
export function paginateList<T>(items: readonly T[], size: number, pathOf: (page: number) => string): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginateList: size must be a whole number from 1, got ${String(size)}.`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const pages: ListPage<T>[] = [];
  for (let page = 1; page <= pageCount; page++) {
    pages.push({
      pageNumber: page,
      pageCount,
      items: items.slice((page - 1) * size, page * size),
      path: pathOf(page),
      ...(page > 1 ? { previousPath: pathOf(page - 1) } : {}),
      ...(page < pageCount ? { nextPath: pathOf(page + 1) } : {}),
    });
  }
  return pages;
}

/** A paged list's page title: the list's name on page 1, "Name, page N" after it. */
export function listPageTitle(name: string, pageNumber: number): string {
  return pageNumber === 1 ? name : `${name}, page ${pageNumber}`;
}

/**
 * Links between the pages of a paged list: "Newer" to the previous page, "Older" to the
 * next, and where the reader is. Renders nothing when the list fits on one page.
 */

/** Props of {@link Pagination}: the URLs are absent on the first and last page. */
export interface PaginationProps {
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly previousUrl?: string | undefined;
  readonly nextUrl?: string | undefined;
}

/** `<nav class="pagination">` with `rel="prev"` / `rel="next"` links where present. */
export function Pagination({ pageNumber, pageCount, previousUrl, nextUrl }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label="Pagination">
      {previousUrl !== undefined && (
        <a rel="prev" href={previousUrl}>
          Newer
        </a>
      )}
      <span class="page-position">
        Page {pageNumber} of {pageCount}
      </span>
      {nextUrl !== undefined && (
        <a rel="next" href={nextUrl}>
          Older
        </a>
      )}
    </nav>
  );
}

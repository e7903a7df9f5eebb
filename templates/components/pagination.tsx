/**
 * Links between the pages of a paged list: "Newer articles" to the previous page, "Older
 * articles" to the next, and where the reader is, which also names the navigation.
 * Renders nothing when the list fits on one page.
 */

/** Props of {@link Pagination}: the URLs are absent on the first and last page. */
export interface PaginationProps {
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly previousUrl?: string | undefined;
  readonly nextUrl?: string | undefined;
}

/**
 * `<nav class="pagination">` labelled by its visible "Page N of M", with `rel="prev"` /
 * `rel="next"` links where present.
 */
export function Pagination({ pageNumber, pageCount, previousUrl, nextUrl }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-labelledby="page-position">
      <p id="page-position" class="page-position">
        Page {pageNumber} of {pageCount}
      </p>
      <ul>
        {previousUrl !== undefined && (
          <li>
            <a rel="prev" href={previousUrl}>
              <span aria-hidden="true">← </span>Newer articles
            </a>
          </li>
        )}
        {nextUrl !== undefined && (
          <li>
            <a rel="next" href={nextUrl}>
              Older articles<span aria-hidden="true"> →</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

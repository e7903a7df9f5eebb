/**
 * The content of one page of a section: the section's name, how many articles it has,
 * this page's articles newest first, and links to newer and older pages.
 */
import type { SectionPageView } from "../../src/views/types";
import { PagedListPage } from "./paged-list-page";

/** Heading, count line, article list and pagination of a section page. */
export function SectionPage({ view }: { readonly view: SectionPageView }) {
  return <PagedListPage kind="Section" name={view.name} view={view} />;
}

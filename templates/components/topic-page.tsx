/**
 * The content of one page of a topic index: the topic's name and description, how many
 * articles it has, this page's articles newest first, and links to newer and older pages.
 */
import type { TopicPageView } from "../../src/views/types";
import { PagedListPage } from "./paged-list-page";

/** Heading, description, count line, article list and pagination of a topic page. */
export function TopicPage({ view }: { readonly view: TopicPageView }) {
  return <PagedListPage kind="Topic" name={view.name} description={view.topicDescription} view={view} />;
}

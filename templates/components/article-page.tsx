/**
 * The content of an article page: headline, summary and dateline, lead figure, body
 * (trusted HTML from markdown-it, injected as is), source line, topic links,
 * corrections, then the Related Topics aside. Everything but the body is escaped text.
 * A published article also carries Pagefind's attributes: only its headline, summary and
 * body are indexed; its topics, section and year are filters; headline, summary and date
 * are the result's metadata. Drafts and scheduled articles carry none, so never indexed.
 */
import type { ArticlePageView, FigureView } from "../../src/views/types";
import { Picture } from "./picture";
import { RelatedTopics } from "./related-topics";
import { StatusBadge } from "./status-badge";
import { Time } from "./time";

/** The `<article>` and its Related Topics, to sit directly in `<main>`. */
export function ArticlePage({ view }: { readonly view: ArticlePageView }) {
  return (
    <>
      <article
        class="article"
        data-status={view.status === "published" ? undefined : view.status}
        {...(view.search && { "data-pagefind-filter": `year:${view.search.year}`, "data-pagefind-sort": `date:${view.search.sortKey}` })}
      >
        <header>
          <StatusBadge status={view.status} />
          <p class="section" {...(view.search && { "data-pagefind-filter": "section" })}>
            <a href={view.sectionUrl}>{view.section}</a>
          </p>
          <h1 {...(view.search && { "data-pagefind-body": "", "data-pagefind-meta": "title" })}>{view.headline}</h1>
          <p class="summary" {...(view.search && { "data-pagefind-body": "", "data-pagefind-meta": "summary" })}>
            {view.summary}
          </p>
          <Dateline view={view} />
        </header>
        {view.figure !== undefined && <LeadFigure figure={view.figure} />}
        <div
          class="body"
          {...(view.search && { "data-pagefind-body": "" })}
          {...(view.search?.extraWords && { "data-pagefind-index-attrs": "data-search-words", "data-search-words": view.search.extraWords })}
          dangerouslySetInnerHTML={{ __html: view.bodyHtml }}
        />
        {view.source !== undefined && (
          <p class="source">
            Source: {view.source.url === undefined ? view.source.name : <a href={view.source.url}>{view.source.name}</a>}
          </p>
        )}
        {view.topics.length > 0 && (
          <nav class="topics" aria-label="Topics">
            <ul>
              {view.topics.map((topic) => (
                <li>
                  <a href={topic.url} {...(view.search && { "data-pagefind-filter": "topic" })}>
                    {topic.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {view.corrections.length > 0 && (
          <section class="corrections" aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">Corrections</h2>
            <ul>
              {view.corrections.map((correction) => (
                <li>
                  <Time time={correction.date} /> {correction.text}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
      <RelatedTopics items={view.related} />
    </>
  );
}

/**
 * "Hanoi · By Lan Anh · Published … · Updated …", each part only when present; the
 * publication date links to its month's archive.
 */
function Dateline({ view }: { readonly view: ArticlePageView }) {
  return (
    <p class="dateline">
      {view.location !== undefined && (
        <>
          <span class="location">{view.location}</span>
          {" · "}
        </>
      )}
      {view.author !== undefined && (
        <>
          <span class="byline">By {view.author}</span>
          {" · "}
        </>
      )}
      Published{" "}
      <a
        class="archive-link"
        href={view.archiveUrl}
        {...(view.search && { "data-pagefind-meta": `date_text, date:${view.published.iso}` })}
      >
        <Time time={view.published} className="published" />
      </a>
      {view.updated !== undefined && (
        <>
          {" · Updated "}
          <Time time={view.updated} className="updated" />
        </>
      )}
    </p>
  );
}

/** The lead image with "caption (Photo: credit)", or whichever of the two is present. */
function LeadFigure({ figure }: { readonly figure: FigureView }) {
  const { caption, credit } = figure;
  return (
    // Kept out of the search index: Pagefind would make its image and alt text result metadata.
    <figure class="lead" data-pagefind-ignore="all">
      <Picture picture={figure} alt={figure.alt} lead />
      {(caption !== undefined || credit !== undefined) && (
        <figcaption>
          {caption}
          {caption !== undefined && credit !== undefined && " "}
          {credit !== undefined && <span class="credit">(Photo: {credit})</span>}
        </figcaption>
      )}
    </figure>
  );
}

/**
 * The content of an article page: headline, summary and dateline, lead figure, body
 * (trusted HTML from markdown-it, injected as is), source line, topic links,
 * corrections, then the Related Topics aside. Everything but the body is escaped text.
 */
import type { ArticlePageView, FigureView } from "../../src/views/types";
import { RelatedTopics } from "./related-topics";
import { StatusBadge } from "./status-badge";
import { Time } from "./time";

/** The `<article>` and its Related Topics, to sit directly in `<main>`. */
export function ArticlePage({ view }: { readonly view: ArticlePageView }) {
  return (
    <>
      <article class="article" data-status={view.status === "published" ? undefined : view.status}>
        <header>
          <StatusBadge status={view.status} />
          <p class="section">{view.section}</p>
          <h1>{view.headline}</h1>
          <p class="summary">{view.summary}</p>
          <Dateline view={view} />
        </header>
        {view.figure !== undefined && <LeadFigure figure={view.figure} />}
        <div class="body" dangerouslySetInnerHTML={{ __html: view.bodyHtml }} />
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
                  <a href={topic.url}>{topic.text}</a>
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
      <a class="archive-link" href={view.archiveUrl}>
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
    <figure class="lead">
      <img
        src={figure.src}
        alt={figure.alt}
        width={figure.width}
        height={figure.height}
        fetchpriority="high"
        decoding="async"
      />
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

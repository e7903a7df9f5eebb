/**
 * The whole HTML document around a page: head (title, description, canonical, Open Graph,
 * Twitter card and JSON-LD from the view, stylesheet), skip link, site header and
 * navigation, `<main id="main">` holding the page, and footer with the year archives.
 * Under the dev server a banner says that drafts and scheduled articles are shown.
 */
import type { ComponentChildren } from "preact";
import type { PageView, SiteView } from "../../src/views/types";

/** Props of {@link Layout}. */
export interface LayoutProps {
  readonly site: SiteView;
  readonly page: PageView;
  readonly children: ComponentChildren;
}

/** The `<html>` document for `page`; `children` become the content of `<main>`. */
export function Layout({ site, page, children }: LayoutProps) {
  return (
    <html lang={page.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* The home page's title is the bulletin's name alone. */}
        <title>{page.kind === "home" ? site.name : `${page.title} — ${site.name}`}</title>
        <meta name="description" content={page.description} />
        <link rel="canonical" href={page.canonical} />
        {page.head.meta.map((meta) => (
          <meta property={meta.property} name={meta.name} content={meta.content} />
        ))}
        {/* Serialized with `<`, `>` and `&` escaped: editor text cannot end the element. */}
        {page.head.jsonLd.map((text) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: text }} />
        ))}
        <link rel="stylesheet" href={site.links.stylesheet} />
        <link rel="alternate" type="application/atom+xml" title={`${site.name} (Atom)`} href={site.links.atomFeed} />
        <link rel="alternate" type="application/feed+json" title={`${site.name} (JSON Feed)`} href={site.links.jsonFeed} />
        {/* A topic page also offers the topic's own feed. */}
        {page.kind === "topic" && page.feedUrl && (
          <link rel="alternate" type="application/atom+xml" title={`${page.name} — ${site.name} (Atom)`} href={page.feedUrl} />
        )}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          {site.dev && <p class="preview-banner">Preview: drafts and scheduled articles are shown</p>}
          {site.dev && site.problems && site.problems.length > 0 && (
            <section class="preview-problems" role="alert" aria-label="Problems in the bulletin">
              <pre>{site.problems.join("\n")}</pre>
            </section>
          )}
          <div class="site-header-inner">
            <a class="site-name" href={site.links.home}>
              {site.name}
            </a>
            <nav class="site-nav" aria-label="Main">
              <ul>
                <li>
                  <a href={site.links.home} aria-current={page.kind === "home" ? "page" : undefined}>
                    Home
                  </a>
                </li>
                <li>
                  <a href={site.links.topics} aria-current={page.kind === "topics" ? "page" : undefined}>
                    Topics
                  </a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class={`page page-${page.kind}`}>
          {children}
        </main>
        <footer class="site-footer">
          <nav aria-label="Footer">
            <a href={site.links.topics}>All topics</a>
          </nav>
          {site.years.length > 0 && (
            <nav class="archive-years" aria-label="Archives">
              <ul>
                {site.years.map((year) => (
                  <li>
                    <a href={year.url}>{year.text}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <p>{site.name}</p>
        </footer>
      </body>
    </html>
  );
}

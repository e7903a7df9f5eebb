/**
 * The whole HTML document around a page: head (title, description, canonical, Open Graph,
 * Twitter card and JSON-LD from the view, stylesheet), skip link, site header with the
 * main and section navigation, `<main id="main">` holding the page, and a footer with
 * the topics and sections, the year archives and the feeds, each a labelled `<nav>`.
 * Under the dev server a banner says that drafts and scheduled articles are shown.
 */
import type { ComponentChildren } from "preact";
import { renderToStaticMarkup } from "preact-render-to-string";
import type { PageView, SiteView } from "../../src/views/types";

/** Props of {@link Layout}. */
export interface LayoutProps {
  readonly site: SiteView;
  readonly page: PageView;
  readonly children: ComponentChildren;
}

/**
 * `aria-current` of a navigation link on `page`: `"page"` for the page itself, `"true"` for
 * the list the page lies within (its section, the topics), nothing otherwise.
 */
function currentOf(page: PageView, url: string): "page" | "true" | undefined {
  if (page.url === url) return "page";
  return page.within === url ? "true" : undefined;
}

/** The `<html>` document for `page`; `children` become the content of `<main>`. */
export function Layout({ site, page, children }: LayoutProps) {
  const chrome = chromeOf(site, page);
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
        <link rel="icon" type="image/svg+xml" href={site.links.icon} />
        <link rel="alternate" type="application/atom+xml" title={`${site.name} (Atom)`} href={site.links.atomFeed} />
        <link rel="alternate" type="application/feed+json" title={`${site.name} (JSON Feed)`} href={site.links.jsonFeed} />
        {/* A topic page also offers the topic's own feed. */}
        {page.kind === "topic" && page.feedUrl && (
          <link rel="alternate" type="application/atom+xml" title={`${page.name} — ${site.name} (Atom)`} href={page.feedUrl} />
        )}
      </head>
      <body>
        {/* The first Tab stop: past the header's links straight to the page's content. */}
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        {/* The same on every page that marks the same links current: rendered once for each. */}
        <header class="site-header" dangerouslySetInnerHTML={{ __html: chrome.header }} />
        {/* tabindex -1: the skip link moves keyboard focus here, not only the view. */}
        <main id="main" class={`page page-${page.kind}`} tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer" dangerouslySetInnerHTML={{ __html: chrome.footer }} />
      </body>
    </html>
  );
}

/** The inner HTML of the site header and footer on a page. */
interface Chrome {
  readonly header: string;
  readonly footer: string;
}

// By site, then by which of the navigation's links are current: a bulletin's thousands of
// pages share a few dozen headers and footers (one per section, year or list they lie in).
const chromes = new WeakMap<SiteView, Map<string, Chrome>>();

/** The header and footer of `page`, rendered the first time a page marks the same links current. */
function chromeOf(site: SiteView, page: PageView): Chrome {
  const links = [site.links.home, site.links.topics, site.links.search, ...site.sections.map((s) => s.url), ...site.years.map((y) => y.url)];
  const key = links.map((url) => currentOf(page, url) ?? "").join("\n");
  let bySite = chromes.get(site);
  if (!bySite) {
    bySite = new Map();
    chromes.set(site, bySite);
  }
  let chrome = bySite.get(key);
  if (!chrome) {
    chrome = {
      header: renderToStaticMarkup(<HeaderContent site={site} page={page} />),
      footer: renderToStaticMarkup(<FooterContent site={site} page={page} />),
    };
    bySite.set(key, chrome);
  }
  return chrome;
}

/** The site header's content: preview notices, masthead with the main navigation, sections. */
function HeaderContent({ site, page }: { readonly site: SiteView; readonly page: PageView }) {
  return (
    <>
      {site.dev && <p class="preview-banner">Preview: drafts and scheduled articles are shown</p>}
      {site.dev && site.problems && site.problems.length > 0 && (
        <section class="preview-problems" role="alert" aria-label="Problems in the bulletin">
          <pre>{site.problems.join("\n")}</pre>
        </section>
      )}
      <div class="masthead">
        <a class="site-name" href={site.links.home}>
          {site.name}
        </a>
        <nav class="site-nav" aria-label="Main">
          <ul>
            <li>
              <a href={site.links.home} aria-current={currentOf(page, site.links.home)}>
                Home
              </a>
            </li>
            <li>
              <a href={site.links.topics} aria-current={currentOf(page, site.links.topics)}>
                Topics
              </a>
            </li>
            <li>
              <a href={site.links.search} aria-current={currentOf(page, site.links.search)}>
                Search
              </a>
            </li>
          </ul>
        </nav>
      </div>
      {site.sections.length > 0 && (
        <nav class="section-nav" aria-label="Sections">
          <ul>
            <SectionItems site={site} page={page} />
          </ul>
        </nav>
      )}
    </>
  );
}

/** The site footer's content: topics and sections, year archives, feeds, colophon. */
function FooterContent({ site, page }: { readonly site: SiteView; readonly page: PageView }) {
  return (
    <>
      <nav aria-labelledby="footer-browse">
        <h2 id="footer-browse">Topics and sections</h2>
        <ul>
          <li>
            <a href={site.links.topics} aria-current={currentOf(page, site.links.topics)}>
              All topics, A–Z
            </a>
          </li>
          <SectionItems site={site} page={page} />
        </ul>
      </nav>
      {site.years.length > 0 && (
        <nav class="archive-years" aria-labelledby="footer-archives">
          <h2 id="footer-archives">Archives</h2>
          <ul>
            {site.years.map((year) => (
              <li>
                <a href={year.url} aria-current={currentOf(page, year.url)}>
                  {year.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <nav aria-labelledby="footer-feeds">
        <h2 id="footer-feeds">Feeds</h2>
        <ul>
          <li>
            <a href={site.links.atomFeed} type="application/atom+xml">
              Atom feed
            </a>
          </li>
          <li>
            <a href={site.links.jsonFeed} type="application/feed+json">
              JSON Feed
            </a>
          </li>
        </ul>
      </nav>
      <p class="colophon">{site.name}</p>
    </>
  );
}

/** One list item per section, linking to its first page; used by the header and the footer. */
function SectionItems({ site, page }: { readonly site: SiteView; readonly page: PageView }) {
  return (
    <>
      {site.sections.map((section) => (
        <li>
          <a href={section.url} aria-current={currentOf(page, section.url)}>
            {section.text}
          </a>
        </li>
      ))}
    </>
  );
}

import * as cheerio from "cheerio";
import fc from "fast-check";
import { renderToStaticMarkup } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { buildTextFiles } from "../../../src/feeds/build-text-files";
import type { JsonFeed } from "../../../src/feeds/json-feed";
import { firstControlCharacter } from "../../../src/source/decode-text";
import type { TextFileView } from "../../../src/views/types";
import { render } from "../../../templates/article.11ty";
import { atomNs, childOf, childrenOf, makeArticle, makeSite, parseXml, rootOf, textOf } from "../feeds/support";
import { fileText } from "../../../src/feeds/file-text";

/** Pieces that mean something in HTML, XML, JSON or a script, drawn as often as any other character. */
const markup = fc.constantFrom("<", ">", "&", '"', "'", "\r", "\n", "\r\n", "\t", " ", "]]>", "</script>", "<!--", "&amp;", "\\", "\u2028", "\u2029", "{{ x }}");

/** Any text an editor can get past the loader: every Unicode character but the refused controls. */
const anyText = fc
  .string({ unit: fc.oneof(markup, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), maxLength: 40 })
  .filter((text) => firstControlCharacter(text) === undefined);

/** Text the loader accepts where a field must not be blank. */
const filledText = anyText.filter((text) => text.trim() !== "");

/** HTML and XML parsers read CR and CRLF as LF: compare after doing the same. */
const lf = (text: string) => text.replace(/\r\n?/g, "\n");

/** The feed writes U+2028 and U+2029 as references, so XML parsers give them back unchanged. */
const xmlLf = lf;

function fileOf(files: readonly TextFileView[], path: string): string {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no ${path}`);
  return fileText(file.content);
}

describe("escaping holds for any string in any field", () => {
  it("the page, the Atom feed and the JSON feed give back what the editor typed", () => {
    fc.assert(
      fc.property(
        fc.record({
          title: filledText,
          summary: filledText,
          tag: filledText,
          author: filledText,
          location: filledText,
          alt: filledText,
          caption: filledText,
          credit: filledText,
          sourceName: filledText,
        }),
        (typed) => {
          const article = makeArticle("story", "2026-11-27T10:00:00+07:00", {
            title: typed.title,
            summary: typed.summary,
            tags: [typed.tag],
            author: typed.author,
            location: typed.location,
            image: { file: "content/images/story.jpg", alt: typed.alt, caption: typed.caption, credit: typed.credit },
            source: { name: typed.sourceName, url: "https://example.org/source" },
          });
          const { bulletin, pages, buildTime } = makeSite([article]);
          const view = pages.articles[0];
          if (!view) throw new Error("the article was not published");

          const $ = cheerio.load(renderToStaticMarkup(render({ view, communique: pages })));
          expect(lf($("h1").text())).toBe(lf(typed.title));
          expect(lf($("meta[name=description]").attr("content") ?? "")).toBe(lf(typed.summary));
          expect(lf($("article > header > p.summary").text())).toBe(lf(typed.summary));
          expect(lf($("p.dateline .location").text())).toBe(lf(typed.location));
          expect(lf($("p.dateline .byline").text())).toBe(lf(`By ${typed.author}`));
          expect(lf($("figure.lead img").attr("alt") ?? "")).toBe(lf(typed.alt));
          expect(lf($("figure.lead .credit").text())).toBe(lf(`(Photo: ${typed.credit})`));
          expect(lf($("figure.lead figcaption").text())).toBe(lf(`${typed.caption} (Photo: ${typed.credit})`));
          expect(lf($("p.source a").text())).toBe(lf(typed.sourceName));
          // A topic is named by its tag as typed, in NFC and without surrounding spaces.
          expect($("nav.topics a").map((_, link) => lf($(link).text())).get()).toEqual([lf(typed.tag.normalize("NFC").trim())]);
          const documents = $('script[type="application/ld+json"]')
            .map((_, script) => JSON.parse($(script).html() ?? "") as { "@type"?: string; headline?: string })
            .get();
          const news = documents.find((document) => document["@type"] === "NewsArticle");
          expect(lf(news?.headline ?? "")).toBe(lf(typed.title));

          const files = buildTextFiles(bulletin, pages, buildTime);
          const entries = childrenOf(rootOf(parseXml(fileOf(files, "/feed.xml"))), atomNs, "entry");
          expect(entries).toHaveLength(1);
          const entry = entries[0];
          if (!entry) throw new Error("no entry");
          expect(xmlLf(textOf(entry, atomNs, "title"))).toBe(xmlLf(typed.title));
          expect(xmlLf(textOf(entry, atomNs, "summary"))).toBe(xmlLf(typed.summary));
          expect(xmlLf(textOf(childOf(entry, atomNs, "author"), atomNs, "name"))).toBe(xmlLf(typed.author));

          const json = JSON.parse(fileOf(files, "/feed.json")) as JsonFeed;
          expect(json.items[0]?.title).toBe(typed.title);
          expect(json.items[0]?.summary).toBe(typed.summary);
        },
      ),
      {
        numRuns: 100,
        // Found by an earlier run: U+FFFD, which an editor can paste, is text like any other.
        examples: [[{ title: "!", summary: "\uFFFD", tag: "!", author: "<", location: "<", alt: "<", caption: "!", credit: "!", sourceName: "!" }]],
      },
    );
  });
});

import type { Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { renderAtomFeed } from "../../../src/feeds/atom";
import { atomNs, childOf, childrenOf, editorText, lead, older, parseXml, rootOf, sampleFeed as feed, textOf, xmlNs } from "./support";

const links = (parent: Element) =>
  childrenOf(parent, atomNs, "link").map((link) => [link.getAttribute("rel"), link.getAttribute("type"), link.getAttribute("href")]);

describe("renderAtomFeed", () => {
  const root = rootOf(parseXml(renderAtomFeed(feed)));
  const entries = childrenOf(root, atomNs, "entry");
  const [first, second] = entries as [Element, Element];

  it("writes the feed's required elements, with the newest change as `updated`", () => {
    expect([root.namespaceURI, root.localName, root.getAttributeNS(xmlNs, "lang")]).toEqual([atomNs, "feed", "en"]);
    expect(textOf(root, atomNs, "id")).toBe("https://example.org/bulletin/feed.xml");
    expect(textOf(root, atomNs, "title")).toBe(`The "Diplomatic" Bulletin & Co`);
    expect(textOf(root, atomNs, "updated")).toBe("2024-01-21T08:15:00+07:00");
    expect(links(root)).toEqual([
      ["self", "application/atom+xml", "https://example.org/bulletin/feed.xml"],
      ["alternate", "text/html", "https://example.org/bulletin/"],
    ]);
    const author = childOf(root, atomNs, "author");
    expect([textOf(author, atomNs, "name"), textOf(author, atomNs, "uri")]).toEqual([
      "The Diplomatic Bulletin",
      "https://example.org/bulletin/",
    ]);
    expect(entries).toHaveLength(2);
  });

  it("writes an entry with every field, editor text unchanged", () => {
    expect(textOf(first, atomNs, "id")).toBe(lead.url);
    expect(textOf(first, atomNs, "title")).toBe(editorText);
    expect(links(first)).toEqual([["alternate", "text/html", lead.url]]);
    expect(textOf(first, atomNs, "published")).toBe("2024-01-20T10:00:00+07:00");
    expect(textOf(first, atomNs, "updated")).toBe("2024-01-21T08:15:00+07:00");
    expect(textOf(childOf(first, atomNs, "author"), atomNs, "name")).toBe(`Lan Anh & "Min-jun" <대한민국>`);
    expect(childrenOf(first, atomNs, "category").map((c) => [c.getAttribute("term"), c.getAttribute("label")])).toEqual([
      ["asean", "ASEAN"],
      ["viet-nam", "Việt Nam & <Friends>"],
    ]);
    expect(textOf(first, atomNs, "summary")).toBe(`Summary: ${editorText}`);
    const content = childOf(first, atomNs, "content");
    expect([content.getAttribute("type"), content.getAttributeNS(xmlNs, "base"), content.textContent]).toEqual([
      "html",
      "https://example.org/bulletin/",
      lead.contentHtml,
    ]);
    expect(first.getAttributeNS(xmlNs, "lang")).toBeNull();
  });

  it("falls back to the bulletin as author and to publication as update, in the site's zone and language", () => {
    expect(textOf(childOf(second, atomNs, "author"), atomNs, "name")).toBe("The Diplomatic Bulletin");
    expect(textOf(second, atomNs, "published")).toBe("2024-01-19T03:00:00+07:00");
    expect(textOf(second, atomNs, "updated")).toBe("2024-01-19T03:00:00+07:00");
    expect(childrenOf(second, atomNs, "category")).toEqual([]);
    expect(second.getAttributeNS(xmlNs, "lang")).toBe("vi");
  });

  it("takes the build time as `updated` of a feed with no entries", () => {
    const empty = rootOf(parseXml(renderAtomFeed({ ...feed, entries: [] })));
    expect(textOf(empty, atomNs, "updated")).toBe("2026-11-28T12:00:00+07:00");
    expect(childrenOf(empty, atomNs, "entry")).toEqual([]);
  });

  it("drops characters XML forbids instead of writing an invalid file", () => {
    const text = "Bell\u0007 and null\u0000 gone";
    const entry = { ...older, title: text, summary: text, contentHtml: `<p>${text}</p>` };
    const parsed = childOf(rootOf(parseXml(renderAtomFeed({ ...feed, entries: [entry] }))), atomNs, "entry");
    expect([textOf(parsed, atomNs, "title"), textOf(parsed, atomNs, "summary"), textOf(parsed, atomNs, "content")]).toEqual([
      "Bell and null gone",
      "Bell and null gone",
      "<p>Bell and null gone</p>",
    ]);
  });

  it("writes an entry shared by two feeds from each feed's own settings", () => {
    const entry = { ...older, lang: "en" };
    const inEnglish = rootOf(parseXml(renderAtomFeed({ ...feed, entries: [entry] })));
    const inVietnamese = rootOf(parseXml(renderAtomFeed({ ...feed, lang: "vi", authorName: "Bản tin", entries: [entry] })));
    const [english] = childrenOf(inEnglish, atomNs, "entry") as [Element];
    const [vietnamese] = childrenOf(inVietnamese, atomNs, "entry") as [Element];
    expect(english.hasAttributeNS(xmlNs, "lang")).toBe(false);
    expect(vietnamese.getAttributeNS(xmlNs, "lang")).toBe("en");
    expect(textOf(childOf(vietnamese, atomNs, "author"), atomNs, "name")).toBe(older.author ?? "Bản tin");
  });
});

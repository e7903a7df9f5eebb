import { describe, expect, it } from "vitest";
import { createMarkdownRenderer, findDeepNesting, imageSource, maxMarkdownNesting } from "../../../src/markdown/render-markdown";
import type { PictureView } from "../../../src/views/types";

const render = createMarkdownRenderer();

describe("createMarkdownRenderer", () => {
  it.each([
    { case: "paragraph", markdown: "Talks resumed in Hanoi.", html: "<p>Talks resumed in Hanoi.</p>\n" },
    { case: "emphasis", markdown: "A *joint* **statement**.", html: "<p>A <em>joint</em> <strong>statement</strong>.</p>\n" },
    {
      case: "headings shifted one level down",
      markdown: "# Background\n\n## Trade\n\n##### Deep\n\n###### Deepest",
      html: "<h2>Background</h2>\n<h3>Trade</h3>\n<h6>Deep</h6>\n<h6>Deepest</h6>\n",
    },
    { case: "setext heading shifted too", markdown: "Outcome\n=======", html: "<h2>Outcome</h2>\n" },
    {
      case: "raw script shown as text",
      markdown: "<script>alert(1)</script>",
      html: "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
    },
    {
      case: "inline raw HTML shown as text",
      markdown: 'Hello <img src=x onerror="alert(1)">',
      html: "<p>Hello &lt;img src=x onerror=“alert(1)”&gt;</p>\n",
    },
    { case: "javascript: link not linked", markdown: "[x](javascript:alert(1))", html: "<p>[x](javascript:alert(1))</p>\n" },
    { case: "JAVASCRIPT: in capitals not linked", markdown: "[x](JAVASCRIPT:alert(1))", html: "<p>[x](JAVASCRIPT:alert(1))</p>\n" },
    {
      case: "data: link not linked",
      markdown: "[x](data:text/html;base64,PHNjcmlwdD4=)",
      html: "<p>[x](data:text/html;base64,PHNjcmlwdD4=)</p>\n",
    },
    {
      case: "data: image not linked either",
      markdown: "![p](data:image/png;base64,AAAA)",
      html: "<p>![p](data:image/png;base64,AAAA)</p>\n",
    },
    {
      case: "https link gets rel",
      markdown: "[Statement](https://mofa.gov.vn/statement)",
      html: '<p><a href="https://mofa.gov.vn/statement" rel="noopener">Statement</a></p>\n',
    },
    {
      case: "http autolink gets rel",
      markdown: "<http://example.org>",
      html: '<p><a href="http://example.org" rel="noopener">http://example.org</a></p>\n',
    },
    {
      case: "bare URL linkified with rel",
      markdown: "See https://example.org/x today.",
      html: '<p>See <a href="https://example.org/x" rel="noopener">https://example.org/x</a> today.</p>\n',
    },
    { case: "relative link has no rel", markdown: "[Archive](/2020/)", html: '<p><a href="/2020/">Archive</a></p>\n' },
    { case: "mailto link has no rel", markdown: "[Desk](mailto:desk@example.org)", html: '<p><a href="mailto:desk@example.org">Desk</a></p>\n' },
    {
      case: "image lazy and async",
      markdown: '![Map of the region](map.jpg "Region")',
      html: '<p><img src="map.jpg" alt="Map of the region" title="Region" loading="lazy" decoding="async"></p>\n',
    },
    {
      case: "image inside a link",
      markdown: "[![Logo](logo.png)](https://asean.org)",
      html: '<p><a href="https://asean.org" rel="noopener"><img src="logo.png" alt="Logo" loading="lazy" decoding="async"></a></p>\n',
    },
    { case: "bullet list", markdown: "- ASEAN\n- RoK", html: "<ul>\n<li>ASEAN</li>\n<li>RoK</li>\n</ul>\n" },
    { case: "ordered list", markdown: "1. First\n2. Second", html: "<ol>\n<li>First</li>\n<li>Second</li>\n</ol>\n" },
    { case: "template syntax literal", markdown: "{{ title }} and {% include x %}", html: "<p>{{ title }} and {% include x %}</p>\n" },
    {
      case: "typographic quotes, dashes and ellipsis",
      markdown: "\"Peace\" and 'trust' -- (c) wait...",
      html: "<p>“Peace” and ‘trust’ – © wait…</p>\n",
    },
    { case: "code keeps quotes straight", markdown: '`"x"`', html: "<p><code>&quot;x&quot;</code></p>\n" },
    { case: "empty body", markdown: "", html: "" },
  ])("$case", ({ markdown, html }) => {
    expect(render(markdown)).toBe(html);
  });

  it("keeps no state between bodies", () => {
    expect([render("# A"), render("# A")]).toEqual(["<h2>A</h2>\n", "<h2>A</h2>\n"]);
  });
});

describe("createMarkdownRenderer: body pictures", () => {
  const picture: PictureView = {
    sources: [{ type: "image/avif", srcset: "/images/map.0123456789-480.avif 480w" }],
    src: "/images/map.0123456789-480.jpg",
    srcset: "/images/map.0123456789-480.jpg 480w",
    sizes: "100vw",
    width: 480,
    height: 320,
  };
  const expected = (alt: string, title = "") =>
    '<picture><source type="image/avif" srcset="/images/map.0123456789-480.avif 480w" sizes="100vw">' +
    `<img src="/images/map.0123456789-480.jpg" srcset="/images/map.0123456789-480.jpg 480w" sizes="100vw" width="480" height="320" alt="${alt}"${title} loading="lazy" decoding="async"></picture>`;

  it.each([
    { case: "a picture with its files", markdown: "![Map of *the* region](map.jpg)", html: `<p>${expected("Map of the region")}</p>\n` },
    { case: "its title kept", markdown: '![Map](map.jpg "Region")', html: `<p>${expected("Map", ' title="Region"')}</p>\n` },
    {
      case: "inside a link",
      markdown: "[![Map](map.jpg)](https://asean.org)",
      html: `<p><a href="https://asean.org" rel="noopener">${expected("Map")}</a></p>\n`,
    },
    {
      case: "a picture without files stays an img",
      markdown: "![Logo](logo.png)",
      html: '<p><img src="logo.png" alt="Logo" loading="lazy" decoding="async"></p>\n',
    },
  ])("$case", ({ markdown, html }) => {
    expect(render(markdown, new Map([["map.jpg", picture]]))).toBe(html);
  });

  it("finds a picture by the address it renders with", () => {
    expect(imageSource("sông Hồng.jpg")).toBe("s%C3%B4ng%20H%E1%BB%93ng.jpg");
    const html = render("![River](<sông Hồng.jpg>)", new Map([[imageSource("sông Hồng.jpg"), picture]]));
    expect(html).toBe(`<p>${expected("River")}</p>\n`);
  });
});

/** `depth` block quotes inside each other around one word, after an opening paragraph. */
function quotes(depth: number): string {
  return `Intro.\n\n${">".repeat(depth)} x\n`;
}

/** `depth` bullet lists inside each other, one item each. */
function lists(depth: number): string {
  return Array.from({ length: depth }, (_, index) => `${" ".repeat(2 * index)}- item`).join("\n");
}

/** `depth` emphasis spans inside each other in a second paragraph. */
function emphasis(depth: number): string {
  return `Intro.\n\nSaid ${"*a ".repeat(depth)}x${" a*".repeat(depth)}`;
}

describe("findDeepNesting", () => {
  it.each([
    { case: "ordinary text", markdown: "# Talks\n\nLeaders met.\n\n- one\n- two\n\n> quoted *and* [linked](https://x.org)", line: undefined },
    { case: "an empty body", markdown: "", line: undefined },
    // The words of n quotes are at level n + 1 (paragraph), so 19 is the deepest that passes.
    { case: "19 quotes", markdown: quotes(maxMarkdownNesting - 1), line: undefined },
    { case: "20 quotes", markdown: quotes(maxMarkdownNesting), line: 2 },
    { case: "200,000 quotes", markdown: quotes(200_000), line: 2 },
    // Each list is two levels, the list and its item.
    { case: "9 nested lists", markdown: lists(9), line: undefined },
    { case: "10 nested lists", markdown: lists(10), line: 9 },
    { case: "40 lists on one line", markdown: `Intro.\n\n${"* ".repeat(40)}x`, line: 2 },
    { case: "19 emphasis spans", markdown: emphasis(maxMarkdownNesting - 1), line: undefined },
    { case: "20 emphasis spans", markdown: emphasis(maxMarkdownNesting), line: 2 },
    { case: "100,000 emphasis spans", markdown: `${"*".repeat(100_000)}x${"*".repeat(100_000)}`, line: 0 },
    { case: "many stars that open nothing", markdown: `Intro.\n\n${"a * ".repeat(50)}`, line: undefined },
  ])("$case: $line", ({ markdown, line }) => {
    expect(findDeepNesting(markdown)).toBe(line);
  });
});

describe("createMarkdownRenderer at the nesting limit", () => {
  it("renders the deepest body allowed whole, its innermost word included", () => {
    const html = render(quotes(maxMarkdownNesting - 1));
    expect(html.match(/<blockquote>/g)).toHaveLength(maxMarkdownNesting - 1);
    expect(html).toContain("<p>x</p>");
  });

  it("renders 9 nested lists whole", () => {
    const html = render(lists(9));
    expect([html.match(/<ul>/g)?.length, html.match(/<li>item/g)?.length]).toEqual([9, 9]);
  });
});

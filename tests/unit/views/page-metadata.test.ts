import { describe, expect, it } from "vitest";
import { buildHead, openGraphLocale, serializeJsonLd, type ArticleFacts, type HeadInput } from "../../../src/views/page-metadata";
import type { MetaView } from "../../../src/views/types";

const site = { siteName: "The Diplomatic Bulletin", siteUrl: "https://example.org/bulletin/" };
const articleUrl = "https://example.org/bulletin/2020/08/26/asean-rok/";
const articleCrumbs = [
  { name: "Home", url: "https://example.org/bulletin/" },
  { name: "2020", url: "https://example.org/bulletin/2020/" },
  { name: "August 2020", url: "https://example.org/bulletin/2020/08/" },
  { name: "ASEAN and the RoK meet", url: articleUrl },
];

const fullFacts: ArticleFacts = {
  published: "2020-08-26T17:00:00+07:00",
  updated: "2020-08-27T09:30:00+07:00",
  section: "World",
  topics: ["ASEAN", "Republic of Korea"],
  author: "Lan Anh",
  image: { url: "https://example.org/bulletin/images/dialogue.0123.jpg", width: 1200, height: 800, alt: "Delegates on screens" },
  source: { name: "NDO", url: "https://en.nhandan.vn/" },
};

const minimalFacts: ArticleFacts = { published: "2021-01-02T00:00:00+07:00", section: "Politics", topics: ["Việt Nam"] };

const fullArticle: HeadInput = {
  ...site,
  title: "ASEAN and the RoK meet",
  description: "Both sides agreed to deepen cooperation.",
  url: articleUrl,
  lang: "en",
  breadcrumbs: articleCrumbs,
  article: fullFacts,
};

const minimalArticle: HeadInput = {
  ...site,
  title: "Bare",
  description: "Bare summary.",
  url: "https://example.org/bulletin/2021/01/02/bare/",
  lang: "vi",
  breadcrumbs: [{ name: "Home", url: "https://example.org/bulletin/" }],
  article: minimalFacts,
};

const topicPage: HeadInput = {
  ...site,
  title: "Việt Nam",
  description: "Articles on Việt Nam.",
  url: "https://example.org/bulletin/topics/viet-nam/",
  lang: "en",
  breadcrumbs: [
    { name: "Home", url: "https://example.org/bulletin/" },
    { name: "Topics", url: "https://example.org/bulletin/topics/" },
    { name: "Việt Nam", url: "https://example.org/bulletin/topics/viet-nam/" },
  ],
};

const home: HeadInput = {
  ...site,
  title: "The Diplomatic Bulletin",
  description: "The latest news from The Diplomatic Bulletin.",
  url: "https://example.org/bulletin/",
  lang: "en",
  breadcrumbs: [{ name: "Home", url: "https://example.org/bulletin/" }],
};

const og = (property: string, content: string): MetaView => ({ property, content });
const twitter = (name: string, content: string): MetaView => ({ name, content });

describe("buildHead meta tags", () => {
  const rows: [string, HeadInput, MetaView[]][] = [
    [
      "a full article",
      fullArticle,
      [
        og("og:site_name", "The Diplomatic Bulletin"),
        og("og:type", "article"),
        og("og:title", "ASEAN and the RoK meet"),
        og("og:description", "Both sides agreed to deepen cooperation."),
        og("og:url", articleUrl),
        og("og:locale", "en_US"),
        og("og:image", "https://example.org/bulletin/images/dialogue.0123.jpg"),
        og("og:image:width", "1200"),
        og("og:image:height", "800"),
        og("og:image:alt", "Delegates on screens"),
        og("article:published_time", "2020-08-26T17:00:00+07:00"),
        og("article:modified_time", "2020-08-27T09:30:00+07:00"),
        og("article:section", "World"),
        og("article:tag", "ASEAN"),
        og("article:tag", "Republic of Korea"),
        twitter("twitter:card", "summary_large_image"),
        twitter("twitter:title", "ASEAN and the RoK meet"),
        twitter("twitter:description", "Both sides agreed to deepen cooperation."),
      ],
    ],
    [
      "a minimal article",
      minimalArticle,
      [
        og("og:site_name", "The Diplomatic Bulletin"),
        og("og:type", "article"),
        og("og:title", "Bare"),
        og("og:description", "Bare summary."),
        og("og:url", "https://example.org/bulletin/2021/01/02/bare/"),
        og("og:locale", "vi_VN"),
        og("article:published_time", "2021-01-02T00:00:00+07:00"),
        // Never updated: the modification time is the publication time.
        og("article:modified_time", "2021-01-02T00:00:00+07:00"),
        og("article:section", "Politics"),
        og("article:tag", "Việt Nam"),
        twitter("twitter:card", "summary"),
        twitter("twitter:title", "Bare"),
        twitter("twitter:description", "Bare summary."),
      ],
    ],
    [
      "a topic page",
      topicPage,
      [
        og("og:site_name", "The Diplomatic Bulletin"),
        og("og:type", "website"),
        og("og:title", "Việt Nam"),
        og("og:description", "Articles on Việt Nam."),
        og("og:url", "https://example.org/bulletin/topics/viet-nam/"),
        og("og:locale", "en_US"),
        twitter("twitter:card", "summary"),
        twitter("twitter:title", "Việt Nam"),
        twitter("twitter:description", "Articles on Việt Nam."),
      ],
    ],
    [
      "the home page",
      home,
      [
        og("og:site_name", "The Diplomatic Bulletin"),
        og("og:type", "website"),
        og("og:title", "The Diplomatic Bulletin"),
        og("og:description", "The latest news from The Diplomatic Bulletin."),
        og("og:url", "https://example.org/bulletin/"),
        og("og:locale", "en_US"),
        twitter("twitter:card", "summary"),
        twitter("twitter:title", "The Diplomatic Bulletin"),
        twitter("twitter:description", "The latest news from The Diplomatic Bulletin."),
      ],
    ],
  ];

  it.each(rows)("lists the tags of %s, in order", (_, input, expected) => {
    expect(buildHead(input).meta).toEqual(expected);
  });
});

describe("buildHead JSON-LD", () => {
  const publisher = { "@type": "Organization", name: "The Diplomatic Bulletin", url: "https://example.org/bulletin/" };
  const breadcrumbs = (crumbs: readonly { name: string; url: string }[]) => ({
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.name, item: crumb.url })),
  });

  const rows: [string, HeadInput, unknown[]][] = [
    [
      "a full article",
      fullArticle,
      [
        {
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: "ASEAN and the RoK meet",
          description: "Both sides agreed to deepen cooperation.",
          datePublished: "2020-08-26T17:00:00+07:00",
          dateModified: "2020-08-27T09:30:00+07:00",
          image: { "@type": "ImageObject", url: "https://example.org/bulletin/images/dialogue.0123.jpg", width: 1200, height: 800 },
          author: { "@type": "Person", name: "Lan Anh" },
          publisher,
          articleSection: "World",
          keywords: ["ASEAN", "Republic of Korea"],
          mainEntityOfPage: { "@type": "WebPage", "@id": articleUrl },
          inLanguage: "en",
          sourceOrganization: { "@type": "Organization", name: "NDO", url: "https://en.nhandan.vn/" },
        },
        breadcrumbs(articleCrumbs),
      ],
    ],
    [
      "a minimal article",
      minimalArticle,
      [
        {
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: "Bare",
          description: "Bare summary.",
          datePublished: "2021-01-02T00:00:00+07:00",
          dateModified: "2021-01-02T00:00:00+07:00",
          author: publisher,
          publisher,
          articleSection: "Politics",
          keywords: ["Việt Nam"],
          mainEntityOfPage: { "@type": "WebPage", "@id": "https://example.org/bulletin/2021/01/02/bare/" },
          inLanguage: "vi",
        },
        breadcrumbs([{ name: "Home", url: "https://example.org/bulletin/" }]),
      ],
    ],
    ["a topic page", topicPage, [breadcrumbs(topicPage.breadcrumbs)]],
    ["the home page", home, [breadcrumbs([{ name: "Home", url: "https://example.org/bulletin/" }])]],
  ];

  it.each(rows)("describes %s", (_, input, expected) => {
    expect(buildHead(input).jsonLd.map((text) => JSON.parse(text) as unknown)).toEqual(expected);
  });

  it("names a source without a link by name alone", () => {
    const input: HeadInput = { ...minimalArticle, article: { ...minimalFacts, source: { name: "VNA" } } };
    const [document] = buildHead(input).jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(document?.["sourceOrganization"]).toEqual({ "@type": "Organization", name: "VNA" });
  });
});

describe("editor text inside JSON-LD", () => {
  const hostile = [
    "</script><script>alert(1)</script>",
    `"Quoted" & 'single' <!-- comment --> ]]>`,
    "대한민국 và Việt Nam — Đà Nẵng",
    "Line\u2028separator\u2029paragraph",
  ];

  it.each(hostile)("round-trips %j and cannot close the script element", (text) => {
    const input: HeadInput = {
      ...fullArticle,
      title: text,
      description: text,
      breadcrumbs: [{ name: text, url: articleUrl }],
      article: { ...fullFacts, author: text, topics: [text], source: { name: text } },
    };
    const [article, trail] = buildHead(input).jsonLd;
    for (const serialized of [article, trail]) {
      expect(serialized).toBeDefined();
      expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
    }
    const parsed = JSON.parse(article ?? "") as Record<string, unknown>;
    expect(parsed["headline"]).toBe(text);
    expect(parsed["description"]).toBe(text);
    expect(parsed["author"]).toEqual({ "@type": "Person", name: text });
    expect(parsed["keywords"]).toEqual([text]);
    expect(parsed["sourceOrganization"]).toEqual({ "@type": "Organization", name: text });
    const breadcrumbs = JSON.parse(trail ?? "") as { itemListElement: { name: string }[] };
    expect(breadcrumbs.itemListElement[0]?.name).toBe(text);
  });
});

describe("serializeJsonLd", () => {
  it.each([
    ["</script>", '"\\u003c/script\\u003e"'],
    ["a & b", '"a \\u0026 b"'],
    ["\u2028\u2029", '"\\u2028\\u2029"'],
    ['say "hi"', '"say \\"hi\\""'],
    ["Việt Nam", '"Việt Nam"'],
  ])("writes %j as %s", (value, expected) => {
    expect(serializeJsonLd(value)).toBe(expected);
    expect(JSON.parse(serializeJsonLd(value))).toBe(value);
  });
});

describe("openGraphLocale", () => {
  it.each([
    ["en", "en_US"],
    ["vi", "vi_VN"],
    ["ko", "ko_KR"],
    ["en-GB", "en_GB"],
    ["pt-BR", "pt_BR"],
  ])("turns %s into %s", (lang, expected) => {
    expect(openGraphLocale(lang)).toBe(expected);
  });
});

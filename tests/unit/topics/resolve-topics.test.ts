import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/diagnostics/issue";
import type { TopicData, TopicEntry } from "../../../src/model/topic-data";
import { resolveTopics, type Topic, type TopicSource } from "../../../src/topics/resolve-topics";

/** An article whose tags sit one per line from line 6, column 5, as `new` writes them. */
function article(file: string, ...tags: string[]): TopicSource {
  return { file, tags, tagLines: tags.map((_, i) => 6 + i), tagColumns: tags.map(() => 5) };
}

function data(...topics: Omit<TopicEntry, "line">[]): TopicData {
  return { file: "content/_data/topics.yaml", topics: topics.map((topic, i) => ({ ...topic, line: 1 + i * 4 })) };
}

const none = data();

function spelling(file: string, index: number, message: string): Issue {
  return {
    file,
    line: 6 + index,
    column: 5,
    field: `tags[${index}]`,
    code: "topic-spelling",
    severity: "warning",
    message,
  };
}

const korea = data({ name: "Republic of Korea", description: "South Korea.", aliases: ["RoK", "South Korea"] });

describe("resolveTopics", () => {
  it.each<{ case: string; articles: TopicSource[]; data: TopicData; topics: Topic[]; articleTopics: string[][]; issues: Issue[] }>([
    {
      case: "one spelling: one topic, no warning",
      articles: [article("a.md", "ASEAN", "Việt Nam"), article("b.md", "ASEAN")],
      data: none,
      topics: [{ slug: "asean", name: "ASEAN" }, { slug: "viet-nam", name: "Việt Nam" }],
      articleTopics: [["asean", "viet-nam"], ["asean"]],
      issues: [],
    },
    {
      case: "case and diacritics fold to one topic; the most used spelling names it",
      articles: [
        article("c.md", "Việt Nam"),
        article("a.md", "Viet Nam"),
        article("b.md", "VIỆT NAM"),
        article("d.md", "Việt Nam"),
      ],
      data: none,
      topics: [{ slug: "viet-nam", name: "Việt Nam" }],
      articleTopics: [["viet-nam"], ["viet-nam"], ["viet-nam"], ["viet-nam"]],
      issues: [
        spelling("a.md", 0, '"Viet Nam" and "Việt Nam" are one topic ("viet-nam"); write it one way'),
        spelling("b.md", 0, '"VIỆT NAM" and "Việt Nam" are one topic ("viet-nam"); write it one way'),
      ],
    },
    {
      case: "a spelling is reported once, at the first file that uses it",
      articles: [
        article("z.md", "ASEAN"),
        article("m.md", "Asean"),
        article("b.md", "ASEAN"),
        article("c.md", "Economy", "Asean"),
      ],
      data: none,
      topics: [{ slug: "asean", name: "ASEAN" }, { slug: "economy", name: "Economy" }],
      articleTopics: [["asean"], ["asean"], ["asean"], ["economy", "asean"]],
      issues: [spelling("c.md", 1, '"Asean" and "ASEAN" are one topic ("asean"); write it one way')],
    },
    {
      case: "tie in article counts: the codepoint-smallest spelling names the topic",
      articles: [article("a.md", "Viet Nam"), article("b.md", "Việt Nam")],
      data: none,
      topics: [{ slug: "viet-nam", name: "Viet Nam" }],
      articleTopics: [["viet-nam"], ["viet-nam"]],
      issues: [spelling("b.md", 0, '"Việt Nam" and "Viet Nam" are one topic ("viet-nam"); write it one way')],
    },
    {
      case: "an article repeating a spelling counts once for the name",
      articles: [article("a.md", "Asean", "Asean", "Asean"), article("b.md", "ASEAN"), article("c.md", "ASEAN")],
      data: none,
      topics: [{ slug: "asean", name: "ASEAN" }],
      articleTopics: [["asean"], ["asean"], ["asean"]],
      issues: [spelling("a.md", 0, '"Asean" and "ASEAN" are one topic ("asean"); write it one way')],
    },
    {
      case: "the same tag twice in one article is deduplicated silently",
      articles: [article("a.md", "ASEAN", "Economy", "ASEAN")],
      data: none,
      topics: [{ slug: "asean", name: "ASEAN" }, { slug: "economy", name: "Economy" }],
      articleTopics: [["asean", "economy"]],
      issues: [],
    },
    {
      case: "two spellings in one article: one topic, and a warning",
      articles: [article("a.md", "Việt Nam", "Viet Nam"), article("b.md", "Việt Nam")],
      data: none,
      topics: [{ slug: "viet-nam", name: "Việt Nam" }],
      articleTopics: [["viet-nam"], ["viet-nam"]],
      issues: [spelling("a.md", 1, '"Viet Nam" and "Việt Nam" are one topic ("viet-nam"); write it one way')],
    },
    {
      case: "aliases lead to the canonical topic, which takes its name and description from topic data",
      articles: [article("a.md", "RoK"), article("b.md", "South Korea", "ASEAN"), article("c.md", "RoK")],
      data: korea,
      topics: [
        { slug: "asean", name: "ASEAN" },
        { slug: "republic-of-korea", name: "Republic of Korea", description: "South Korea." },
      ],
      articleTopics: [["republic-of-korea"], ["republic-of-korea", "asean"], ["republic-of-korea"]],
      issues: [],
    },
    {
      case: "a folded alias or name spelled differently warns, naming the declared spelling",
      articles: [article("a.md", "ROK"), article("b.md", "republic of korea"), article("c.md", "Republic of Korea")],
      data: korea,
      topics: [{ slug: "republic-of-korea", name: "Republic of Korea", description: "South Korea." }],
      articleTopics: [["republic-of-korea"], ["republic-of-korea"], ["republic-of-korea"]],
      issues: [
        spelling("a.md", 0, '"ROK" and "RoK" are one topic ("republic-of-korea"); write it one way'),
        spelling("b.md", 0, '"republic of korea" and "Republic of Korea" are one topic ("republic-of-korea"); write it one way'),
      ],
    },
    {
      case: "topic data names the topic even when no article spells it that way",
      articles: [article("a.md", "ASEAN secretariat")],
      data: data({ name: "ASEAN Secretariat", aliases: [] }),
      topics: [{ slug: "asean-secretariat", name: "ASEAN Secretariat" }],
      articleTopics: [["asean-secretariat"]],
      issues: [
        spelling("a.md", 0, '"ASEAN secretariat" and "ASEAN Secretariat" are one topic ("asean-secretariat"); write it one way'),
      ],
    },
    {
      case: "topics in topic data that no article uses are not listed",
      articles: [article("a.md", "ASEAN")],
      data: data({ name: "Mekong", description: "The river.", aliases: ["Mekong River"] }),
      topics: [{ slug: "asean", name: "ASEAN" }],
      articleTopics: [["asean"]],
      issues: [],
    },
    {
      case: "a Hangul tag gets a hash slug; its alias leads to it",
      articles: [article("a.md", "대한민국"), article("b.md", "한국")],
      data: data({ name: "대한민국", aliases: ["한국"] }),
      topics: [{ slug: "u-l8llpa", name: "대한민국" }],
      articleTopics: [["u-l8llpa"], ["u-l8llpa"]],
      issues: [],
    },
    {
      case: "a Hangul tag without topic data",
      articles: [article("a.md", "한반도", "Korean Peninsula")],
      data: none,
      topics: [{ slug: "korean-peninsula", name: "Korean Peninsula" }, { slug: "u-jv6nes", name: "한반도" }],
      articleTopics: [["u-jv6nes", "korean-peninsula"]],
      issues: [],
    },
    {
      case: "a decomposed (NFD) spelling is the same spelling",
      articles: [article("a.md", "Việt Nam".normalize("NFD")), article("b.md", "Việt Nam")],
      data: none,
      topics: [{ slug: "viet-nam", name: "Việt Nam" }],
      articleTopics: [["viet-nam"], ["viet-nam"]],
      issues: [],
    },
    { case: "no articles", articles: [], data: korea, topics: [], articleTopics: [], issues: [] },
  ])("$case", ({ articles, data: topicData, topics, articleTopics, issues }) => {
    const result = resolveTopics(articles, topicData);
    expect([...result.topics.values()]).toEqual(topics);
    expect([...result.topics.keys()]).toEqual(topics.map((topic) => topic.slug));
    expect(result.articleTopics).toEqual(articleTopics);
    expect(result.issues).toEqual(issues);
  });

  it("uses each tag's own line and column", () => {
    const source: TopicSource = { file: "a.md", tags: ["ASEAN", "Asean"], tagLines: [4, 4], tagColumns: [8, 15] };
    const result = resolveTopics([source, article("b.md", "ASEAN")], none);
    expect(result.issues).toEqual([
      { ...spelling("a.md", 1, '"Asean" and "ASEAN" are one topic ("asean"); write it one way'), line: 4, column: 15 },
    ]);
  });

  it("gives the same topics and warnings whatever the article order", () => {
    const articles = [
      article("a.md", "Viet Nam", "ASEAN"),
      article("b.md", "Việt Nam"),
      article("c.md", "Asean", "VIỆT NAM"),
      article("d.md", "ASEAN", "Viet Nam"),
    ];
    const forward = resolveTopics(articles, none);
    const backward = resolveTopics([...articles].reverse(), none);
    expect([[...backward.topics], backward.issues]).toEqual([[...forward.topics], forward.issues]);
    expect(backward.articleTopics).toEqual([...forward.articleTopics].reverse());
    expect([...forward.topics.values()].map((topic) => topic.name)).toEqual(["ASEAN", "Viet Nam"]);
  });
});

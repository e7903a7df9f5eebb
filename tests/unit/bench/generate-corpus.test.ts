import { DateTime } from "luxon";
import { imageSize } from "image-size";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bigTopic, bodyWords, corpusTopics, generateCorpus, generateTopicData, type CorpusFile } from "../../../src/bench/generate-corpus";
import { drawPicture } from "../../../src/bench/draw-picture";
import { resolveSiteConfig } from "../../../src/config";
import { parseArticleFile, parseTopicDataFile } from "../../../src/source/load-bulletin";
import { slugPattern, toSlug } from "../../../src/slug";

const config = resolveSiteConfig({ timeZone: "Asia/Ho_Chi_Minh" });
const startDate = DateTime.fromISO("2026-11-28T12:00:00", { zone: config.timeZone });

function generate(articles: number, seed = 1): CorpusFile[] {
  return [...generateCorpus({ articles, seed, startDate })];
}

interface Parsed {
  readonly front: Record<string, unknown>;
  readonly body: string;
}

function split(text: string): Parsed {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
  if (!match) throw new Error(`no front matter in:\n${text.slice(0, 200)}`);
  const front: unknown = parse(match[1] ?? "", { version: "1.2", schema: "core" });
  if (typeof front !== "object" || front === null || Array.isArray(front)) throw new Error("front matter is not a mapping");
  return { front: front as Record<string, unknown>, body: match[2] ?? "" };
}

function share(files: readonly Parsed[], test: (file: Parsed) => boolean): number {
  return files.filter(test).length / files.length;
}

const corpus = generate(2000);
const parsed = corpus.map((file) => split(file.text));

describe("generateCorpus: determinism and size", () => {
  it("gives the same first 50 files for the same seed", () => {
    expect(generate(2000, 1).slice(0, 50)).toEqual(corpus.slice(0, 50));
    expect(generate(50, 42)).toEqual(generate(50, 42));
  });

  it("gives another bulletin for another seed", () => {
    expect(generate(1, 2)[0]?.text).not.toBe(generate(1, 1)[0]?.text);
  });

  it.each([0, 1, 137, 2000])("yields exactly %i articles", (count) => {
    expect(count === 2000 ? corpus.length : generate(count).length).toBe(count);
  });

  it("yields lazily, one file at a time", () => {
    const iterator = generateCorpus({ articles: 1_000_000, seed: 1, startDate })[Symbol.iterator]();
    expect(iterator.next().value?.path).toBe(corpus[0]?.path);
  });
});

describe("generateCorpus: every file", () => {
  it("has the required fields, 2–6 distinct tags, a known section and no image", () => {
    const sections = new Set(["World", "Politics", "Economy", "Society", "Culture"]);
    const problems = parsed.flatMap(({ front }, index) => {
      const tags = front["tags"];
      const ok =
        typeof front["title"] === "string" && front["title"] !== "" &&
        typeof front["summary"] === "string" && front["summary"] !== "" &&
        typeof front["date"] === "string" &&
        Array.isArray(tags) && tags.length >= 2 && tags.length <= 6 && new Set(tags).size === tags.length &&
        tags.every((tag) => typeof tag === "string" && tag !== "") &&
        typeof front["section"] === "string" && sections.has(front["section"]) &&
        !("image" in front);
      return ok ? [] : [corpus[index]?.path];
    });
    expect(problems).toEqual([]);
  });

  it(`has a body of ${bodyWords.min}–${bodyWords.max} words`, () => {
    const counts = parsed.map(({ body }) => body.split(/\s+/u).filter((word) => word !== "").length);
    expect([Math.min(...counts) >= bodyWords.min, Math.max(...counts) <= bodyWords.max]).toEqual([true, true]);
  });

  it("has a unique slug that names the file and matches its address", () => {
    const slugs = corpus.map((file) => /\/([^/]+)\.md$/u.exec(file.path)?.[1] ?? "");
    expect(new Set(slugs).size).toBe(corpus.length);
    const mismatched = parsed.filter(({ front }, index) => {
      const slug = typeof front["slug"] === "string" ? front["slug"] : toSlug(String(front["title"]));
      return slug !== slugs[index] || !slugPattern.test(slug);
    });
    expect(mismatched).toEqual([]);
  });

  it("is dated with an offset, oldest first, within ten years before the start date, and filed by its month", () => {
    const dates = parsed.map(({ front }) => DateTime.fromISO(String(front["date"]), { setZone: true }));
    expect(parsed.filter(({ front }) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/u.test(String(front["date"])))).toEqual([]);
    const millis = dates.map((date) => date.toMillis());
    expect(millis.every((value, index) => index === 0 || value >= (millis[index - 1] ?? 0))).toBe(true);
    expect(dates[0]?.toISODate()).toBe("2016-11-29");
    expect((millis.at(-1) ?? Infinity) < startDate.toMillis()).toBe(true);
    const misfiled = corpus.filter((file, index) => !file.path.startsWith(`content/articles/${dates[index]?.toFormat("yyyy/MM")}/`));
    expect(misfiled).toEqual([]);
  });

  it("is accepted by the loader with no issue at all", () => {
    const ctx = { config, imageExists: () => false };
    const issues = corpus.slice(0, 300).flatMap((file) => parseArticleFile(file.path, file.text, ctx).issues);
    expect(issues).toEqual([]);
  });
});

describe("generateCorpus: realistic shares over 2,000 articles", () => {
  const cases: { name: string; test: (file: Parsed) => boolean; min: number; max: number }[] = [
    { name: `tagged ${bigTopic}`, test: ({ front }) => (front["tags"] as unknown[]).includes(bigTopic), min: 0.35, max: 0.45 },
    { name: "tagged ASEAN", test: ({ front }) => (front["tags"] as unknown[]).includes("ASEAN"), min: 0.25, max: 0.4 },
    { name: "with a location", test: ({ front }) => "location" in front, min: 0.07, max: 0.13 },
    { name: "with an author", test: ({ front }) => "author" in front, min: 0.26, max: 0.34 },
    { name: "with a source", test: ({ front }) => "source" in front, min: 0.16, max: 0.24 },
  ];
  it.each(cases)("$name: between $min and $max", ({ test, min, max }) => {
    const value = share(parsed, test);
    expect(value >= min && value <= max ? "in range" : value).toBe("in range");
  });

  it("uses a long tail of topics: many rare, few common", () => {
    const counts = new Map<string, number>();
    for (const { front } of parsed) for (const tag of front["tags"] as string[]) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const values = [...counts.values()];
    expect({
      manyTopics: counts.size > 250,
      fewCommon: values.filter((count) => count >= 200).length <= 6,
      manyRare: values.filter((count) => count <= 20).length >= 150,
    }).toEqual({ manyTopics: true, fewCommon: true, manyRare: true });
  });
});

describe("corpus topics and topic data", () => {
  it("has about 300 topics that fold to distinct slugs", () => {
    const all = [bigTopic, ...corpusTopics];
    expect(all.length >= 280 && all.length <= 320).toBe(true);
    expect(new Set(all.map(toSlug)).size).toBe(all.length);
  });

  it("writes topic data the loader accepts, with aliases", () => {
    const { data, issues } = parseTopicDataFile("content/_data/topics.yaml", generateTopicData(1));
    expect(issues).toEqual([]);
    expect(data.topics.find((topic) => topic.name === bigTopic)?.aliases).toEqual(["Vietnam", "Viet Nam"]);
    expect(data.topics.find((topic) => topic.name === "Republic of Korea")?.aliases).toEqual(["RoK", "South Korea"]);
    expect(data.topics.every((topic) => corpusTopics.includes(topic.name) || topic.name === bigTopic)).toBe(true);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateTopicData(3)).toBe(generateTopicData(3));
    expect(generateTopicData(3)).not.toBe(generateTopicData(4));
  });
});

describe("generateCorpus: pictures", () => {
  const pictured = [...generateCorpus({ articles: 200, seed: 1, startDate, images: 30 })];
  const pictures = pictured.flatMap((file) => (file.picture ? [file.picture] : []));

  it("gives exactly `images` articles a picture, spread through the corpus", () => {
    expect(pictures).toHaveLength(30);
    const indexes = pictured.flatMap((file, index) => (file.picture ? [index] : []));
    expect(indexes[0]).toBeLessThan(10);
    expect(indexes[indexes.length - 1]).toBeGreaterThan(190);
    expect(generate(5).some((file) => file.picture !== undefined)).toBe(false);
    expect([...generateCorpus({ articles: 3, seed: 1, startDate, images: 10 })].every((file) => file.picture)).toBe(true);
  });

  it("changes nothing else in the text", () => {
    const plain = generate(200);
    pictured.forEach((file, index) => {
      const lines = file.text.split("\n").filter((line) => !/^(image:|  src: |  alt: |  credit: VNA)/.test(line));
      expect(lines.join("\n")).toBe(plain[index]?.text);
    });
  });

  it("puts each picture beside its article, with a distinct seed, and the article finds it", () => {
    expect(new Set(pictures.map((picture) => picture.seed)).size).toBe(30);
    const paths = new Set(pictures.map((picture) => picture.path));
    for (const file of pictured.filter((candidate) => candidate.picture)) {
      expect(file.picture?.path).toBe(file.path.replace(/\.md$/, ".jpg"));
      const result = parseArticleFile(file.path, file.text, { config, imageExists: (path) => paths.has(path) });
      expect(result.issues).toEqual([]);
      expect(result.article?.image).toMatchObject({ file: file.picture?.path, credit: "VNA" });
    }
  });
});

describe("drawPicture", () => {
  it("draws a distinct JPEG of the picture's size, the same every time", async () => {
    const picture = { path: "content/articles/a.jpg", width: 64, height: 40, seed: 7 };
    const [first, again, other] = await Promise.all([drawPicture(picture), drawPicture(picture), drawPicture({ ...picture, seed: 8 })]);
    expect(imageSize(first)).toMatchObject({ type: "jpg", width: 64, height: 40 });
    expect(again.equals(first)).toBe(true);
    expect(other.equals(first)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { compareIssues, type Issue } from "../../../src/diagnostics/issue";
import { validateTopicData } from "../../../src/model/topic-data-schema";
import { parseYaml } from "../../../src/source/parse-yaml";

const file = "content/_data/topics.yaml";

function validate(text: string) {
  const yaml = parseYaml(file, text, 1);
  if (!yaml.ok) throw new Error("expected readable YAML");
  const result = validateTopicData(file, yaml.value, yaml.positions);
  return { data: result.data, issues: result.issues.sort(compareIssues) };
}

function error(line: number, column: number, field: string, code: Issue["code"], message: string): Issue {
  return { file, line, column, field, code, severity: "error", message };
}

describe("validateTopicData", () => {
  it("reads names, descriptions and aliases with their lines", () => {
    const text = [
      "Republic of Korea:",
      "  description: News on the Republic of Korea.",
      "  aliases: [RoK, South Korea]",
      "ASEAN:",
      "Việt Nam:",
      "  aliases:",
      "    - Vietnam",
    ].join("\n");
    expect(validate(text)).toEqual({
      data: {
        file,
        topics: [
          { name: "Republic of Korea", description: "News on the Republic of Korea.", aliases: ["RoK", "South Korea"], line: 1 },
          { name: "ASEAN", aliases: [], line: 4 },
          { name: "Việt Nam", aliases: ["Vietnam"], line: 5 },
        ],
      },
      issues: [],
    });
  });

  it("reads an empty file as no topics", () => {
    expect(validate("")).toEqual({ data: { file, topics: [] }, issues: [] });
  });

  const cases: { name: string; text: string; issues: Issue[]; names: string[] }[] = [
    {
      name: "an unknown key in an entry",
      text: "ASEAN:\n  descripton: The bloc.\n",
      issues: [error(2, 3, "ASEAN.descripton", "unknown-field", "`descripton` is not a known field; did you mean `description`?")],
      names: [],
    },
    {
      name: "an entry that is text",
      text: "ASEAN: The bloc\nRoK:\n",
      issues: [error(1, 1, "ASEAN", "type", 'expected `description` and `aliases` indented below the topic\'s name, got "The bloc"')],
      names: ["RoK"],
    },
    {
      name: "aliases that are not a list",
      text: "Republic of Korea:\n  aliases: RoK\n",
      issues: [error(2, 3, "Republic of Korea.aliases", "type", 'expected a list of other spellings, got "RoK"')],
      names: [],
    },
    {
      name: "a number as an alias",
      text: "Year of ASEAN:\n  aliases:\n    - 2020\n",
      issues: [error(3, 7, "Year of ASEAN.aliases[0]", "type", 'expected text, got the number 2020; put it in quotes: "2020"')],
      names: [],
    },
    {
      name: "an alias listed twice in one entry",
      text: "Republic of Korea:\n  aliases: [RoK, South Korea, ROK]\n",
      issues: [error(2, 31, "Republic of Korea.aliases[2]", "topic-alias", "`ROK` is listed twice; keep one")],
      names: ["Republic of Korea"],
    },
    {
      name: "an alias shared by two topics",
      text: "Republic of Korea:\n  aliases: [Korea]\nKorean Peninsula:\n  aliases: [Korea]\n",
      issues: [
        error(4, 13, "Korean Peninsula.aliases[0]", "topic-alias", "`Korea` is already an alias of `Republic of Korea`; an alias can lead to one topic only"),
      ],
      names: ["Republic of Korea", "Korean Peninsula"],
    },
    {
      name: "an alias naming another topic",
      text: "Republic of Korea:\n  aliases: [RoK, korean peninsula]\nKorean Peninsula:\n",
      issues: [
        error(2, 18, "Republic of Korea.aliases[1]", "topic-alias", "`korean peninsula` is the name of the topic `Korean Peninsula`; an alias cannot name another topic"),
      ],
      names: ["Republic of Korea", "Korean Peninsula"],
    },
  ];
  it.each(cases)("reports $name and keeps the valid entries", ({ text, issues, names }) => {
    const result = validate(text);
    expect(result.issues).toEqual(issues);
    expect(result.data.topics.map((topic) => topic.name)).toEqual(names);
  });

  it("drops a refused alias and keeps the first owner", () => {
    const result = validate("Republic of Korea:\n  aliases: [Korea]\nKorean Peninsula:\n  aliases: [Korea, Peninsula]\n");
    expect(result.data.topics.map((topic) => topic.aliases)).toEqual([["Korea"], ["Peninsula"]]);
  });
});

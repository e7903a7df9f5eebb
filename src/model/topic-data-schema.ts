/**
 * Validates `content/_data/topics.yaml`: a mapping from each topic's canonical name to an
 * optional `description` and `aliases`. Valid entries are always kept; every problem
 * becomes a positioned issue, including an alias that is ambiguous.
 */
import { z } from "zod";
import type { Issue } from "../diagnostics/issue";
import { hashSlug, toSlug } from "../slug";
import type { FieldPositions } from "../source/parse-yaml";
import { issueAt, schemaIssues, type FieldWording, type IssueTarget } from "./field-issues";
import type { TopicData, TopicEntry } from "./topic-data";

/** The valid topic entries and every issue in the data file. */
export interface TopicDataResult {
  readonly data: TopicData;
  readonly issues: Issue[];
}

const text = z.string().superRefine((value, ctx) => {
  if (value.trim() === "") ctx.addIssue({ code: "custom", message: "", params: { code: "empty" }, input: value });
});

const entryShape = { description: text.nullish(), aliases: z.array(text).nullish() };
const entrySchema = z.strictObject(entryShape).nullable();

const wording: FieldWording = {
  expected: {
    "": "`description` and `aliases` indented below the topic's name",
    description: "text",
    aliases: "a list of other spellings",
    "aliases[]": "text",
  },
  hints: {
    description: "describe the topic, or remove `description`",
    aliases: "list other spellings, or remove `aliases`",
    "aliases[]": "write a spelling or remove the empty item",
  },
  known: { "": Object.keys(entryShape) },
};

/** Topics are one when their names fold to the same slug (SPEC "Topics"). */
function foldTopic(name: string): string {
  return toSlug(name) || hashSlug(name);
}

/** Validates the topic data read from `file` (project-relative). */
export function validateTopicData(file: string, value: unknown, positions: FieldPositions): TopicDataResult {
  const issues: Issue[] = [];
  if (value === undefined || value === null) return { data: { file, topics: [] }, issues };
  if (typeof value !== "object" || Array.isArray(value)) {
    const target: IssueTarget = { file, positions, wording };
    return { data: { file, topics: [] }, issues: [issueAt(target, [], "yaml-not-mapping", "topic data must be a list of `Topic name:` entries")] };
  }

  const entries: { name: string; description?: string; aliases: string[] }[] = [];
  for (const [name, raw] of Object.entries(value)) {
    // Paths inside an entry are relative to it, so the wording tables stay short.
    const target: IssueTarget = { file, positions: { of: (path) => positions.of([name, ...path]) }, wording };
    const located = (issue: Issue): Issue => ({ ...issue, field: issue.field === "-" ? name : `${name}.${issue.field}` });
    if (name.trim() === "") {
      issues.push(located(issueAt(target, [], "empty", "a topic name is empty; write the topic's name before `:`")));
      continue;
    }
    const parsed = entrySchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      issues.push(...schemaIssues(target, raw, parsed.error.issues).map(located));
      continue;
    }
    entries.push({
      name,
      ...(parsed.data?.description ? { description: parsed.data.description } : {}),
      aliases: parsed.data?.aliases ?? [],
    });
  }

  const names = new Map(entries.map((entry) => [foldTopic(entry.name), entry.name]));
  const aliasOwners = new Map<string, string>();
  const topics: TopicEntry[] = entries.map((entry) => {
    const aliases: string[] = [];
    entry.aliases.forEach((alias, index) => {
      const fold = foldTopic(alias);
      const namedTopic = names.get(fold);
      const owner = aliasOwners.get(fold);
      let problem: string | undefined;
      if (namedTopic !== undefined && namedTopic !== entry.name) {
        problem = `\`${alias}\` is the name of the topic \`${namedTopic}\`; an alias cannot name another topic`;
      } else if (owner !== undefined) {
        problem = owner === entry.name
          ? `\`${alias}\` is listed twice; keep one`
          : `\`${alias}\` is already an alias of \`${owner}\`; an alias can lead to one topic only`;
      }
      if (problem !== undefined) {
        const { line, column } = positions.of([entry.name, "aliases", index]);
        issues.push({ file, line, column, field: `${entry.name}.aliases[${index}]`, code: "topic-alias", severity: "error", message: problem });
        return;
      }
      aliasOwners.set(fold, entry.name);
      aliases.push(alias);
    });
    return {
      name: entry.name,
      ...(entry.description !== undefined ? { description: entry.description } : {}),
      aliases,
      line: positions.of([entry.name]).line,
    };
  });
  return { data: { file, topics }, issues };
}

/**
 * `communique new "Headline" --tags "ASEAN, Việt Nam"`: files a new article as
 * `content/articles/YYYY/MM/<slug>.md` (month in the site's time zone) and never overwrites.
 * The file is valid at once and starts as a draft, so the preview shows it, marked; its
 * placeholder summary (unless `--summary` is given) is refused by `check` once the editor
 * removes `draft: true`, so the placeholder can never reach readers.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import type { DateTime } from "luxon";
import { parse, stringify } from "yaml";
import type { SiteConfig } from "../config";
import { maxTags } from "../model/article-schema";
import { articlesFolder } from "../source/load-bulletin";
import { summaryPlaceholder } from "../model/article";
import { hashSlug, slugPattern, toSlug } from "../slug";

/** What the editor asked for, with the clock and the site settings passed in. */
export interface NewArticleInput {
  readonly title: string;
  readonly tags: readonly string[];
  /** The moment of creation; becomes `date`, in the site's time zone. */
  readonly now: DateTime;
  readonly config: SiteConfig;
  /** @default config.defaultSection */
  readonly section?: string;
  /** Overrides the slug derived from the title; `[a-z0-9-]+`. */
  readonly slug?: string;
  /** @default summaryPlaceholder, which `check` refuses once the draft line goes */
  readonly summary?: string;
}

/** The file to write (project-relative path, full text), or the editor's mistake. */
export type NewArticlePlan =
  | { readonly ok: true; readonly path: string; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** Console streams, project folder, clock and settings, passed in so the command runs in tests. */
export interface NewArticleIo {
  readonly root: string;
  readonly now: DateTime;
  readonly config: SiteConfig;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const example = 'communique new "Headline" --tags "ASEAN, Republic of Korea"';

/** Plans the new article: where it goes and what it says. Pure. */
export function planNewArticle(input: NewArticleInput): NewArticlePlan {
  const title = singleLine(input.title);
  if (title === "") return { ok: false, message: `The headline is empty; write it in quotes: ${example}` };

  const tags = unique(input.tags.map(singleLine).filter((tag) => tag !== ""));
  if (tags.length === 0) {
    return {
      ok: false,
      message: `No topics given; list 1 to ${maxTags} after --tags, separated by commas: ${example} (with npm, put -- before the headline: npm run new -- "Headline" --tags "ASEAN")`,
    };
  }
  if (tags.length > maxTags) {
    return { ok: false, message: `${tags.length} topics given with --tags; keep at most ${maxTags}` };
  }

  const section = input.section === undefined ? input.config.defaultSection : singleLine(input.section);
  if (section === "") return { ok: false, message: "--section is empty; name a section such as Politics, or leave --section out" };

  if (input.slug !== undefined && !slugPattern.test(input.slug)) {
    return {
      ok: false,
      message: `--slug "${input.slug}" is not a valid slug; use lower-case letters a-z, digits and single hyphens, e.g. asean-summit`,
    };
  }
  const derived = toSlug(title);
  const slug = input.slug ?? (derived || hashSlug(title));
  // The address comes from `slug` when present, so the file name and the URL always agree.
  const writeSlug = slug !== derived;

  // Whole minutes, rounded down so a new article is never dated in the future.
  const date = input.now.setZone(input.config.timeZone).startOf("minute");
  const lines = [
    "---",
    `title: ${yamlText(title)}`,
    ...(writeSlug ? [`slug: ${slug}  # the address of the article; lower-case letters, digits and hyphens`] : []),
    `date: ${date.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ")}`,
    `summary: ${yamlText(input.summary === undefined ? summaryPlaceholder : singleLine(input.summary))}`,
    "tags:",
    ...tags.map((tag) => `  - ${yamlText(tag)}`),
    `section: ${yamlText(section)}`,
    "draft: true  # remove this line when the article is ready to publish",
    "---",
    "",
    "Write the article here in Markdown; leave an empty line between paragraphs.",
    "",
  ];
  return { ok: true, path: `${articlesFolder}/${date.toFormat("yyyy/MM")}/${slug}.md`, text: lines.join("\n") };
}

/** Runs the command: parses `argv`, writes the file (never overwriting), returns the exit code. */
export async function runNew(argv: readonly string[], io: NewArticleIo): Promise<number> {
  const parsed = readArgs(argv);
  if (typeof parsed === "string") {
    io.stderr(`${parsed}. Usage: ${example} [--section Politics] [--slug s]`);
    return 2;
  }
  const { values, positionals } = parsed;
  const plan = planNewArticle({
    // A headline typed without quotes arrives as several words; they are still one headline.
    title: positionals.join(" "),
    tags: (values.tags ?? "").split(","),
    now: io.now,
    config: io.config,
    ...(values.section !== undefined ? { section: values.section } : {}),
    ...(values.slug !== undefined ? { slug: values.slug } : {}),
    ...(values.summary !== undefined ? { summary: values.summary } : {}),
  });
  if (!plan.ok) {
    io.stderr(plan.message);
    return 2;
  }

  const file = join(io.root, ...plan.path.split("/"));
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, plan.text, { encoding: "utf8", flag: "wx" });
  } catch (error) {
    if (hasCode(error, "EEXIST")) {
      io.stderr(`${plan.path} already exists; choose another headline or pass --slug`);
      return 1;
    }
    throw error;
  }
  io.stdout(
    [
      `Created ${plan.path}`,
      "Next:",
      "  1. Open it, write the summary and the article, then remove the `draft: true` line to publish.",
      "  2. npm run check   lists anything still to fix",
      "  3. npm start       previews the bulletin at http://localhost:8080",
    ].join("\n"),
  );
  return 0;
}

function readArgs(argv: readonly string[]) {
  // `npm run new -- "Headline"` hands over the `--` when run another way; it is not an end of options here.
  const args = argv[0] === "--" ? argv.slice(1) : [...argv];
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { tags: { type: "string" }, section: { type: "string" }, slug: { type: "string" }, summary: { type: "string" } },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^' ]+)/u.exec(message)?.[1] ?? "";
    // Node's own wording for an unknown option suggests `--` tricks an editor does not need.
    if (hasCode(error, "ERR_PARSE_ARGS_UNKNOWN_OPTION")) return `${option} is not an option of new; it takes --tags, --summary, --section and --slug`;
    if (hasCode(error, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")) return `${option} needs a value`;
    return message.replace(/\.$/u, "");
  }
}

/** Collapses line breaks and runs of spaces: headlines, tags and sections are one line. */
function singleLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * A YAML scalar for `text`: as the YAML library writes it when every YAML reader (1.1 and
 * 1.2) reads it back as the same text, double-quoted otherwise, so `No` or `2021` stay text.
 */
function yamlText(text: string): string {
  const written = stringify(text, { lineWidth: 0 }).trimEnd();
  const readsBack = (version: "1.1" | "1.2"): boolean => {
    try {
      return parse(written, { version }) === text;
    } catch {
      return false;
    }
  };
  return !written.includes("\n") && readsBack("1.1") && readsBack("1.2") ? written : JSON.stringify(text);
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === code;
}

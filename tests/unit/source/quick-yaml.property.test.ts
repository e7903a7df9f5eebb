/**
 * The quick front-matter reader (js-yaml, `readYamlQuickly`) must never change what
 * `parseYaml` gives: for any text, `parseYaml` (quick reader first, full reader when it
 * declines) equals `parseYamlFully` (the `yaml` library alone) in `ok`, issues, data
 * (numbers compared with `Object.is`, so -0 and NaN count) and the position of every key
 * and list item, present or missing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../src/bench/generate-corpus";
import { defaultSiteConfig } from "../../../src/config";
import { parseYaml, parseYamlFully, type FieldPath } from "../../../src/source/parse-yaml";
import { readYamlQuickly } from "../../../src/source/quick-yaml";

const file = "content/articles/2026/11/story.md";
/** Front matter starts on line 2 of a file; 3 makes any off-by-one in line numbers show. */
const startLine = 3;

// ---------------------------------------------------------------------------------------
// Comparing the two readers
// ---------------------------------------------------------------------------------------

/** A short, exact rendering for failure messages: -0, NaN and ±Infinity stay visible. */
function show(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (value === undefined) return "undefined";
  let text: string;
  try {
    text = JSON.stringify(value, (_key, item: unknown) =>
      typeof item === "number" && (Object.is(item, -0) || !Number.isFinite(item)) ? `<number ${show(item)}>` : item,
    );
  } catch {
    text = String(value);
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * The first difference between two plain data values, or undefined when they are the same:
 * same types, numbers equal by `Object.is`, same prototypes, same own keys (in the same
 * order when `ordered`), recursively. Shared and cyclic parts are compared once.
 */
function dataDifference(quick: unknown, full: unknown, where: string, ordered: boolean, seen = new Map<object, Set<object>>()): string | undefined {
  const differ = (): string => `${where}: quick ${show(quick)}, full ${show(full)}`;
  if (typeof quick !== "object" || quick === null || typeof full !== "object" || full === null) {
    return typeof quick === typeof full && Object.is(quick, full) ? undefined : differ();
  }
  const pairs = seen.get(quick) ?? new Set<object>();
  if (pairs.has(full)) return undefined;
  pairs.add(full);
  seen.set(quick, pairs);
  if (Array.isArray(quick) !== Array.isArray(full)) return differ();
  if (Array.isArray(quick) && Array.isArray(full) && quick.length !== full.length) return differ();
  if (Object.getPrototypeOf(quick) !== Object.getPrototypeOf(full)) return `${where}: the prototypes differ (${differ()})`;
  const keysOf = (object: object): string[] => {
    const keys = Reflect.ownKeys(object).map(String);
    return ordered ? keys : keys.sort();
  };
  const quickKeys = keysOf(quick);
  const fullKeys = keysOf(full);
  if (quickKeys.join("\u0000") !== fullKeys.join("\u0000")) {
    return `${where}: keys quick ${show(quickKeys)}, full ${show(fullKeys)}${ordered ? " (in order)" : ""}`;
  }
  for (const key of Reflect.ownKeys(quick)) {
    const quickItem = Object.getOwnPropertyDescriptor(quick, key)?.value as unknown;
    const fullItem = Object.getOwnPropertyDescriptor(full, key)?.value as unknown;
    const found = dataDifference(quickItem, fullItem, `${where}[${show(String(key))}]`, ordered, seen);
    if (found) return found;
  }
  return undefined;
}

/** Every key and list-item path in `value`, depth first (at most `limit`, as aliases can share parts). */
function pathsIn(value: unknown, limit = 300): { path: FieldPath; value: unknown }[] {
  const found: { path: FieldPath; value: unknown }[] = [];
  const onPath = new Set<object>();
  const walk = (node: unknown, path: FieldPath): void => {
    if (typeof node !== "object" || node === null || onPath.has(node)) return;
    onPath.add(node);
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item: unknown, index): [number, unknown] => [index, item])
      : Object.entries(node);
    for (const [key, item] of entries) {
      if (found.length >= limit) break;
      const itemPath = [...path, key];
      found.push({ path: itemPath, value: item });
      walk(item, itemPath);
    }
    onPath.delete(node);
  };
  walk(value, []);
  return found;
}

/**
 * Paths to ask `positions.of` about: every present path; a missing top-level key and the
 * keys the project refuses; a missing child under every mapping, an index past the end
 * of every list, a child under every scalar; and each path with its indexes written as
 * strings (`["tags", "0"]`), which `of` has always read like the numbers.
 */
function probesFor(value: Record<string, unknown>): FieldPath[] {
  const probes: FieldPath[] = [[], ["zz-missing"], ["zz-missing", "deeper"], ["__proto__"], ["constructor"], ["<<"], [0], ["0"]];
  for (const { path, value: item } of pathsIn(value)) {
    probes.push(path);
    if (path.some((part) => typeof part === "number")) probes.push(path.map(String));
    if (Array.isArray(item)) probes.push([...path, item.length], [...path, item.length, "x"]);
    else if (typeof item === "object" && item !== null) probes.push([...path, "zz-missing"], [...path, "zz-missing", 0]);
    else probes.push([...path, "x"], [...path, 0]);
  }
  return probes;
}

/**
 * How `parseYaml` (quick reader first) and `parseYamlFully` disagree on `text`, or
 * undefined when they agree in every respect this test can observe.
 */
function disagreement(text: string): string | undefined {
  const quick = parseYaml(file, text, startLine);
  const full = parseYamlFully(file, text, startLine);
  if (quick.ok !== full.ok) {
    return `ok: quick ${String(quick.ok)}, full ${String(full.ok)}; quick issues ${show(quick.issues)}; full issues ${show(full.issues)}${
      full.ok ? `; full value ${show(full.value)}` : quick.ok ? `; quick value ${show(quick.value)}` : ""
    }`;
  }
  const shape = dataDifference(Object.keys(quick).sort(), Object.keys(full).sort(), "result fields", true);
  if (shape) return shape;
  const issues = dataDifference(quick.issues, full.issues, "issues", false);
  if (issues) return issues;
  if (!quick.ok || !full.ok) return undefined;
  const value = dataDifference(quick.value, full.value, "value", true);
  if (value) return value;
  for (const path of probesFor(full.value)) {
    const found = dataDifference(quick.positions.of(path), full.positions.of(path), `positions.of(${show(path)})`, false);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------
// A grammar of front-matter text
// ---------------------------------------------------------------------------------------

type Arb<T> = fc.Arbitrary<T>;

const sp = (count: number): string => " ".repeat(count);

/** `true` about once in `n` draws. */
const rarely = (n: number): Arb<boolean> => fc.integer({ min: 1, max: n }).map((draw) => draw === 1);

/** Indentation steps: mixed widths, as editors leave them. */
const step = fc.constantFrom(1, 2, 2, 2, 4);

/** Picks from arbitraries by weight, leaving out those weighted 0. */
function pick<T>(...choices: [number, Arb<T>][]): Arb<T> {
  return fc.oneof(...choices.filter(([weight]) => weight > 0).map(([weight, arbitrary]) => ({ weight, arbitrary })));
}

const realisticWords = [
  "ASEAN", "Việt Nam", "Hà Nội", "Huế", "Đà Nẵng", "Tết", "summit", "leaders", "meet", "in", "the", "and", "of", "trade",
  "Republic", "Korea", "Japan's", "Côte d'Ivoire", "Mekong–Lancang", "COVID-19", "e-visa", "2024", "50%", "C#", "10:30",
  "(UN)", "G7,", "talks;", "why?", "wow!", "a/b", "x=y", "日本", "Ελλάδα", "🇻🇳", "🎉", "naïve", "—", "…", "“quoted”",
];
const realisticWord = fc.constantFrom(...realisticWords);
/** Ordinary headline-like text that reads as a plain scalar: starts with a letter. */
const safeText = fc
  .tuple(fc.constantFrom("ASEAN", "Việt Nam", "Leaders", "Hà Nội", "Trade", "Ông", "Summit", "Japan"), fc.array(realisticWord, { maxLength: 7 }))
  .map(([first, rest]) => [first, ...rest].join(" "));

/** Every core-schema plain scalar kind, YAML 1.1 look-alikes and near misses. */
const coreScalars = [
  "0", "12", "-0", "+0", "+7", "-12", "0o17", "0o8", "0O17", "-0o17", "0x1F", "0x1f", "0X1F", "0xg", "-0x1F", "+0x1F", "0b11", "-0b11",
  "1_000", "012", "-012", "00", "08", "123456789012345678901234567890", "9007199254740993",
  "1.5", ".5", "-.5", "+.5", "1.", "-1.", "0.0", "-0.0", "+0.", "1e3", "1E3", "1e+3", "1.5E-2", "-1e-3", ".1e2", "1e", "e3", "1.2.3", "1_0.5",
  "1e400", "-1e400", "1e-400", ".inf", "-.Inf", "+.INF", ".Inf", ".INF", "inf", "-inf", ".iNf", ".NaN", ".nan", ".NAN", "NaN", "-.nan", "+.nan",
  "Infinity", "0.1", "6.02e23", "1__0", "1,000", "1 000", "1.e3", ".e3", "0x", "0o", "+0x1", "0xFFFFFFFFFFFFFFFFFFFF", "1e3_0",
  "true", "True", "TRUE", "tRUE", "false", "False", "FALSE", "yes", "Yes", "YES", "No", "no", "on", "On", "Off", "off", "y", "n", "Y",
  "~", "null", "Null", "NULL", "nULL", "nil", "None", "~~", "-~",
  "2020-08-26", "2026-11-28T08:18:00+07:00", "2026-11-28 08:18:00", "2026-11-28t08:18:00z", "12:30", "1:20:30", "190:20:30", "0:0",
  "-", "--", "-1-", "+", ".", "..", "?", "?x", ":x", "-x", "x:", "x-", "a:b", "http://example.org/a#b", "%x", "=", "<<", "!", "&", "*",
];
const coreScalar = fc.constantFrom(...coreScalars);

/** Text pieces with YAML meaning in some places, glued without spaces into risky scalars. */
const riskyPieces = [
  " ", ": ", ":", " #", "#", "&", "*", "!", "%", "@", "`", "|", ">", ",", "[", "]", "{", "}", "'", '"', "?", "- ", "-", "\t", "  ",
  "\u00A0", "\uFFFD", "🎉", "\u2028", "\u200B", "\uFEFF", "\\", "x", "Việt", "a", "1", "~", ".", "=",
];
const riskyText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...riskyPieces) }, { weight: 2, arbitrary: realisticWord }), { minLength: 1, maxLength: 6 })
  .map((pieces) => pieces.join(""));

/** Rare characters the readers may treat differently: controls, breaks, BOM, surrogates. */
const exoticPieces = ["\u0001", "\u0007", "\u007F", "\u0085", "\u009F", "\u2029", "\uFEFF", "\uD800", "\uDC00", "\uFFFE", "\r", "\u000B", "\u000C"];

const singleQuotedPieces = ["it''s", "''", "a", "Việt Nam", '"', "\\", "\\n", "# x", " #x", ": ", "[", "{", "&a", "*a", "!x", "🎉", "\t", "  "];
const singleQuoted = fc.array(fc.constantFrom(...singleQuotedPieces), { maxLength: 5 }).map((pieces) => `'${pieces.join("")}'`);

const doubleQuotedPieces = [
  "\\n", "\\t", "\\\\", '\\"', "\\u00e9", "\\u1EC7", "\\x41", "\\0", "\\a", "\\e", "\\q", "\\/", "\\ ", "\\_", "\\N", "\\L", "\\P",
  "\\U0001F600", "\\uD83D\\uDE00", "\\uD800", "\\x7f", "\\x85", "\\b", "\\v", "\\f", "\\r", "\\xZZ", "\\u12", "\\\t",
  "'", "#", " #", ": ", "Việt", "x", " ", "\t", "🎉",
];
const doubleQuoted = fc.array(fc.constantFrom(...doubleQuotedPieces), { maxLength: 5 }).map((pieces) => `"${pieces.join("")}"`);

/** Anchors, tags and aliases, which the full reader reports and the quick one must leave to it. */
const nodeProperty = fc.constantFrom(
  "&a ", "&b ", "&x1 ", "!!str ", "!foo ", "! ", "!!int ", "!!float ", "!!null ", "!!bool ", "!!binary ", "!!timestamp ", "!!seq ",
  "!!map ", "!<tag:yaml.org,2002:str> ", "!!str &a ", "&a !!str ", "!e!x ",
);
const alias = fc.constantFrom("*a", "*b", "*x1", "*nope", "*a ", "*a # c");

/** A scalar written on one line, in any style. */
const oneLineScalar = pick<string>(
  [5, safeText],
  [4, coreScalar],
  [3, riskyText],
  [2, singleQuoted],
  [3, doubleQuoted],
  [1, fc.tuple(fc.constantFrom(...exoticPieces), safeText).map(([exotic, text]) => `${text}${exotic}x`)],
);

/** A flow list or mapping, nested up to `depth`, possibly over several lines indented to `indent`. */
function flowCollection(depth: number, indent: number): Arb<string> {
  const separator = fc.constantFrom(", ", ",", " , ", ",  ", `,\n${sp(indent + 1)}`, `,\n${sp(indent + 2)}`, `\n${sp(indent + 1)}, `);
  const flowItem = pick<string>(
    [6, pick([3, safeText], [3, coreScalar], [1, riskyText], [2, singleQuoted], [2, doubleQuoted])],
    [depth > 0 ? 2 : 0, fc.constant(null).chain(() => flowCollection(depth - 1, indent + 1))],
    [1, fc.constantFrom("", "a: b", "a:b", "? a", "? a : b", "- a", "a #b", "a: [b]", "&a x", "*a", "!!str 1", "x\ny")],
  );
  const items = fc.array(fc.tuple(flowItem, separator), { maxLength: 4 });
  const list = fc.tuple(items, rarely(5), fc.constantFrom("", " ", `\n${sp(indent)}`)).map(
    ([parts, trailingComma, beforeClose]) =>
      `[${parts.map(([item, separator], index) => (index === 0 ? item : `${separator}${item}`)).join("")}${trailingComma ? "," : ""}${beforeClose}]`,
  );
  const flowKey = fc.constantFrom("a", "b", "src", "Việt Nam", '"a"', "'b'", "1", "true", "null", "__proto__", "<<", "a b", "", "? k");
  const mapEntry = fc
    .tuple(flowKey, fc.constantFrom(": ", ":", " : ", "", ":\n  "), pick<string>([4, flowItem], [1, fc.constant("")]))
    .map(([key, colon, value]) => (colon === "" ? key : `${key}${colon}${value}`));
  const map = fc
    .tuple(fc.array(fc.tuple(mapEntry, separator), { maxLength: 4 }), rarely(5))
    .map(([entries, trailingComma]) => `{${entries.map(([entry, separator], index) => (index === 0 ? entry : `${separator}${entry}`)).join("")}${trailingComma ? "," : ""}}`);
  return fc.oneof({ weight: 3, arbitrary: list }, { weight: 2, arbitrary: map });
}

/** A value on the key's line: a scalar, flow collection, or one with an anchor, tag or alias. */
function inlineValue(depth: number, indent: number): Arb<string> {
  return pick<string>(
    [12, oneLineScalar],
    [3, flowCollection(Math.min(depth, 1), indent)],
    [1, fc.tuple(nodeProperty, oneLineScalar).map(([property, value]) => `${property}${value}`)],
    [1, alias],
  );
}

/** What may follow a value on its line. */
const lineEnd = fc.constantFrom("", "", "", "", " # c", "  # note: x", " #", "  ", "\t", " \t ");

/** A plain or quoted scalar continued over several lines, the continuations indented past `indent`. */
function multiLineScalar(indent: number): Arb<string> {
  const continuation = fc.tuple(fc.integer({ min: 0, max: 5 }), pick<string>([4, safeText], [1, riskyText], [1, coreScalar]), rarely(4));
  const lines = fc.array(continuation, { minLength: 1, maxLength: 3 });
  const plain = fc
    .tuple(safeText, lines)
    .map(([first, rest]) => ` ${first}${rest.map(([extra, text, blank]) => `${blank ? "\n" : ""}\n${sp(indent + extra)}${text}`).join("")}`);
  const quoted = fc
    .tuple(fc.constantFrom("'", '"'), safeText, lines, fc.constantFrom("", "\\", " "))
    .map(([quote, first, rest, joint]) => {
      const body = rest.map(([extra, text, blank]) => `${quote === '"' ? joint : ""}${blank ? "\n" : ""}\n${sp(indent + extra)}${text.replaceAll(quote, "")}`);
      return ` ${quote}${first}${body.join("")}${quote}`;
    });
  return fc.oneof(plain, quoted);
}

/** A block scalar (`|`, `>-`, `|2` …) for a key or item at `indent`. */
function blockScalar(indent: number): Arb<string> {
  const header = fc.constantFrom("|", "|-", "|+", ">", ">-", ">+", "|2", "|1-", "|+2", ">2", "|-1", "|9", "|0", "|-+", "|a");
  const bodyLine = fc.tuple(
    fc.constantFrom("text", "more", "extra", "blank", "spaces", "less", "tab"),
    pick<string>([4, safeText], [2, riskyText], [1, fc.constantFrom("# not a comment", "key: not a key", "- not an item", "---", "...")]),
  );
  return fc
    .tuple(header, fc.constantFrom("", "", "", " # c", "  "), step, fc.array(bodyLine, { maxLength: 5 }), fc.integer({ min: 0, max: 3 }))
    .map(([head, comment, width, lines, trailingBlanks]) => {
      const explicit = /[1-9]/.exec(head);
      const bodyIndent = indent + (explicit ? Number(explicit[0]) : width);
      const body = lines.map(([kind, text]) => {
        switch (kind) {
          case "more":
            return `${sp(bodyIndent + 2)}${text}`;
          case "extra":
            return `${sp(bodyIndent + 1)}${text}`;
          case "blank":
            return "";
          case "spaces":
            return sp(bodyIndent + 3);
          case "less":
            return `${sp(Math.max(bodyIndent - 1, 0))}${text}`;
          case "tab":
            return `${sp(bodyIndent)}\t${text}`;
          default:
            return `${sp(bodyIndent)}${text}`;
        }
      });
      return ` ${head}${comment}${body.map((line) => `\n${line}`).join("")}${"\n".repeat(trailingBlanks)}`;
    });
}

const realisticKeys = ["title", "date", "summary", "tags", "section", "image", "author", "location", "source", "slug", "src", "alt", "name", "url"];

/** Mapping keys: plain, quoted, number-looking, refused, odd and over-long. */
const mappingKey = pick<string>(
  [10, fc.constantFrom(...realisticKeys)],
  [3, fc.constantFrom("x-y", "a_b", "k9", "Việt Nam", "Hà Nội", "tiêu đề", "日本", "🎉 emoji", "a b", "a#b", "a-", "-a", "C#", "key ", "x.y", "a'b", 'a"b', "a:b", "toString", "valueOf", "hasOwnProperty")],
  [3, fc.constantFrom("'title'", '"title"', "'it''s'", '"a\\tb"', '"tags"', '""', "''", '"a: b"', '"\\u0074itle"', "'x #y'", '"\\0"', "'1'", '"true"')],
  [3, fc.constantFrom("1", "1.0", "0x10", "0o10", "0b10", "-0", "0", "1e3", ".5", "true", "True", "false", "null", "~", "Null", ".inf", "-.inf", ".nan", "012", "1_0", "2020-08-26", "+1", "1e400")],
  [2, fc.constantFrom("__proto__", "constructor", "prototype", "<<", '"__proto__"', "'constructor'")],
  [1, fc.constantFrom("&k title", "!!str 5", "!foo key", "*a", "[a, b]", "{a: 1}", "", "? a", "- a", "a\tb", "title\t")],
  [1, fc.tuple(fc.integer({ min: 1018, max: 1030 }), fc.constantFrom("k", "é", "😀")).map(([length, unit]) => unit.repeat(unit.length === 2 ? Math.ceil(length / 2) : length))],
);

const commentLine = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom("# c", "#", "# key: value", "# - item", "#  Việt Nam 🎉", "## heading")).map(([indent, text]) => `${sp(indent)}${text}`);
const blankLine = fc.constantFrom("", " ", "   ", "\t");

/** What follows `key:` for a key at `indent`, nesting blocks up to `depth` more levels. */
function afterColon(indent: number, depth: number): Arb<string> {
  const deeper = (arb: (inner: number) => Arb<string>): Arb<string> => step.chain((width) => arb(indent + width));
  return pick<string>(
    [14, fc.tuple(inlineValue(depth, indent), lineEnd).map(([value, end]) => ` ${value}${end}`)],
    [1, fc.constantFrom("", " ", " # c", "  #", "\t")],
    [2, multiLineScalar(indent + 1)],
    [2, blockScalar(indent)],
    [depth > 0 ? 4 : 0, fc.tuple(fc.boolean(), step).chain(([sameIndent, width]) => blockList(sameIndent ? indent : indent + width, depth - 1).map((list) => `\n${list}`))],
    [depth > 0 ? 4 : 0, deeper((inner) => blockMapping(inner, depth - 1).map((map) => `\n${map}`))],
    [depth > 0 ? 1 : 0, fc.tuple(fc.constantFrom(" # c", "", " &a", " !!map", " !!seq", " &a # c"), deeper((inner) => fc.oneof(blockMapping(inner, depth - 1), blockList(inner, depth - 1)))).map(([head, block]) => `${head}\n${block}`)],
    [1, fc.tuple(fc.constantFrom("", " # c", " # c\n#"), deeper((inner) => inlineValue(depth, inner).map((value) => `${sp(inner)}${value}`))).map(([head, line]) => `${head}\n${line}`)],
  );
}

/** One `key: value` entry of a block mapping at `indent` (possibly several lines). */
function mappingEntry(indent: number, depth: number): Arb<string> {
  const implicit = fc.tuple(mappingKey, fc.constantFrom(":", ":", ":", ":", " :", "  :"), afterColon(indent, depth)).map(([key, colon, value]) => `${sp(indent)}${key}${colon}${value}`);
  const explicit = fc.tuple(mappingKey, afterColon(indent, depth), rarely(3)).map(([key, value, noValue]) => `${sp(indent)}? ${key}${noValue ? "" : `\n${sp(indent)}:${value}`}`);
  return pick<string>([20, implicit], [1, explicit], [2, commentLine], [1, blankLine]);
}

/** A block mapping at `indent`. */
function blockMapping(indent: number, depth: number): Arb<string> {
  return fc
    .tuple(mappingEntry(indent, depth), fc.array(mappingEntry(indent, depth), { maxLength: 3 }))
    .map(([first, rest]) => [first, ...rest].join("\n"));
}

/** One `- item` of a block list at `indent`. */
function listItem(indent: number, depth: number): Arb<string> {
  const nested = (arb: Arb<string>): [number, Arb<string>] => [depth > 0 ? 2 : 0, arb];
  const afterDash = pick<string>(
    [14, fc.tuple(inlineValue(depth, indent), lineEnd).map(([value, end]) => ` ${value}${end}`)],
    [2, fc.constantFrom("", " ", " # c")],
    [1, multiLineScalar(indent + 1)],
    [1, blockScalar(indent)],
    // `- - x`: a list in a list, on the same line.
    nested(fc.tuple(fc.constant(null).chain(() => listItem(indent + 2, depth - 1)), fc.array(fc.constant(null).chain(() => listItem(indent + 2, depth - 1)), { maxLength: 2 })).map(([first, rest]) => ` ${first.trimStart()}${rest.map((item) => `\n${item}`).join("")}`)),
    // `- name: x` then `  alt: y`: a mapping in a list, its keys lined up after the dash.
    nested(fc.integer({ min: 1, max: 3 }).chain((spaces) => blockMapping(indent + 1 + spaces, depth - 1).map((map) => `${sp(spaces)}${map.trimStart()}`))),
    nested(step.chain((width) => fc.oneof(blockMapping(indent + width, depth - 1), blockList(indent + width, depth - 1)).map((block) => `\n${block}`))),
  );
  return pick<string>([12, afterDash.map((after) => `${sp(indent)}-${after}`)], [1, commentLine], [1, blankLine]);
}

/** A block list at `indent`. */
function blockList(indent: number, depth: number): Arb<string> {
  return fc.array(listItem(indent, depth), { minLength: 1, maxLength: 4 }).map((items) => items.join("\n"));
}

/** Lines the project refuses or reports, and plain mistakes. */
const brokenPiece = fc.constantFrom(
  "\ttitle: x", "title:\n\t- a", "tags:\n  - a\n \t- b", "  badly: indented", 'title: "unclosed', "title: 'unclosed\nnext: y",
  "key: value: other", "just a line without a colon", "---", "...", "--- # doc", "--- x: 1", "%YAML 1.2", "%TAG !e! tag:e.org,2000:",
  "- item", "key:value", "a: @b", "a: `b`", "a: %b", "a: - b", "a: [unclosed", "a: {unclosed", "a: ]", "a: }", 'a: "x" trailing',
  "a: 'x'y", "a: |\nno indent", "? ", ": v", "a:\n  b: 1\n c: 2", "a: b\n  c: d", "a:\n  - b\n  c: d", "a:\n  - b\n - c",
  "key: x\u0001y", "key: a\rb", "key: x\r", "k\u0085: v", "key: \u2028x", "a: \uFEFFb", 'a: "\\x00"', "a: [b]c", "a: {b: c}d",
  "a: b #c\n  d", "a: &a\n  - x\nb: *a", "a: &a [x]\nb: *a", "base: &b\n  x: 1\nc:\n  <<: *b\n  y: 2", "<<: {a: 1}", "a: !!binary aGVsbG8=",
  "a: !!set {x}", "a: !!omap [x: 1]", "a: !!timestamp 2020-01-01", "a: !!int 0x10", "a: !!float 1", "a: !!int '12'", "a: !!null ''",
  "a: !!bool yes", "a: !!str", "a:\n  ? [x]\n  : y", "__proto__: {polluted: true}", "constructor:\n  prototype: x", "a: 1\na: 2",
  "tags: []\ntags: [x]", "'a': 1\na: 2", "1: a\n'1': b", "1.0: a\n1: b", "title: A\nTitle: B",
);

/** A top-level entry of any kind: ordinary, odd or broken. */
const anyEntry = pick<string>([10, mappingEntry(0, 2)], [1, brokenPiece]);

/** Realistic front matter, field by field, in the usual order (some fields left out). */
const realisticTag = fc.constantFrom("ASEAN", "Việt Nam", "Hà Nội", "UN Security Council", "COVID-19", "Tết", "Mekong–Lancang Cooperation", "Côte d'Ivoire", "G7", "EVFTA", "🇻🇳", '"Japan"', "'Korea'", "Diplomacy", "2024", "yes");
const realisticFields = fc.tuple(
  pick<string>([6, safeText], [1, fc.constantFrom("'Việt Nam''s role in ASEAN'", '"Leaders: a new era"', '"Hà Nội \\u2014 capital"', "Hà Nội joins #UNESCO network")]).map((title) => `title: ${title}`),
  fc.constantFrom("2020-08-26", "2026-11-28T08:18:00+07:00", "2019-11-01", '"2020-08-26"', "2026-11-28 08:18", "2026-11-28T08:18:00Z").map((date) => `date: ${date}`),
  fc.option(pick<string>([5, safeText.map((text) => ` ${text}`)], [1, multiLineScalar(1)], [1, blockScalar(0)]).map((summary) => `summary:${summary}`)),
  fc.option(
    fc.oneof(
      fc.tuple(fc.constantFrom(0, 1, 2, 4), fc.array(realisticTag, { minLength: 1, maxLength: 5 })).map(([indent, tags]) => `tags:\n${tags.map((tag) => `${sp(indent)}- ${tag}`).join("\n")}`),
      fc.array(realisticTag, { maxLength: 4 }).map((tags) => `tags: [${tags.join(", ")}]`),
    ),
  ),
  fc.constantFrom("World", "Politics", "Economy", "Culture", "Society").map((section) => `section: ${section}`),
  fc.option(
    fc.tuple(fc.constantFrom(1, 2, 4), fc.subarray(["src: a.jpg", "alt: Leaders at the summit", "caption: 'Hà Nội, 2024'", "credit: VNA"], { minLength: 1 })).map(
      ([indent, lines]) => `image:\n${lines.map((line) => `${sp(indent)}${line}`).join("\n")}`,
    ),
  ),
  fc.option(fc.constantFrom("author: Đặng Hữu Lan", "location: Huế", "source: NDO", "source:\n  name: VNA\n  url: https://example.org/a", "draft: true", "slug: asean-meets-2", "related:\n  - a\n  - b")),
);
const realisticDoc = realisticFields.map((fields) => fields.filter((field): field is string => field !== null));

/** Realistic front matter with a few odd or broken entries put in anywhere. */
const mixedDoc = fc.tuple(realisticDoc, fc.array(fc.tuple(fc.nat(), anyEntry), { minLength: 1, maxLength: 3 })).map(([fields, inserts]) => {
  const entries = [...fields];
  for (const [at, entry] of inserts) entries.splice(at % (entries.length + 1), 0, entry);
  return entries;
});

/** Entries of every kind, none of them realistic on purpose. */
const grammarDoc = fc.array(anyEntry, { maxLength: 6 });

/** Whole texts that are not a mapping, or barely one. */
const oddDoc = fc.constantFrom<readonly string[]>(
  [""], ["\n"], ["# only a comment"], ["- a", "- b"], ["just text"], ["'quoted'"], ["[a, b]"], ["{a: 1}"], ["{a: 1}", "b: 2"], ["~"], ["12"],
  ["|", "  block"], ["&a", "x: 1"], ["--- ", "x: 1"], ["x: 1", "---", "y: 2"], ["x: 1", "...", ""], ["!!map", "x: 1"], ["? a"], ["%YAML 1.2", "---", "a: 1"],
  ["  a: 1", "  b: 2"], ["  a: 1", "b: 2"], ["a: 1", "  b: 2"],
);

/** Whole-text changes: CRLF or CR line ends, a BOM, trailing spaces, a final line break or none, indentation. */
const finish = fc.record({
  lineEnd: fc.constantFrom("\n", "\n", "\n", "\n", "\n", "\n", "\n", "\n", "\n", "\n", "\n", "\n", "\r\n", "\r"),
  bom: rarely(30),
  trailingSpaces: rarely(20),
  final: fc.constantFrom("", "\n", "\n", "\n\n", "\n  ", "\n# end"),
  indentAll: rarely(25),
});

const frontMatter: Arb<string> = fc
  .tuple(pick<readonly string[]>([6, realisticDoc], [5, mixedDoc], [5, grammarDoc], [1, oddDoc]), finish)
  .map(([entries, { lineEnd, bom, trailingSpaces, final, indentAll }]) => {
    let lines = `${entries.join("\n")}${final}`.split("\n");
    if (trailingSpaces) lines = lines.map((line) => `${line}  `);
    if (indentAll) lines = lines.map((line) => ` ${line}`);
    return `${bom ? "\uFEFF" : ""}${lines.join(lineEnd)}`;
  });

/** One scalar in every position it can take: value, list item, flow item, key. */
const scalarInPlace: Arb<string> = fc
  .tuple(
    pick<string>([5, coreScalar], [3, riskyText], [2, singleQuoted], [3, doubleQuoted], [1, fc.tuple(nodeProperty, coreScalar).map(([property, value]) => `${property}${value}`)], [1, fc.constantFrom(...exoticPieces)]),
    fc.constantFrom(
      "key: S\n", "key: S", "a: 1\nkey: S\nb: 2\n", "tags:\n  - S\n", "tags:\n- S\n- x", "tags: [S]", "tags: [S, x]", "m: {k: S}", "m: {S: v}",
      "S: v\n", "S:\n  - a\n", "a: 1\nS: v\nb: 2\n", "m:\n  S: v\n  w: x\n", "- S\n", "S\n", "key: S # c\n", "key:\n  S\n", "? S\n: v\n",
    ),
  )
  .map(([scalar, template]) => template.replace("S", () => scalar));

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

describe("the comparison", () => {
  // A check that cannot fail proves nothing: the comparison must see the differences that matter.
  it("tells -0 from 0, NaN from a string, key order, and prototypes apart, and takes NaN as NaN", () => {
    expect(dataDifference({ a: [-0] }, { a: [0] }, "value", true)).toBe('value["a"]["0"]: quick -0, full 0');
    expect(dataDifference({ a: NaN }, { a: NaN }, "value", true)).toBeUndefined();
    expect(dataDifference({ a: NaN }, { a: "NaN" }, "value", true)).toBeDefined();
    expect(dataDifference({ a: 1, b: 2 }, { b: 2, a: 1 }, "value", true)).toBeDefined();
    expect(dataDifference({ a: 1, b: 2 }, { b: 2, a: 1 }, "issue", false)).toBeUndefined();
    expect(dataDifference(Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 }, "value", true)).toBeDefined();
    expect(dataDifference({ a: null }, { a: undefined }, "value", true)).toBeDefined();
  });
});

describe("parseYaml with the quick reader agrees with the full reader", () => {
  // Random front matter from the grammar: realistic, mixed with odd pieces, or odd throughout.
  it("on generated front matter", () => {
    fc.assert(
      fc.property(frontMatter, (text) => {
        expect(disagreement(text)).toBeUndefined();
      }),
      { numRuns: 5000 },
    );
  });

  // One scalar at a time, in each place it can stand: where the two schemas' rules differ.
  it("on every kind of scalar in every place", () => {
    fc.assert(
      fc.property(scalarInPlace, (text) => {
        expect(disagreement(text)).toBeUndefined();
      }),
      { numRuns: 4000 },
    );
  });

  const tricky: [string, string][] = [
    // Keys.
    ["plain, Vietnamese and emoji keys", "title: A\nViệt Nam: x\n🎉: y\nx-y_z9: z\n"],
    ["quoted keys", "'title': A\n\"date\": 2020-08-26\n'it''s': x\n\"a\\tb\": y\n"],
    ["number-looking keys", "1: a\n1.5: b\n0x10: c\n0o10: d\ntrue: e\n-0: f\n1e3: g\n.inf: h\n.nan: i\n"],
    ["YAML 1.1-only number keys", "0b10: a\n1_0: b\n012: c\n+1: d\n"],
    ["null keys", "~: a\nnull: b\n"],
    ["an empty key", ": a\nb: c\n"],
    ["duplicate keys, also written differently", "title: A\ntitle: B\n1: x\n'1': y\n1.0: z\n"],
    ["a key longer than 1024 characters", `${"k".repeat(1025)}: x\n`],
    ["a key of exactly 1024 characters", `${"k".repeat(1024)}: x\n`],
    ["a key of 513 emoji (1026 UTF-16 units)", `${"😀".repeat(513)}: x\n`],
    ["explicit keys", "? title\n: A\n? tags\n: [a]\n"],
    ["a space before the colon", "title : A\ndate  : 2020-08-26\n"],
    // Plain scalars of every core-schema kind.
    ["ints", "a: 12\nb: -0\nc: +7\nd: 0o17\ne: 0x1F\nf: 0b11\ng: 1_000\nh: 012\ni: -0x1F\nj: 0X1F\n"],
    ["big ints", "a: 123456789012345678901234567890\nb: 9007199254740993\nc: -0o17\n"],
    ["floats", "a: 1.5\nb: .5\nc: -.5\nd: 1.\ne: 1e3\nf: 1.5E-2\ng: .inf\nh: -.Inf\ni: .NaN\nj: .nan\nk: 1e400\nl: -0.0\nm: +.5\n"],
    ["bools and YAML 1.1 look-alikes", "a: true\nb: True\nc: TRUE\nd: yes\ne: No\nf: on\ng: tRUE\n"],
    ["nulls", "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\n"],
    ["dates stay text", "a: 2020-08-26\nb: 2026-11-28T08:18:00+07:00\nc: 12:30\nd: 1:20:30\n"],
    ["indicators inside plain text", "a: x: y\nb: a #b\nc: a#b\nd: a & b * c ! d % e @ f\ne: a | b > c , d [e] {f}\nf: it's \"so\"\n"],
    ["indicators starting a value", "a: @x\n"],
    ["a backtick starting a value", "a: `x`\n"],
    ["trailing spaces and tabs", "a: x  \nb: y\t\nc: z \t \n"],
    ["Unicode text", "a: Việt Nam 🇻🇳\nb: \uFFFD\nc: a\u00A0b\nd: \u00A0lead\ne: x\u2028y\nf: \u200Bzero\n"],
    ["control characters written as is", "a: x\u0001y\nb: z\u0085\n"],
    ["a BOM inside a value", "a: x\uFEFFy\n"],
    // Quoted scalars.
    ["single quotes", "a: 'it''s'\nb: ''\nc: '\\n # x: y'\n"],
    ["double-quote escapes", 'a: "\\n\\t\\\\\\"\\u00e9\\x41"\nb: "\\/\\ \\_\\N\\L\\P"\nc: "\\U0001F600\\uD83D\\uDE00"\n'],
    ["control escapes", 'a: "\\0"\nb: "\\a"\nc: "\\e"\nd: "\\x85"\n'],
    ["an invalid escape", 'a: "\\q"\n'],
    ["a lone surrogate escape", 'a: "\\uD800"\n'],
    ["multi-line quoted scalars", "a: 'one\n  two\n\n  three'\nb: \"one\\\n  two \\\n  three\n\n   four\"\n"],
    ["multi-line plain scalars", "a: one\n  two\n\n  three\nb: x\n"],
    ["a multi-line plain scalar with a colon later", "a: one\n  two: three\n"],
    // Block scalars.
    ["literal and folded block scalars", "a: |\n  one\n  two\nb: >\n  one\n  two\n\n  three\n    more\nc: x\n"],
    ["chomping", "a: |-\n  x\n\nb: |+\n  x\n\n\nc: >-\n  y\n"],
    ["keep chomping at the end", "a: |+\n  x\n\n\n"],
    ["clip chomping at the end without a line break", "a: |\n  x"],
    ["an indentation indicator", "a: |2\n    x\n  y\nb: >1\n  z\n"],
    ["an empty block scalar", "a: |\nb: >-\nc: x\n"],
    ["a block scalar with leading blank lines", "a: |\n\n  \n  x\n"],
    ["a block scalar with more spaces on a leading blank line", "a: |\n     \n  x\n"],
    ["a comment after a block header", "a: | # c\n  x\n"],
    ["tabs inside a block scalar", "a: |\n  \tx\n  y\t\n"],
    // Lists.
    ["a block list", "tags:\n  - a\n  - b\n"],
    ["items at the key's indent", "tags:\n- a\n- b\ntitle: x\n"],
    ["nested lists on one line", "a:\n  - - x\n    - y\n  - z\n"],
    ["empty items", "tags:\n  -\n  - b\n  -\n"],
    ["an empty item with a trailing space", "tags:\n  - \n  - b\n"],
    ["an empty first item before a key", "tags:\n-\ntitle: x\n"],
    ["mappings in a list", "people:\n  - name: x\n    alt: y\n  -   name: z\n      alt: w\n"],
    ["a mapping in a list on the next line", "people:\n  -\n    name: x\n"],
    ["flow lists", "a: [a, b, \"c d\"]\nb: []\nc: [ x ,y , ]\nd: [a, [b, c], {d: e}]\n"],
    ["a flow list over lines", "a: [a,\n  b,\n  c]\n"],
    ["a pair inside a flow list", "a: [k: v, x]\n"],
    ["an empty flow item", "a: [a, , b]\n"],
    // Mappings.
    ["flow mappings", "a: {a: 1, b: two}\nb: {}\nc: {\"a\":1}\nd: {a:1}\ne: {a, b: c}\n"],
    ["nested block mappings", "image:\n  src: a.jpg\n  alt: x\n"],
    ["mixed indentation widths", "a:\n b:\n     c: 1\n     d:\n         - x\n e: 2\n"],
    ["empty values one after another", "a:\nb:\nc: 1\n"],
    ["an empty value at the end", "a: 1\nb:"],
    ["a value on the next line", "a:\n  x\nb: y\n"],
    // Comments and blank lines.
    ["comments everywhere", "# start\ntitle: A # c\n\n  # indented\ntags: # c\n  # between\n  - a # c\n# end\n"],
    ["a comment between key and value", "a: # c\n  x\n"],
    ["a hash without a space", "a: b#c\nb: 'x'#c\n"],
    ["blank lines with spaces", "a: 1\n   \n\t\nb: 2\n"],
    // Rejected features.
    ["an anchor and an alias", "a: &x 1\nb: *x\n"],
    ["an alias to a mapping", "a: &x\n  k: 1\nb: *x\n"],
    ["a merge key", "base: &b\n  x: 1\nc:\n  <<: *b\n"],
    ["tags", "a: !!str 5\nb: !foo x\nc: ! y\nd: !!int '12'\n"],
    ["an unresolvable tag", "a: !!int x\n"],
    ["prototype keys", "__proto__: 1\nconstructor: 2\nprototype: 3\n"],
    ["a quoted prototype key in a flow mapping", "a: {\"__proto__\": {x: 1}}\n"],
    ["a list as a key", "? [a, b]\n: c\n"],
    ["a flow list as an implicit key", "[a, b]: c\n"],
    // Mistakes.
    ["a tab as indentation", "tags:\n\t- a\n"],
    ["a tab after the colon", "a:\tx\n"],
    ["wrong indentation", "a:\n  b: 1\n c: 2\n"],
    ["a missing closing quote", 'a: "x\nb: y\n'],
    ["a colon after a value", "key: value: other\n"],
    ["a line without a colon", "a: 1\njust words\n"],
    ["a document marker inside", "a: 1\n---\nb: 2\n"],
    ["a document end inside", "a: 1\n...\nb: 2\n"],
    ["a top-level list", "- a\n- b\n"],
    ["a top-level scalar", "just words\n"],
    ["a top-level flow mapping", "{a: 1, b: [x]}\n"],
    ["an empty text", ""],
    ["only comments", "# a\n# b\n"],
    ["CRLF line ends", "a: 1\r\ntags:\r\n  - x\r\nb: |\r\n  y\r\n"],
    ["CR line ends", "a: 1\rb: 2\r"],
    ["a BOM at the start", "\uFEFFa: 1\nb: 2\n"],
    ["an indented top-level mapping", "  a: 1\n  b: 2\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
  ];
  // Hand-written texts covering each part of the grammar, each a likely place to disagree.
  it.each(tricky)("on %s", (_name, text) => {
    expect(disagreement(text)).toBeUndefined();
  });

  // The smallest inputs the properties above were found to fail on, shrunk by hand: one or
  // two per cause. Each passes once the quick reader declines it or reads it as `yaml` does.
  const shrunk: [string, string][] = [
    ["a lone CR as a line break", "a: 1\rb: 2"],
    ["a lone CR after an empty value", "a:\r"],
    ["a BOM before the first key", "\uFEFFa:"],
    ["a BOM before an indented key", "\uFEFF a:\n b:"],
    ["keep chomping with a last line of spaces", "a: |+\n  x\n "],
    ["keep chomping with only a line of spaces, in an indented mapping", " a: |+\n "],
    ["an indentation indicator and only a line of spaces", "a: |2\n   "],
    ["an indentation indicator, a deeper line, then a line of spaces", "a: >2\n   a\n   \n"],
    ["a key of 1025 characters", `${"k".repeat(1025)}:`],
    ["a tab on a blank line after an empty value", "a:\n\t"],
    ["a quoted scalar continued at the key's indentation", "a: '\n'"],
    ["a flow list continued at the key's indentation", "a: [a,\nb]"],
    ["an escaped line break before a blank line", 'a: "x\\\n\n y"'],
    ["a tab on a block scalar's blank line", "a: |\n\t\n"],
    ["a mapping on the `---` line", "--- a:"],
    ["an empty explicit key in a flow list", "a: [? ]"],
    ["a one-item flow list on a line of its own", "a:\n [a]"],
    ["a one-item flow list as a block list item", "a:\n- [x]"],
    ["`#` right after a closing quote", "a: ''#"],
    ["`#` right after a closing bracket", "a: []#"],
    ["a block scalar's first blank line deeper than a `#` line", "a: |\n  \n #"],
    ["an explicit key without a value, then `...`", "? a\nu: a\n..."],
  ];
  it.each(shrunk)("on %s", (_name, text) => {
    expect(disagreement(text)).toBeUndefined();
  });
});

/** The YAML between the first `---` line and the next, as the loader passes it on. */
function frontMatterOf(text: string): string {
  if (!text.startsWith("---\n")) throw new Error("expected front matter");
  const close = text.indexOf("\n---\n", 3);
  if (close === -1) throw new Error("expected a closing `---` line");
  return text.slice(4, close);
}

describe("the quick reader reads realistic front matter itself", () => {
  const contentDir = fileURLToPath(new URL("../../../content", import.meta.url));
  const articles = readdirSync(contentDir, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".md"))
    .sort()
    .map((path): [string, string] => [path, frontMatterOf(readFileSync(join(contentDir, path), "utf8"))]);

  const startDate = DateTime.fromISO("2026-11-28T12:00:00+07:00", { zone: defaultSiteConfig.timeZone });
  const generated = [...generateCorpus({ articles: 400, seed: 1, startDate, images: 60 }), ...generateCorpus({ articles: 100, seed: 7, startDate, images: 20 })].map(
    (corpusFile): [string, string] => [corpusFile.path, frontMatterOf(corpusFile.text)],
  );

  it("finds the project's articles and the bench corpus", () => {
    expect(articles.length).toBeGreaterThan(10);
    expect(generated).toHaveLength(500);
  });

  // Declining is always safe, but declining plain front matter would make the quick reader pointless.
  it.each([["content/", articles] as const, ["the bench corpus", generated] as const])("does not decline any article in %s", (_where, texts) => {
    const declined = texts.filter(([, yaml]) => readYamlQuickly(yaml) === undefined || readYamlQuickly(`${yaml}\n`) === undefined).map(([path]) => path);
    expect(declined).toEqual([]);
  });

  it.each([["content/", articles] as const, ["the bench corpus", generated] as const])("agrees with the full reader on every article in %s", (_where, texts) => {
    const differences = texts.flatMap(([path, yaml]) => {
      const found = disagreement(yaml) ?? disagreement(`${yaml}\n`);
      return found === undefined ? [] : [`${path}: ${found}`];
    });
    expect(differences).toEqual([]);
  });
});

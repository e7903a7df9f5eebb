/**
 * Reads YAML text (YAML 1.2 core schema, so `2020-08-26` stays text) into plain data and
 * a position for every key and list item, in file coordinates. Syntax errors, duplicate
 * keys, anchors, aliases, merge keys, prototype-polluting keys and control characters
 * written as escapes become positioned issues. Plain front matter is read by the quick
 * reader (quick-yaml.ts); whatever it declines, by the full reader here.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Parser, type YAMLError } from "yaml";
import type { Issue, IssueCode } from "../diagnostics/issue";
import { describeControlCharacter, firstControlCharacter } from "./decode-text";
import { forbiddenKeys, pathKey, readYamlQuickly, type LocatedOffset } from "./quick-yaml";

/** A 1-based line and column in a file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A path into the data: mapping keys and list indexes, e.g. `["tags", 2]`. */
export type FieldPath = readonly (string | number)[];

/** Where each part of the data was written. */
export interface FieldPositions {
  /**
   * The key (for a mapping entry) or the item (for a list entry) at `path`. When the path
   * does not exist, where to report it missing: the first key of the nearest existing
   * mapping, or line 1 column 1 for the top level.
   */
  of(path: FieldPath): Position;
}

/** The data and positions of a YAML text, or the issues that made it unreadable. */
export type ParsedYaml =
  | {
      readonly ok: true;
      /** The top-level mapping; an empty document reads as `{}`. */
      readonly value: Record<string, unknown>;
      readonly positions: FieldPositions;
      /** Problems that did not stop reading (aliases, duplicate or forbidden keys). */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Aliases, and anchors, reported one by one in a file; any more are summed up in one
 * issue, so a file made of them gives a short report, not thousands of lines.
 * @default 10
 */
export const maxAliasIssues = 10;

interface Located {
  /** The key or list item itself. */
  readonly at: Position;
  /** The first key of the mapping stored here, if it is a non-empty mapping. */
  readonly firstKey?: Position;
}

const top: Position = { line: 1, column: 1 };

/** An alias or anchor found, before it is reported. */
interface Finding {
  readonly at: Position;
  readonly field: string;
  readonly message: string;
}

/** Parses `text`, which starts on line `startLine` of `file`. */
export function parseYaml(file: string, text: string, startLine = 1): ParsedYaml {
  const quick = readYamlQuickly(text);
  if (!quick) return parseYamlFully(file, text, startLine);
  // The same line table the full reader's parser fills in, filled from the text.
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lineCounter.addNewLine(index + 1);
  const positionAt = positionFinder(lineCounter, startLine);
  const locate = (found: LocatedOffset): Located =>
    found.firstKey === undefined ? { at: positionAt(found.at) } : { at: positionAt(found.at), firstKey: positionAt(found.firstKey) };
  return {
    ok: true,
    value: quick.value,
    positions: fieldPositions((key) => {
      const found = quick.located.get(key);
      return found && locate(found);
    }),
    issues: [],
  };
}

/**
 * Parses `text` as {@link parseYaml} does, always with the full reader: the one that
 * reports every problem, and the reference the quick reader is tested against.
 */
export function parseYamlFully(file: string, text: string, startLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: "1.2", schema: "core", merge: false, uniqueKeys: false });
  const positionAt = positionFinder(lineCounter, startLine);
  const issues: Issue[] = [];
  const report = (at: Position, field: string, code: IssueCode, message: string): void => {
    issues.push({ file, line: at.line, column: at.column, field, code, severity: "error", message });
  };

  if (doc.errors.length > 0) {
    const lines = new Set<number>();
    for (const error of doc.errors) {
      const at = positionAt(error.pos[0]);
      // One mistake often trips several parser rules on the same line; the first says it best.
      if (lines.has(at.line)) continue;
      lines.add(at.line);
      report(at, "-", "yaml-syntax", describeSyntaxError(error));
    }
    return { ok: false, issues };
  }

  const contents: unknown = doc.contents;
  if (contents !== null && !isMap(contents)) {
    const at = hasRange(contents) ? positionAt(contents.range[0]) : top;
    report(at, "-", "yaml-not-mapping", "the front matter must be a list of `field: value` lines");
    return { ok: false, issues };
  }

  const located = new Map<string, Located>();
  // Values by anchor name, as met in document order: an alias refers to the latest one.
  // Looked up here rather than with the parser's own alias resolution, which scans the
  // whole document for every alias and so takes quadratic time on a file full of them.
  const anchored = new Map<string, unknown>();
  let hasAnchors = false;
  const aliases: Finding[] = [];

  const convert = (node: unknown, path: FieldPath): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const at = hasRange(node) ? positionAt(node.range[0]) : top;
      aliases.push({ at, field: fieldName(path), message: `\`*${node.source}\` repeats another value; YAML aliases are not allowed, write the value out` });
      // The anchored value is reused as it is, never expanded, so no alias can blow up.
      return anchored.get(node.source) ?? null;
    }
    let value: unknown = null;
    if (isScalar(node)) {
      value = node.value;
      // A double-quoted escape (`"\0"`, `"\x07"`) writes a control character the file's
      // text does not show; one written as is was reported with the file's text already.
      if (typeof value === "string" && node.type === "QUOTE_DOUBLE" && hasRange(node)) {
        const escaped = firstControlCharacter(value);
        if (escaped !== undefined && firstControlCharacter(text.slice(node.range[0], node.range[1])) === undefined) {
          const at = located.get(pathKey(path))?.at ?? positionAt(node.range[0]);
          const message = `this value's escape writes ${describeControlCharacter(escaped)}, which feeds cannot carry; remove it`;
          report(at, fieldName(path), "control-character", message);
        }
      }
    } else if (isSeq(node)) {
      value = node.items.map((item, index) => {
        const itemPath = [...path, index];
        const at = hasRange(item) ? positionAt(item.range[0]) : top;
        located.set(pathKey(itemPath), { at, ...firstKeyOf(item) });
        return convert(item, itemPath);
      });
    } else if (isMap(node)) {
      const record: Record<string, unknown> = {};
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key: unknown = pair.key;
        const at = hasRange(key) ? positionAt(key.range[0]) : top;
        if (!isScalar(key) || key.value === null || typeof key.value === "object") {
          report(at, fieldName(path), "yaml-syntax", "a field name must be plain text before `:`");
          continue;
        }
        const name = String(key.value);
        const keyPath = [...path, name];
        if (name === "<<") {
          report(at, fieldName(keyPath), "yaml-alias", "`<<` merges in another value; YAML merge keys are not allowed, write the fields out");
          continue;
        }
        if (forbiddenKeys.has(name)) {
          report(at, fieldName(keyPath), "forbidden-key", `\`${name}\` cannot be used as a field name; remove it`);
          continue;
        }
        if (seen.has(name)) {
          report(at, fieldName(keyPath), "yaml-syntax", `\`${name}\` is given twice; keep only one`);
          continue;
        }
        seen.add(name);
        located.set(pathKey(keyPath), { at, ...firstKeyOf(pair.value) });
        record[name] = convert(pair.value, keyPath);
      }
      value = record;
    }
    const anchor = anchorOf(node);
    if (anchor !== undefined) {
      hasAnchors = true;
      anchored.set(anchor, value);
    }
    return value;
  };

  // Past the first few, aliases and anchors are summed up in one issue at the next one, so
  // a file made of them (a "billion laughs" document) gives a short report.
  const reportCapped = (findings: readonly Finding[], summary: (more: number) => string): void => {
    const shown = findings.length === maxAliasIssues + 1 ? findings : findings.slice(0, maxAliasIssues);
    for (const finding of shown) report(finding.at, finding.field, "yaml-alias", finding.message);
    const next = findings[shown.length];
    if (next) report(next.at, next.field, "yaml-alias", summary(findings.length - shown.length - 1));
  };

  const value = convert(contents, []);
  reportCapped(aliases, (more) => `this alias and ${more} more repeat other values; YAML aliases are not allowed, write the values out`);
  if (hasAnchors) {
    const anchors = anchorOffsets(text).map((offset): Finding => ({
      at: positionAt(offset),
      field: "-",
      message: "`&` names a value for reuse; YAML anchors are not allowed, remove it",
    }));
    reportCapped(anchors, (more) => `this anchor and ${more} more name values for reuse; YAML anchors are not allowed, remove them`);
  }

  function firstKeyOf(node: unknown): { firstKey?: Position } {
    if (!isMap(node)) return {};
    const key: unknown = node.items[0]?.key;
    return hasRange(key) ? { firstKey: positionAt(key.range[0]) } : {};
  }

  return { ok: true, value: isRecord(value) ? value : {}, positions: fieldPositions((key) => located.get(key)), issues };
}

/** Positions read from where each key and item was found, by {@link pathKey}. */
function fieldPositions(find: (key: string) => Located | undefined): FieldPositions {
  return {
    of(path) {
      const found = find(pathKey(path));
      if (found) return found.at;
      for (let length = path.length - 1; length > 0; length -= 1) {
        const parent = find(pathKey(path.slice(0, length)));
        if (parent) return parent.firstKey ?? parent.at;
      }
      return top;
    },
  };
}

/** Turns offsets in a text that starts on line `startLine` into 1-based lines and columns in the file. */
function positionFinder(lineCounter: LineCounter, startLine: number): (offset: number) => Position {
  return (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1) + startLine - 1, column: Math.max(col, 1) };
  };
}

/** Prints a path the way editors read it: `tags[2]`, `image.alt`, `-` for the whole file. */
export function fieldName(path: FieldPath): string {
  let name = "";
  for (const part of path) name += typeof part === "number" ? `[${part}]` : name === "" ? part : `.${part}`;
  return name === "" ? "-" : name;
}

function hasRange(node: unknown): node is { range: readonly [number, number, number] } {
  return typeof node === "object" && node !== null && "range" in node && Array.isArray(node.range);
}

function anchorOf(node: unknown): string | undefined {
  return typeof node === "object" && node !== null && "anchor" in node && typeof node.anchor === "string" ? node.anchor : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Offsets of every `&anchor` in the text, read from the parser's tokens (only run when one exists). */
function anchorOffsets(text: string): number[] {
  const offsets: number[] = [];
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const part of token) walk(part);
    } else if (typeof token === "object" && token !== null) {
      if ("type" in token && token.type === "anchor" && "offset" in token && typeof token.offset === "number") {
        offsets.push(token.offset);
      }
      for (const part of Object.values(token)) walk(part);
    }
  };
  for (const token of new Parser().parse(text)) walk(token);
  return offsets.sort((a, b) => a - b);
}

/** Editor wording for the parser's error codes: what is wrong and what to do. */
function describeSyntaxError(error: YAMLError): string {
  switch (error.code) {
    case "TAB_AS_INDENT":
      return "tabs cannot indent front matter; use spaces";
    case "BAD_DQ_ESCAPE":
      return "this backslash sequence is not valid inside double quotes; use single quotes instead";
    case "BAD_SCALAR_START":
      return "a value cannot start with this character; put the value in quotes";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "this line is not a `field: value` pair; quote values that contain `: ` and check the indentation";
    case "BAD_INDENT":
      return "the indentation is inconsistent here; line it up with the lines around it";
    case "MISSING_CHAR":
      return error.message.includes("quote")
        ? "a closing quote is missing"
        : "something is missing here: a `:` after a field name or a closing bracket";
    case "MULTIPLE_DOCS":
      return "only one block of fields is allowed; remove the extra `---` or `...` line";
    case "DUPLICATE_KEY":
      return "a field is given twice; keep only one";
    default:
      return "this is not valid front matter; check the quotes, colons and indentation";
  }
}

/**
 * A quick reader for plain front matter, which is nearly all of it: js-yaml with the
 * YAML 1.2 core schema, and the offset of every key and list item taken from its parse
 * events. It declines (returns `undefined`) whenever the full reader (parse-yaml.ts) might
 * read the text differently or report something: any text js-yaml refuses, anchors,
 * aliases, tags, merge or forbidden keys, keys that are not text, control characters,
 * a document that is not a mapping. The full reader then reads it and reports.
 */
import { FAILSAFE_SCHEMA, load, Type, type State } from "js-yaml";
import { firstControlCharacter } from "./decode-text";

/** Where a key or list item was written, as offsets in the text. */
export interface LocatedOffset {
  /** The key (for a mapping entry) or the item (for a list entry). */
  readonly at: number;
  /** The first key of the mapping stored here, if it is a non-empty mapping. */
  readonly firstKey?: number;
}

/** What the quick reader read. */
export interface QuickYaml {
  /** The top-level mapping. */
  readonly value: Record<string, unknown>;
  /** Offsets by {@link pathKey}. */
  readonly located: ReadonlyMap<string, LocatedOffset>;
}

/** Keys that would reach an object's prototype if assigned. */
export const forbiddenKeys: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Joins a path into one map key: `["tags", 2]` → `tags\0002`. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join("\u0000");
}

/**
 * The YAML 1.2 core schema's plain scalars, resolved as the full reader (`yaml`, schema
 * "core", numbers as JavaScript numbers) resolves them: one type per tag, as js-yaml keeps
 * only the last type given for a tag.
 */
const coreTypes = [
  plainType("null", /^(?:~|[Nn]ull|NULL)?$/, () => null),
  plainType("bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === "t" || text[0] === "T"),
  plainType("int", /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/, (text) =>
    text.startsWith("0o") ? parseInt(text.slice(2), 8) : text.startsWith("0x") ? parseInt(text.slice(2), 16) : parseInt(text, 10),
  ),
  plainType(
    "float",
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
    (text) => {
      if (text.endsWith("nan") || text.endsWith("NaN") || text.endsWith("NAN")) return NaN;
      if (/inf$/i.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
      return parseFloat(text);
    },
  ),
];

const coreSchema = FAILSAFE_SCHEMA.extend({ implicit: coreTypes });

function plainType(name: string, test: RegExp, construct: (text: string) => unknown): Type {
  return new Type(`tag:yaml.org,2002:${name}`, {
    kind: "scalar",
    resolve: (data: unknown) => typeof data === "string" && test.test(data),
    construct: (data: string) => construct(data),
  });
}

/** A node as js-yaml's events show it: where reading it began and ended, what it became, its parts. */
interface EventNode {
  readonly open: number;
  close: number;
  kind: string | null;
  result: unknown;
  readonly children: EventNode[];
}

/**
 * Text the two readers are known to read differently, found by the differential test
 * (tests/unit/source/quick-yaml.property.test.ts): a carriage return, tab or byte-order
 * mark; a document marker (`---`, `...`); a comment right after a quote or bracket, which
 * `yaml` refuses; an explicit key (`? key`).
 */
const unlike = /[\r\t\uFEFF]|^(?:---|\.\.\.)|['"\]}]#|(?:^|[\s[{,])\?(?:[\s\]},]|$)/m;

/**
 * Keys longer than this are left to the full reader, which refuses implicit keys over
 * 1,024 characters.
 */
const longestKey = 1000;

/** Reads `text`, or declines with `undefined` when the full reader must read it. */
export function readYamlQuickly(text: string): QuickYaml | undefined {
  if (unlike.test(text)) return undefined;
  const open: EventNode[] = [];
  let root: EventNode | undefined;
  const listener = (event: "open" | "close", state: State): void => {
    if (event === "open") {
      open.push({ open: state.position, close: state.position, kind: null, result: null, children: [] });
      return;
    }
    const node = open.pop();
    if (!node) return;
    node.close = state.position;
    node.kind = state.kind;
    node.result = state.result as unknown;
    const parent = open.at(-1);
    if (parent) parent.children.push(node);
    else root = node;
  };
  let value: unknown;
  try {
    value = load(text, { schema: coreSchema, listener });
  } catch {
    return undefined;
  }
  if (!root || root.kind !== "mapping" || !isRecord(value)) return undefined;
  const located = new Map<string, LocatedOffset>();
  // Located first: it declines at any alias, before a walk through the values could
  // follow one.
  if (!locate(text, root, [], located) || hasControlCharacter(value)) return undefined;
  return { value, located };
}

/** Records where each key and item of `node` is; false when the text must be read in full. */
function locate(text: string, read: EventNode, path: readonly (string | number)[], located: Map<string, LocatedOffset>): boolean {
  const node = unwrap(read);
  const start = startOf(text, node);
  if (start === -1 || !isPlainStart(text, start, node)) return false;
  if (node.kind === "mapping") {
    // Each entry is a key and a value, unless js-yaml filled in a value it read no text for.
    const { children } = node;
    if (!isRecord(node.result) || children.length !== 2 * Object.keys(node.result).length) return false;
    for (let index = 0; index < children.length; index += 2) {
      const key = children[index];
      const value = children[index + 1];
      if (!key || !value || key.kind !== "scalar" || !isKeyText(key.result)) return false;
      const name = String(key.result);
      if (name === "<<" || forbiddenKeys.has(name)) return false;
      const keyStart = startOf(text, key);
      if (keyStart === -1 || !isPlainStart(text, keyStart, key) || key.close - keyStart > longestKey) return false;
      const keyPath = [...path, name];
      located.set(pathKey(keyPath), locatedAt(keyStart, firstKeyOf(text, value)));
      if (!locate(text, value, keyPath, located)) return false;
    }
    return true;
  }
  if (node.kind === "sequence") {
    // js-yaml reads no node for an empty block item (`-` alone on its line).
    if (!Array.isArray(node.result) || node.children.length !== node.result.length) return false;
    const flow = text[start] === "[";
    for (const [index, read] of node.children.entries()) {
      const item = unwrap(read);
      const itemStart = startOf(text, item);
      // `[a: 1]` is a pair inside a flow list, which the two readers read differently.
      if (itemStart === -1 || (flow && item.kind === "mapping" && text[itemStart] !== "{")) return false;
      const itemPath = [...path, index];
      located.set(pathKey(itemPath), locatedAt(itemStart, firstKeyOf(text, item)));
      if (!locate(text, item, itemPath, located)) return false;
    }
    return true;
  }
  return true;
}

/**
 * The node itself, for one that js-yaml read through another: a collection on a line of
 * its own first tried as a key, the one node inside shares its result.
 */
function unwrap(node: EventNode): EventNode {
  let inner = node;
  while (inner.children.length === 1 && typeof inner.result === "object" && inner.result !== null && inner.children[0]?.result === inner.result) {
    inner = inner.children[0];
  }
  return inner;
}

/**
 * Whether `node`, written from `start`, is one both readers read alike: no properties
 * (`!tag`, `&anchor`: the full reader reports them) or alias (`*name`), no block scalar
 * (`|`, `>`), whose edge cases they read differently, and no quoted text or flow collection
 * over several lines, whose indentation only `yaml` checks. (A block mapping starts with
 * its first key, which may be quoted.)
 */
function isPlainStart(text: string, start: number, node: EventNode): boolean {
  const char = text[start];
  if (char === "!" || char === "&" || char === "*" || char === "|" || char === ">") return false;
  const quoted = (char === "'" || char === '"') && node.kind === "scalar";
  if (quoted || char === "[" || char === "{") {
    const lineEnd = text.indexOf("\n", start);
    return lineEnd === -1 || lineEnd >= node.close;
  }
  return true;
}

function locatedAt(at: number, firstKey: number | undefined): LocatedOffset {
  return firstKey === undefined ? { at } : { at, firstKey };
}

/** The offset of the first key of a non-empty mapping. */
function firstKeyOf(text: string, read: EventNode): number | undefined {
  const node = unwrap(read);
  const first = node.kind === "mapping" ? node.children[0] : undefined;
  if (!first) return undefined;
  const start = startOf(text, first);
  return start === -1 ? undefined : start;
}

/**
 * Where a node's own text begins: js-yaml opens a value before the spaces, line breaks and
 * comments in front of it. -1 (decline) for a `#` right after other text, which is no comment.
 */
function startOf(text: string, node: EventNode): number {
  let offset = node.open;
  for (;;) {
    const char = text[offset];
    if (char === " " || char === "\t" || char === "\n" || char === "\r") {
      offset += 1;
    } else if (char === "#") {
      const before = text[offset - 1];
      if (offset > 0 && before !== " " && before !== "\t" && before !== "\n") return -1;
      const end = text.indexOf("\n", offset);
      if (end === -1) return text.length;
      offset = end + 1;
    } else {
      return offset;
    }
  }
}

function isKeyText(value: unknown): boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function hasControlCharacter(value: unknown): boolean {
  if (typeof value === "string") return firstControlCharacter(value) !== undefined;
  if (Array.isArray(value)) return value.some(hasControlCharacter);
  if (isRecord(value)) return Object.entries(value).some(([key, item]) => firstControlCharacter(key) !== undefined || hasControlCharacter(item));
  return false;
}

/**
 * An Issue is one problem found in the bulletin's content: where it is (file, 1-based
 * line and column), which field, a permanent code, and one sentence for the editor.
 * Editor mistakes are data, never exceptions.
 */

/** Permanent message codes: once published, a code never changes meaning. */
export type IssueCode =
  | "front-matter-missing"
  | "front-matter-language"
  | "yaml-syntax"
  | "yaml-not-mapping"
  | "required"
  | "type"
  | "unknown-field"
  | "empty"
  | "date-format"
  | "date-invalid"
  | "slug-format"
  | "tags-count"
  | "image-alt"
  | "image-missing"
  | "image-remote"
  | "url-format"
  | "topic-spelling"
  | "topic-empty"
  | "duplicate-url"
  | "config"
  | "summary-placeholder"
  | "yaml-alias"
  | "forbidden-key"
  | "topic-alias"
  | "lang-unknown"
  | "file-not-allowed"
  | "symlink"
  | "encoding"
  | "control-character"
  | "too-large"
  | "too-long"
  | "too-deep"
  | "file-collision"
  | "link-scheme";

export type Severity = "error" | "warning";

export interface Issue {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line of the offending key or list item. */
  readonly line: number;
  /** 1-based column of the offending key or list item. */
  readonly column: number;
  /** The front-matter field, e.g. `tags`, `tags[2]`, `image.alt`; `-` for the whole file. */
  readonly field: string;
  readonly code: IssueCode;
  readonly severity: Severity;
  /** One sentence: what is wrong and what is expected. */
  readonly message: string;
}

/** Orders issues by file, line, column, then field, so reports are stable. */
export function compareIssues(a: Issue, b: Issue): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.field < b.field ? -1 : a.field > b.field ? 1 : 0)
  );
}

/** True when any issue is an error (warnings alone do not stop a build). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

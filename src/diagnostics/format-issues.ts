/**
 * Prints issues for people and for CI: one `path:line:col  field  message` line per issue
 * in a stable order, then a closing count; or GitHub Actions workflow commands, so each
 * issue shows up as an annotation on the pull request.
 */
import { compareIssues, type Issue } from "./issue";

/** Options for `formatIssues`. */
export interface FormatOptions {
  /** Articles checked, for the all-clear line ("No problems in 32 articles."). */
  readonly articles?: number;
}

/**
 * One line per issue, sorted, then the count: `2 errors and 1 warning in 2 files`, or
 * `No problems in 32 articles.` when there is none. Lines are joined by `\n`, no final newline.
 */
export function formatIssues(issues: readonly Issue[], options: FormatOptions = {}): string {
  const sorted = [...issues].sort(compareIssues);
  const lines = sorted.map((issue) => `${issue.file}:${issue.line}:${issue.column}  ${issue.field}  ${messageOf(issue)}`);
  lines.push(countLine(sorted, options));
  return lines.join("\n");
}

/**
 * GitHub Actions annotations, one `::error file=…,line=…,col=…::field: message` per issue
 * (`::warning` for warnings), sorted, joined by `\n`.
 * See https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function formatIssuesGithub(issues: readonly Issue[]): string {
  return [...issues]
    .sort(compareIssues)
    .map((issue) => {
      const where = `file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column}`;
      return `::${issue.severity} ${where}::${escapeData(`${issue.field}: ${issue.message}`)}`;
    })
    .join("\n");
}

function messageOf(issue: Issue): string {
  return issue.severity === "warning" ? `warning: ${issue.message}` : issue.message;
}

function countLine(issues: readonly Issue[], options: FormatOptions): string {
  if (issues.length === 0) {
    return options.articles === undefined ? "No problems." : `No problems in ${plural(options.articles, "article")}.`;
  }
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  const files = new Set(issues.map((issue) => issue.file)).size;
  const counts = [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""];
  return `${counts.filter(Boolean).join(" and ")} in ${plural(files, "file")}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// Workflow-command data must encode `%`, CR and LF; property values also `:` and `,`.
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

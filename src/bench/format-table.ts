/**
 * Formats benchmark rows as a Markdown table, so a run's output can go straight into a
 * report: headings from the first row, numbers right-aligned, each column as wide as
 * its widest cell.
 */

/** Each row lists its cells as [heading, value], in the same order for every row. */
export function formatTable(rows: readonly (readonly (readonly [string, string])[])[]): string {
  const [first] = rows;
  if (!first) return "";
  const headings = first.map(([heading]) => heading);
  const cells = rows.map((row) => row.map(([, value]) => value));
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, 3, ...cells.map((row) => (row[column] ?? "").length)),
  );
  const line = (values: readonly string[]): string =>
    `| ${values.map((value, column) => value.padStart(widths[column] ?? 0)).join(" | ")} |`;
  const rule = `| ${widths.map((width) => `${"-".repeat(width - 1)}:`).join(" | ")} |`;
  return [line(headings), rule, ...cells.map(line)].join("\n");
}

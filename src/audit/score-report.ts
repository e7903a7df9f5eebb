/**
 * Lighthouse results as a report: the four category scores of each audited page in one
 * table, and for every category under the bar, the audits that cost it the most. Pure:
 * reads the parts of a Lighthouse result it needs, returns text.
 */

/** The categories the audit runs, in the order the table shows them. */
export const auditCategories = ["performance", "accessibility", "best-practices", "seo"] as const;
export type AuditCategory = (typeof auditCategories)[number];

/** A category score under this (0–100) lists its failing audits. @default 95 */
export const scoreBar = 95;

/** The part of a Lighthouse result (`lhr`) the report reads. */
export interface LighthouseResult {
  readonly categories: Readonly<
    Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] } | undefined>
  >;
  readonly audits: Readonly<
    Record<
      string,
      | {
          readonly title: string;
          readonly score: number | null;
          readonly scoreDisplayMode: string;
          readonly displayValue?: string | undefined;
        }
      | undefined
    >
  >;
}

/** One audit that did not pass. */
export interface FailingAudit {
  readonly id: string;
  readonly title: string;
  /** 0–100. */
  readonly score: number;
  readonly displayValue?: string;
}

/** The scores (0–100, undefined when Lighthouse gave none) of one page under one preset. */
export interface PageScores {
  /** The page's path, e.g. `/`. */
  readonly page: string;
  /** `mobile` or `desktop`. */
  readonly preset: string;
  readonly scores: Readonly<Record<AuditCategory, number | undefined>>;
  /** For each category under {@link scoreBar}, its failing audits, costliest first. */
  readonly failing: Readonly<Partial<Record<AuditCategory, readonly FailingAudit[]>>>;
}

/** Reads scores and failing audits out of a Lighthouse result. */
export function summarizeResult(page: string, preset: string, result: LighthouseResult, limit = 5): PageScores {
  const scores = {} as Record<AuditCategory, number | undefined>;
  const failing: Partial<Record<AuditCategory, readonly FailingAudit[]>> = {};
  for (const id of auditCategories) {
    const category = result.categories[id];
    const score = category?.score === null || category === undefined ? undefined : Math.round(category.score * 100);
    scores[id] = score;
    if (category && (score === undefined || score < scoreBar)) failing[id] = failingAudits(category.auditRefs, result, limit);
  }
  return { page, preset, scores, failing };
}

/**
 * A category's audits scored under 1 (the scored kinds only: binary and numeric), by
 * what they cost the category (weight × shortfall), then by score, then by id.
 */
function failingAudits(refs: readonly { readonly id: string; readonly weight: number }[], result: LighthouseResult, limit: number): FailingAudit[] {
  const found: (FailingAudit & { readonly cost: number })[] = [];
  for (const ref of refs) {
    const audit = result.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    if (audit.scoreDisplayMode !== "binary" && audit.scoreDisplayMode !== "numeric" && audit.scoreDisplayMode !== "metricSavings") continue;
    found.push({
      id: ref.id,
      title: audit.title,
      score: Math.round(audit.score * 100),
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      cost: ref.weight * (1 - audit.score),
    });
  }
  return found
    .sort((a, b) => b.cost - a.cost || a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map(({ cost: _cost, ...audit }) => audit);
}

/**
 * The scores as an aligned text table, one row per page and preset:
 *
 * ```
 * page  preset  performance  accessibility  best-practices  seo
 * /     mobile           98            100             100  100
 * ```
 */
export function formatScoreTable(rows: readonly PageScores[]): string {
  const header = ["page", "preset", ...auditCategories];
  const body = rows.map((row) => [row.page, row.preset, ...auditCategories.map((id) => (row.scores[id] === undefined ? "–" : String(row.scores[id])))]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]?.length ?? 0)));
  // Names left-aligned, scores right-aligned.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), ...body.map(line)].join("\n");
}

/** For each row with a category under the bar, its failing audits as indented lines; "" when none. */
export function formatFailingAudits(rows: readonly PageScores[]): string {
  const blocks: string[] = [];
  for (const row of rows) {
    for (const id of auditCategories) {
      const audits = row.failing[id];
      if (!audits) continue;
      const lines = audits.map((audit) => `    ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ""}`);
      blocks.push([`${row.page} ${row.preset} ${id} ${row.scores[id] ?? "–"}:`, ...(lines.length > 0 ? lines : ["    (no single audit failed)"])].join("\n"));
    }
  }
  return blocks.join("\n");
}

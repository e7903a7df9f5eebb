/**
 * The visible mark on an article the dev server shows before it is published: "Draft"
 * or "Scheduled". Published articles get no mark; production output has nothing else.
 */
import type { ArticleStatus } from "../../src/views/types";

const labels: Readonly<Record<ArticleStatus, string | undefined>> = {
  published: undefined,
  draft: "Draft",
  scheduled: "Scheduled",
};

/** `<span class="status-badge" data-status>` for drafts and scheduled articles; nothing otherwise. */
export function StatusBadge({ status }: { readonly status: ArticleStatus }) {
  const label = labels[status];
  if (label === undefined) return null;
  return (
    <span class="status-badge" data-status={status}>
      {label}
    </span>
  );
}

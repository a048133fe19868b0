import type { ContractChange, ChangeSeverity } from "@/lib/contract-diff";
import { locateChanges } from "@/lib/reviews/change-lines";
import { changePlaceOf, describeChange } from "@/lib/reviews/change-wording";
import { buildTextDiff, type DiffRow } from "@/lib/reviews/text-diff";

/** A change as the diff view lists it: said in words, and the row of the diff it scrolls to (null: not in the text). */
export interface ReviewDiffChange {
  severity: ChangeSeverity;
  kind: string;
  place: string;
  field: string | null;
  text: string;
  pointer: string;
  row: number | null;
}

export interface ReviewDiff {
  rows: DiffRow[];
  truncated: boolean;
  changes: ReviewDiffChange[];
  /** Changes past the list's limit, counted only. */
  moreChanges: number;
}

/**
 * Documents larger than this are not compared as text on the page (parsing both again and rendering the diff would
 * cost seconds): the page then shows the fragments stored with the diff.
 */
export const MAX_TEXT_DIFF_CHARS = 1_000_000;
/** Long diffs (a shared component changed under 700 operations) stay readable: the rest is counted, not listed. */
const MAX_LISTED_CHANGES = 200;

/** The text diff of a proposal against its base, with each listed change tied to the row that shows it. */
export function buildReviewDiff(baseText: string, proposedText: string, changes: readonly ContractChange[]): ReviewDiff | null {
  if (baseText.length > MAX_TEXT_DIFF_CHARS || proposedText.length > MAX_TEXT_DIFF_CHARS) return null;
  const listed = changes.slice(0, MAX_LISTED_CHANGES);
  const lines = locateChanges(baseText, proposedText, listed);
  const focus = {
    base: lines.flatMap((line) => (line?.side === "base" ? [line.line] : [])),
    proposed: lines.flatMap((line) => (line?.side === "proposed" ? [line.line] : [])),
  };
  const diff = buildTextDiff(baseText, proposedText, { focus });
  if (!diff) return null;
  const rowOf = { base: new Map<number, number>(), proposed: new Map<number, number>() };
  diff.rows.forEach((row, index) => {
    if ("base" in row) rowOf.base.set(row.base.number, index);
    if ("proposed" in row) rowOf.proposed.set(row.proposed.number, index);
  });
  return {
    rows: diff.rows,
    truncated: diff.truncated,
    changes: listed.map((change, index) => {
      const line = lines[index];
      return {
        severity: change.severity,
        kind: change.kind,
        place: changePlaceOf(change),
        ...describeChange(change),
        pointer: change.location.pointer,
        row: line ? (rowOf[line.side].get(line.line) ?? null) : null,
      };
    }),
    moreChanges: changes.length - listed.length,
  };
}

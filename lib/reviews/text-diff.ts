import { diffLines, diffWordsWithSpace } from "diff";

/** A piece of one line; `changed` pieces are what differs from the other side (the intra-line highlight). */
export interface DiffSegment {
  text: string;
  changed: boolean;
}

/** One line of one side: its 1-based number in its document and its pieces. */
export interface DiffLine {
  number: number;
  segments: DiffSegment[];
}

/**
 * One row of the side-by-side view: a line kept on both sides, a line removed (base only), added (proposal only)
 * or changed (both, with intra-line highlights), or a gap of unchanged lines that are not shown.
 */
export type DiffRow =
  | { kind: "same"; base: DiffLine; proposed: DiffLine }
  | { kind: "changed"; base: DiffLine; proposed: DiffLine }
  | { kind: "removed"; base: DiffLine }
  | { kind: "added"; proposed: DiffLine }
  | { kind: "gap"; hidden: number };

export interface TextDiff {
  rows: DiffRow[];
  /** Rows past the limit were left out (the change list still names every change). */
  truncated: boolean;
}

export interface TextDiffOptions {
  /** Unchanged lines shown around each change. */
  context?: number;
  /** Lines kept visible whatever changed around them (where the semantic changes are), 1-based, per side. */
  focus?: { base?: readonly number[]; proposed?: readonly number[] };
  /** The most rows returned: a page of diff must stay readable and light. */
  maxRows?: number;
  /** Myers' diff is O(N·D): past this budget in milliseconds the texts are not compared line by line. */
  timeoutMs?: number;
}

type Raw = { kind: "same"; base: number; proposed: number } | { kind: "removed"; base: number } | { kind: "added"; proposed: number };

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Intra-line highlight of a changed pair: word by word, so `number` → `string` stands out in a long line. */
function highlightPair(before: string, after: string): { base: DiffSegment[]; proposed: DiffSegment[] } {
  const base: DiffSegment[] = [];
  const proposed: DiffSegment[] = [];
  for (const part of diffWordsWithSpace(before, after)) {
    if (!part.added) base.push({ text: part.value, changed: part.removed });
    if (!part.removed) proposed.push({ text: part.value, changed: part.added });
  }
  return { base, proposed };
}

/**
 * The line diff of two texts as side-by-side rows, unchanged stretches folded to gaps. A removed block followed by
 * an added block pairs line by line as changed lines (highlighted within the line); the rest stay removed or added.
 * Answers null when the texts are too different to compare within the time budget.
 */
export function buildTextDiff(baseText: string, proposedText: string, options: TextDiffOptions = {}): TextDiff | null {
  const { context = 3, maxRows = 2_000, timeoutMs = 2_000 } = options;
  const baseLines = splitLines(baseText);
  const proposedLines = splitLines(proposedText);
  const parts = diffLines(baseLines.join("\n") + "\n", proposedLines.join("\n") + "\n", { timeout: timeoutMs });
  if (!parts) return null;

  const raw: Raw[] = [];
  let baseIndex = 0;
  let proposedIndex = 0;
  for (const part of parts) {
    for (let n = 0; n < part.count; n++) {
      if (part.added) raw.push({ kind: "added", proposed: proposedIndex++ });
      else if (part.removed) raw.push({ kind: "removed", base: baseIndex++ });
      else raw.push({ kind: "same", base: baseIndex++, proposed: proposedIndex++ });
    }
  }

  // Pair removed and added blocks into changed rows.
  const rows: DiffRow[] = [];
  for (let index = 0; index < raw.length;) {
    const entry = raw[index];
    if (entry.kind === "same") {
      const line = baseLines[entry.base];
      rows.push({
        kind: "same",
        base: { number: entry.base + 1, segments: [{ text: line, changed: false }] },
        proposed: { number: entry.proposed + 1, segments: [{ text: proposedLines[entry.proposed], changed: false }] },
      });
      index++;
      continue;
    }
    const removed: number[] = [];
    const added: number[] = [];
    while (index < raw.length && raw[index].kind === "removed") removed.push((raw[index++] as { base: number }).base);
    while (index < raw.length && raw[index].kind === "added") added.push((raw[index++] as { proposed: number }).proposed);
    const paired = Math.min(removed.length, added.length);
    for (let n = 0; n < paired; n++) {
      const { base, proposed } = highlightPair(baseLines[removed[n]], proposedLines[added[n]]);
      rows.push({ kind: "changed", base: { number: removed[n] + 1, segments: base }, proposed: { number: added[n] + 1, segments: proposed } });
    }
    for (const line of removed.slice(paired)) rows.push({ kind: "removed", base: { number: line + 1, segments: [{ text: baseLines[line], changed: true }] } });
    for (const line of added.slice(paired))
      rows.push({ kind: "added", proposed: { number: line + 1, segments: [{ text: proposedLines[line], changed: true }] } });
  }
  return fold(rows, context, options.focus ?? {}, maxRows);
}

/** Keeps changed rows, their context and the focus lines; every other stretch of unchanged rows becomes one gap. */
function fold(rows: DiffRow[], context: number, focus: NonNullable<TextDiffOptions["focus"]>, maxRows: number): TextDiff {
  const focusBase = new Set(focus.base ?? []);
  const focusProposed = new Set(focus.proposed ?? []);
  const keep = new Array<boolean>(rows.length).fill(false);
  rows.forEach((row, index) => {
    const focused =
      ("base" in row && row.base && focusBase.has(row.base.number)) || ("proposed" in row && row.proposed && focusProposed.has(row.proposed.number));
    if (row.kind === "same" && !focused) return;
    const reach = row.kind === "same" ? 1 : context;
    for (let n = Math.max(0, index - reach); n <= Math.min(rows.length - 1, index + reach); n++) keep[n] = true;
  });
  const folded: DiffRow[] = [];
  let hidden = 0;
  let truncated = false;
  for (let index = 0; index < rows.length; index++) {
    if (!keep[index]) {
      hidden++;
      continue;
    }
    if (hidden > 0) folded.push({ kind: "gap", hidden });
    hidden = 0;
    if (folded.length >= maxRows) {
      truncated = true;
      break;
    }
    folded.push(rows[index]);
  }
  if (!truncated && hidden > 0) folded.push({ kind: "gap", hidden });
  return { rows: folded, truncated };
}

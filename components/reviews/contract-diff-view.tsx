"use client";

import { useRef, useState, type ReactNode } from "react";
import type { ReviewDiff } from "@/lib/reviews/review-diff";
import type { DiffLine, DiffRow } from "@/lib/reviews/text-diff";
import { SeverityBadge } from "@/components/reviews/change-severity";
import { CommentForm } from "@/components/reviews/comment-form";
import { buttonStyles } from "@/components/ui/button-styles";

type View = "split" | "unified";

export interface AnchoredComment {
  id: string;
  author: string;
  at: string;
  body: string;
}

const ROW_TONES = {
  base: "bg-red-50",
  proposed: "bg-emerald-50",
} as const;
const SEGMENT_TONES = {
  base: "rounded-sm bg-red-200 text-red-950",
  proposed: "rounded-sm bg-emerald-200 text-emerald-950",
} as const;

function Segments({ line, side }: { line: DiffLine; side: "base" | "proposed" }) {
  return (
    <>
      {line.segments.map((segment, index) =>
        segment.changed ? (
          <mark key={index} className={SEGMENT_TONES[side]}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

const numberCell = "w-12 select-none px-2 text-right align-top text-slate-500";
const textCell = "whitespace-pre-wrap break-all px-2 align-top";

function Gap({ hidden, colSpan }: { hidden: number; colSpan: number }) {
  return (
    <tr className="bg-slate-100 text-slate-600">
      <td colSpan={colSpan} className="px-2 py-0.5 text-center font-sans">
        ⋯ {hidden} unchanged {hidden === 1 ? "line" : "lines"}
      </td>
    </tr>
  );
}

function SplitRow({ row, index, selected }: { row: DiffRow; index: number; selected: boolean }) {
  if (row.kind === "gap") return <Gap hidden={row.hidden} colSpan={4} />;
  const base = "base" in row ? row.base : null;
  const proposed = "proposed" in row ? row.proposed : null;
  const changed = row.kind !== "same";
  return (
    <tr id={`split-row-${index}`} data-kind={row.kind} className={selected ? "outline outline-2 -outline-offset-2 outline-brand-600" : undefined}>
      <td className={`${numberCell} ${base && changed ? ROW_TONES.base : ""}`}>{base?.number}</td>
      <td className={`${textCell} border-r border-slate-200 ${base && changed ? ROW_TONES.base : ""}`}>{base ? <Segments line={base} side="base" /> : null}</td>
      <td className={`${numberCell} ${proposed && changed ? ROW_TONES.proposed : ""}`}>{proposed?.number}</td>
      <td className={`${textCell} ${proposed && changed ? ROW_TONES.proposed : ""}`}>{proposed ? <Segments line={proposed} side="proposed" /> : null}</td>
    </tr>
  );
}

function UnifiedRows({ row, index, selected }: { row: DiffRow; index: number; selected: boolean }) {
  if (row.kind === "gap") return <Gap hidden={row.hidden} colSpan={4} />;
  const outline = selected ? "outline outline-2 -outline-offset-2 outline-brand-600" : "";
  if (row.kind === "same")
    return (
      <tr id={`unified-row-${index}`} className={outline}>
        <td className={numberCell}>{row.base.number}</td>
        <td className={numberCell}>{row.proposed.number}</td>
        <td className="w-4 select-none text-slate-500" aria-hidden />
        <td className={textCell}>
          <Segments line={row.proposed} side="proposed" />
        </td>
      </tr>
    );
  const lines: ReactNode[] = [];
  if ("base" in row)
    lines.push(
      <tr key="base" id={`unified-row-${index}`} data-kind="removed" className={`${ROW_TONES.base} ${outline}`}>
        <td className={numberCell}>{row.base.number}</td>
        <td className={numberCell} />
        <td className="w-4 select-none text-red-800">
          <span aria-hidden>−</span>
          <span className="sr-only">removed</span>
        </td>
        <td className={textCell}>
          <Segments line={row.base} side="base" />
        </td>
      </tr>,
    );
  if ("proposed" in row)
    lines.push(
      <tr key="proposed" id={"base" in row ? undefined : `unified-row-${index}`} data-kind="added" className={`${ROW_TONES.proposed} ${outline}`}>
        <td className={numberCell} />
        <td className={numberCell}>{row.proposed.number}</td>
        <td className="w-4 select-none text-emerald-800">
          <span aria-hidden>+</span>
          <span className="sr-only">added</span>
        </td>
        <td className={textCell}>
          <Segments line={row.proposed} side="proposed" />
        </td>
      </tr>,
    );
  return <>{lines}</>;
}

/**
 * The review page's diff: the list of changes in words, and the two texts side by side or unified, unchanged
 * stretches folded. Choosing a change scrolls the diff (both sides at once: they are one table) to its line.
 */
export function ContractDiffView({
  number,
  diff,
  baseVersion,
  proposedVersion,
  comments,
}: {
  number: number;
  diff: ReviewDiff;
  baseVersion: string;
  proposedVersion: string;
  /** Comments keyed by the pointer of the change they are about. */
  comments: Record<string, AnchoredComment[]>;
}) {
  const [view, setView] = useState<View>("split");
  const [selected, setSelected] = useState<number | null>(null);
  const [commenting, setCommenting] = useState<number | null>(null);
  const paneRef = useRef<HTMLDivElement>(null);

  const show = (changeIndex: number) => {
    const row = diff.changes[changeIndex]?.row;
    setSelected(changeIndex);
    if (row === null || row === undefined) return;
    const element = paneRef.current?.querySelector<HTMLElement>(`#${view}-row-${row}`);
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const selectedRow = selected === null ? null : diff.changes[selected]?.row;
  const label = `${baseVersion} (current) and ${proposedVersion} (proposed), ${view === "split" ? "side by side" : "unified"}`;

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <ol className="max-h-[70vh] space-y-2 overflow-y-auto pr-1" aria-label="Changes in words">
        {diff.changes.map((change, index) => {
          const anchored = comments[change.pointer] ?? [];
          return (
            <li
              key={`${change.pointer}:${change.kind}:${index}`}
              id={`change-${index}`}
              className={`rounded-lg border p-3 text-sm ${selected === index ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}
            >
              <p className="mb-1 flex flex-wrap items-center gap-2">
                <SeverityBadge severity={change.severity} />
                <span className="font-mono text-xs text-slate-700">{change.place}</span>
              </p>
              <button
                type="button"
                className="w-full text-left text-slate-900 underline-offset-2 hover:underline focus-visible:underline"
                aria-describedby={change.row === null ? `change-${index}-where` : undefined}
                onClick={() => show(index)}
              >
                {change.field ? (
                  <>
                    <code className="rounded bg-slate-100 px-1 font-semibold">{change.field}</code>:{" "}
                    {change.text.charAt(0).toLowerCase() + change.text.slice(1)}
                  </>
                ) : (
                  change.text
                )}
              </button>
              {change.row === null ? (
                <p id={`change-${index}-where`} className="mt-1 text-xs text-slate-600">
                  Not tied to one line of the text.
                </p>
              ) : null}
              {anchored.length > 0 ? (
                <ul className="mt-2 space-y-1 border-l-2 border-slate-300 pl-2" aria-label="Comments on this change">
                  {anchored.map((comment) => (
                    <li key={comment.id}>
                      <p className="text-xs text-slate-600">
                        {comment.author} · {comment.at}
                      </p>
                      <p className="whitespace-pre-line text-slate-900">{comment.body}</p>
                    </li>
                  ))}
                </ul>
              ) : null}
              {commenting === index ? (
                <div className="mt-2">
                  <CommentForm number={number} location={change.pointer} label="Comment on this change" onDone={() => setCommenting(null)} />
                </div>
              ) : (
                <button type="button" className={`${buttonStyles.link} mt-1 text-xs`} onClick={() => setCommenting(index)}>
                  Comment on this change
                </button>
              )}
            </li>
          );
        })}
        {diff.moreChanges > 0 ? (
          <li className="text-sm text-slate-700">
            {diff.moreChanges} more changes are not listed; the API (GET /api/v1/change-requests/{number}) lists them all.
          </li>
        ) : null}
      </ol>

      <div className="min-w-0">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <div role="group" aria-label="Diff layout" className="inline-flex overflow-hidden rounded-md border border-slate-300">
            {(["split", "unified"] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={view === option}
                onClick={() => setView(option)}
                className={`px-3 py-1 text-sm font-medium ${view === option ? "bg-brand-700 text-white" : "bg-white text-slate-800 hover:bg-slate-100"}`}
              >
                {option === "split" ? "Side by side" : "Unified"}
              </button>
            ))}
          </div>
          <p className="text-xs text-slate-600">
            <span className="mr-1 inline-block h-3 w-3 rounded-sm bg-red-200 align-middle" aria-hidden /> {baseVersion} (current)
            <span className="ml-3 mr-1 inline-block h-3 w-3 rounded-sm bg-emerald-200 align-middle" aria-hidden /> {proposedVersion} (proposed)
          </p>
        </div>
        <div
          ref={paneRef}
          role="region"
          aria-label={`Diff of ${label}`}
          // Keyboard users scroll the diff with the arrow keys once it has focus.
          tabIndex={0}
          className="max-h-[70vh] overflow-auto rounded-md border border-slate-200 bg-white font-mono text-xs text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <table className="w-full table-fixed border-collapse">
            <caption className="sr-only">{label}</caption>
            {view === "split" ? (
              <>
                <colgroup>
                  <col className="w-12" />
                  <col />
                  <col className="w-12" />
                  <col />
                </colgroup>
                <thead className="sticky top-0 bg-slate-50 font-sans text-slate-700">
                  <tr>
                    <th scope="col" colSpan={2} className="px-2 py-1 text-left font-semibold">
                      {baseVersion} (current)
                    </th>
                    <th scope="col" colSpan={2} className="px-2 py-1 text-left font-semibold">
                      {proposedVersion} (proposed)
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {diff.rows.map((row, index) => (
                    <SplitRow key={index} row={row} index={index} selected={selectedRow === index} />
                  ))}
                </tbody>
              </>
            ) : (
              <>
                <colgroup>
                  <col className="w-12" />
                  <col className="w-12" />
                  <col className="w-4" />
                  <col />
                </colgroup>
                <thead className="sticky top-0 bg-slate-50 font-sans text-slate-700">
                  <tr>
                    <th scope="col" className="px-2 py-1 text-right font-semibold">
                      {baseVersion}
                    </th>
                    <th scope="col" className="px-2 py-1 text-right font-semibold">
                      {proposedVersion}
                    </th>
                    <th scope="col" colSpan={2} className="px-2 py-1 text-left font-semibold">
                      Line
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {diff.rows.map((row, index) => (
                    <UnifiedRows key={index} row={row} index={index} selected={selectedRow === index} />
                  ))}
                </tbody>
              </>
            )}
          </table>
          {diff.truncated ? (
            <p className="border-t border-slate-200 p-2 font-sans text-sm text-slate-700">
              The diff is too long to show whole here; the change list names every change.
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}

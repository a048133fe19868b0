import type { LintFinding } from "@/lib/standards/schemas";
import { FindingSeverity } from "@/components/standards/finding-severity";

/**
 * The document's text with line numbers and each API standards finding under its line; every line has an anchor
 * (#L12) so a finding's link opens the document there. Up to `limit` characters are shown.
 */
export function AnnotatedSource({ text, findings, limit }: { text: string; findings: readonly LintFinding[]; limit: number }) {
  const lines = text.slice(0, limit).split("\n");
  const byLine = new Map<number, LintFinding[]>();
  for (const finding of findings) byLine.set(finding.line, [...(byLine.get(finding.line) ?? []), finding]);
  return (
    <ol className="max-h-[40rem] overflow-auto rounded-lg bg-slate-50 py-2 font-mono text-xs text-slate-900">
      {lines.map((line, index) => {
        const number = index + 1;
        const here = byLine.get(number);
        return (
          <li key={number} id={`L${number}`} className={`scroll-mt-24 px-3 ${here ? "bg-amber-50" : ""}`}>
            <span className="mr-3 inline-block w-10 select-none text-right text-slate-500">{number}</span>
            <span className="whitespace-pre">{line}</span>
            {here?.map((finding) => (
              <p key={`${finding.rule}:${finding.pointer}`} role="note" className="my-1 ml-14 flex flex-wrap items-center gap-2 font-sans">
                <FindingSeverity severity={finding.severity} />
                <span className="font-mono">{finding.rule}</span>
                <span>{finding.message}</span>
              </p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}

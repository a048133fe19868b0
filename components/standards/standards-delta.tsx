import type { StandardsReport } from "@/lib/standards/schemas";
import { FindingSeverity } from "@/components/standards/finding-severity";

/** What a proposed document does to the API standards' findings of the base version, for the request and the form. */
export function StandardsDelta({ report, shown = 10 }: { report: StandardsReport; shown?: number }) {
  const errors = report.introduced.filter((finding) => finding.severity === "error").length;
  return (
    <div className="space-y-2 text-sm" data-testid="standards-delta">
      <p className="text-slate-800">
        API standards: this document <span className="font-semibold">{report.summary}</span>
        {errors > 0 ? `, ${errors} of them at error level` : ""}; {report.findings.length} finding{report.findings.length === 1 ? "" : "s"} in all.
      </p>
      {report.introduced.length > 0 ? (
        <ul className="space-y-1" aria-label="Findings this document introduces">
          {report.introduced.slice(0, shown).map((finding) => (
            <li key={`${finding.rule}:${finding.pointer}`} className="flex flex-wrap items-center gap-2">
              <FindingSeverity severity={finding.severity} />
              <span className="font-mono text-xs">
                line {finding.line} · {finding.rule}
              </span>
              <span className="text-slate-800">{finding.message}</span>
            </li>
          ))}
          {report.introduced.length > shown ? <li className="text-slate-600">and {report.introduced.length - shown} more.</li> : null}
        </ul>
      ) : null}
      {report.fixed.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-slate-700">Fixed: {report.fixed.length}</summary>
          <ul className="mt-1 space-y-1">
            {report.fixed.slice(0, shown).map((finding) => (
              <li key={`${finding.rule}:${finding.pointer}`} className="text-slate-700">
                <span className="font-mono text-xs">{finding.rule}</span> {finding.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

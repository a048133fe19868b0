import type { SpecIssue } from "@/lib/catalog/specs/spec-issue";

/** The problems the server found in a submitted spec document; with `onGoTo`, each position jumps to its line. */
export function SpecIssueList({ issues, onGoTo }: { issues: SpecIssue[]; onGoTo?: (line: number, column: number) => void }) {
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">Problems in the document</p>
      <ul className="mt-2 space-y-1">
        {issues.map((issue) => (
          <li key={`${issue.line}:${issue.column}:${issue.pointer}:${issue.message}`}>
            {onGoTo ? (
              <button type="button" className="font-mono underline" onClick={() => onGoTo(issue.line, issue.column)}>
                Line {issue.line}:{issue.column}
              </button>
            ) : (
              <span className="font-mono">
                Line {issue.line}:{issue.column}
              </span>
            )}
            {issue.pointer ? <span className="font-mono text-xs"> {issue.pointer}</span> : null} — {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

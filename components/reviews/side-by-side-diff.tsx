import type { ContractChange } from "@/lib/contract-diff";
import { fragmentPointerOf, groupChangesByLocation } from "@/lib/reviews/diff-snapshot";
import { ChangeSentence } from "@/components/reviews/change-sentence";
import { SeverityBadge } from "@/components/reviews/change-severity";
import { EmptyState } from "@/components/ui/empty-state";

/** Long diffs (a shared component changed under 700 operations) stay readable: the rest is counted, not shown. */
const MAX_SHOWN = 200;

function Fragment({ label, text }: { label: string; text: string | null | undefined }) {
  return (
    <div className="min-w-0">
      <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</p>
      <pre className="max-h-72 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-2 font-mono text-xs text-slate-900">{text ?? "(absent)"}</pre>
    </div>
  );
}

/** The changes grouped by where they are, each with the fragment of both texts around it. */
export function SideBySideDiff({
  changes,
  fragments,
  baseVersion,
  proposedVersion,
}: {
  changes: readonly ContractChange[];
  fragments: Record<string, { base: string | null; proposed: string | null }>;
  baseVersion: string | null;
  proposedVersion: string;
}) {
  if (changes.length === 0) {
    return (
      <EmptyState
        title={baseVersion ? "The proposal changes nothing in the contract." : "This is the contract's first version: there is nothing to compare with."}
      >
        Reviewers still approve it before it is published.
      </EmptyState>
    );
  }
  const groups = groupChangesByLocation(changes.slice(0, MAX_SHOWN));
  return (
    <div className="space-y-4">
      {groups.map((group) => {
        const shownFragments = new Set<string>();
        return (
          <section key={group.location} className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <h3 className="border-b border-slate-200 px-4 py-2 font-mono text-sm font-semibold text-slate-900">{group.location}</h3>
            <ul className="divide-y divide-slate-100">
              {group.changes.map((change, index) => {
                const pointer = fragmentPointerOf(change.location.pointer);
                const fragment = fragments[pointer];
                const showFragment = fragment && !shownFragments.has(pointer);
                if (showFragment) shownFragments.add(pointer);
                return (
                  <li key={`${change.location.pointer}:${change.kind}:${index}`} className="space-y-2 px-4 py-3">
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <SeverityBadge severity={change.severity} />
                      <span className="text-slate-900">
                        <ChangeSentence change={change} />
                      </span>
                      <span className="font-mono text-xs text-slate-600">{change.kind}</span>
                    </p>
                    {showFragment ? (
                      <div className="grid gap-3 md:grid-cols-2">
                        <Fragment label={`${baseVersion ?? "base"} (current)`} text={fragment.base} />
                        <Fragment label={`${proposedVersion} (proposed)`} text={fragment.proposed} />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {changes.length > MAX_SHOWN ? (
        <p className="text-sm text-slate-700">
          {changes.length - MAX_SHOWN} more changes are not shown; the API (GET /api/v1/change-requests/…) lists them all.
        </p>
      ) : null}
    </div>
  );
}

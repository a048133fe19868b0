import Link from "next/link";
import type { DeclaredFieldProblem } from "@/lib/catalog/consumers/declared-fields";
import { buttonStyles } from "@/components/ui/button-styles";

/** Each declared entry the consumed version does not describe, with the nearest fields it does. */
export function DeclaredFieldProblemList({ problems }: { problems: DeclaredFieldProblem[] }) {
  return (
    <ul className="space-y-1">
      {problems.map((problem) => (
        <li key={problem.index}>
          <code className="rounded bg-amber-100 px-1.5 py-0.5 font-mono text-xs text-amber-950">{problem.entry}</code>
          <span className="text-xs text-slate-700">
            {problem.suggestions.length ? (
              <>
                {" "}
                did you mean{" "}
                {problem.suggestions.map((suggestion, index) => (
                  <span key={suggestion}>
                    {index > 0 ? " or " : ""}
                    <code className="font-mono">{suggestion}</code>
                  </span>
                ))}
                ?
              </>
            ) : (
              " is not in this version"
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A short notice with the number of consumers to fix and the way to the list (dashboard, consumers list). */
export function DeclaredFieldProblemsNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p role="note" className="mb-4 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <strong>
        {count} consumer{count === 1 ? " declares" : "s declare"} fields their contract version does not describe
      </strong>
      : a change to those fields would never be flagged for them.{" "}
      <Link className={buttonStyles.link} href="/catalog/consumers/field-check">
        See what to fix
      </Link>
    </p>
  );
}

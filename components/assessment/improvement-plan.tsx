import Link from "next/link";
import type { Recommendation } from "@/lib/assessment/scoring";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";

/** The prioritised plan: weakest dimension first, each saying why, what to do next and where in the portal. */
export function ImprovementPlan({ plan }: { plan: Recommendation[] }) {
  if (plan.length === 0) {
    return (
      <p className="text-sm text-slate-700">
        Every dimension is at the strongest answer and the catalog supports it: keep measuring, and follow the level&apos;s improvements above.
      </p>
    );
  }
  return (
    <ol className="space-y-3" data-testid="improvement-plan">
      {plan.map((item, index) => (
        <li key={item.questionId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="flex h-6 w-6 items-center justify-center rounded-full bg-slate-900 text-xs font-semibold text-white" aria-hidden>
              {index + 1}
            </span>
            <h3 className="text-sm font-semibold text-slate-900">{item.dimension}</h3>
            <Badge tone={item.effectivePoints <= 2 ? "warning" : "neutral"}>{item.points} of 4</Badge>
            {item.overclaimed ? <Badge tone="danger">Claims more than the evidence supports</Badge> : null}
          </div>
          <p className="mt-2 text-sm text-slate-700">
            <span className="font-medium text-slate-900">Why: </span>
            {item.why}
          </p>
          <p className="mt-1 text-sm text-slate-700">
            <span className="font-medium text-slate-900">What to do next: </span>
            {item.next}
          </p>
          {item.links.length > 0 ? (
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {item.links.map((link) => (
                <li key={link.label}>
                  <Link className={buttonStyles.link} href={link.href}>
                    {link.label} →
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

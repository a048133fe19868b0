import Link from "next/link";
import { SCORECARD_LEVEL_LABELS, SCORECARD_LEVELS, type ScorecardsOutput } from "@/lib/scorecards/schemas";

/** The dashboard's scorecard panel: how many integrations reach each level, per team, and the rule failing most. */
export function ScorecardPanel({ scorecards }: { scorecards: ScorecardsOutput }) {
  const teams = scorecards.rollUps.team;
  const total = teams.reduce((sum, row) => sum + row.integrations, 0);
  const count = (key: "none" | (typeof SCORECARD_LEVELS)[number]) => teams.reduce((sum, row) => sum + row[key], 0);
  const worst = [...scorecards.rules].sort((a, b) => b.failing - a.failing)[0];
  return (
    <section aria-labelledby="scorecards-panel" className="mt-4 rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="scorecards-panel" className="text-sm font-semibold text-slate-900">
          Scorecards
        </h2>
        <Link className="text-sm font-medium text-brand-700 hover:underline" href="/standards/scorecards">
          All scorecards
        </Link>
      </div>
      <p className="text-sm text-slate-800" data-testid="scorecard-panel-summary">
        {total} integrations: {SCORECARD_LEVELS.map((level) => `${count(level)} ${SCORECARD_LEVEL_LABELS[level]}`).join(", ")}, {count("none")} below Bronze.
        {worst && worst.failing > 0 ? (
          <>
            {" "}
            Most failed rule:{" "}
            <Link className="font-medium text-brand-700 hover:underline" href={worst.href}>
              {worst.label} ({worst.failing})
            </Link>
            .
          </>
        ) : null}
      </p>
      <ul className="mt-2 grid gap-1 text-sm text-slate-700 sm:grid-cols-2 lg:grid-cols-3" aria-label="Scorecards by team">
        {teams.map((row) => (
          <li key={row.key || row.label}>
            {row.key ? (
              <Link className="hover:underline" href={`/standards/scorecards?team=${encodeURIComponent(row.key)}`}>
                {row.label}
              </Link>
            ) : (
              row.label
            )}
            : {row.gold} Gold, {row.silver} Silver, {row.bronze} Bronze, {row.none} below
          </li>
        ))}
      </ul>
    </section>
  );
}

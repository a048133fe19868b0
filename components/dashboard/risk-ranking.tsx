import Link from "next/link";
import type { RiskEntry } from "@/lib/dashboard/schemas";
import { CriticalityBadge, HealthBadge } from "@/components/catalog/status-badges";

function Contact({ entry }: { entry: RiskEntry }) {
  const owner = entry.ownerToCall;
  if (!owner) return <span className="font-medium text-red-700">Nobody to call: assign an owner</span>;
  const email = owner.contact?.includes("@") ? owner.contact : null;
  return (
    <span className="text-slate-700">
      Call{" "}
      {email ? (
        <a href={`mailto:${email}`} className="font-medium text-brand-700 hover:underline">
          {owner.name}
        </a>
      ) : (
        <span className="font-medium text-slate-900">{owner.name}</span>
      )}{" "}
      <span className="text-slate-600">({owner.role.toLowerCase()})</span>
    </span>
  );
}

/** The ten integrations where business impact times fragility is highest, with why and whom to call. */
export function RiskRanking({ risks }: { risks: RiskEntry[] }) {
  if (risks.length === 0)
    return <p className="text-sm text-slate-600">No integration shows a fragility factor: every one is owned, monitored, contracted and healthy.</p>;
  return (
    <ol className="divide-y divide-slate-100 text-sm" data-testid="risk-ranking">
      {risks.map((r, i) => (
        <li key={r.key} className="flex gap-2 py-1.5">
          <span className="w-5 shrink-0 text-right font-semibold tabular-nums text-slate-600">{i + 1}</span>
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap items-center gap-1">
              <Link href={r.href} className="truncate font-medium text-brand-700 hover:underline" title={r.name}>
                {r.key} {r.name}
              </Link>
              <CriticalityBadge criticality={r.criticality} />
              <HealthBadge health={r.health} />
            </p>
            <p className="text-xs text-slate-700">{r.reasons.map((x) => x.reason).join(" · ")}</p>
            <p className="text-xs">
              <Contact entry={r} />
            </p>
          </div>
          <span className="shrink-0 text-right text-xs text-slate-600" title={`Business impact ${r.impact} × fragility ${r.fragility}`}>
            <span className="block text-base font-semibold tabular-nums text-slate-900">{r.score}</span>
            {r.impact}×{r.fragility}
          </span>
        </li>
      ))}
    </ol>
  );
}

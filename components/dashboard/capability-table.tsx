import Link from "next/link";
import type { CapabilityDependency } from "@/lib/dashboard/schemas";
import { HealthBadge } from "@/components/catalog/status-badges";

const withFilter = (href: string, filter: string) => `${href}&${filter}`;

function CountLink({ href, value, tone, label }: { href: string; value: number; tone?: "danger" | "warning"; label: string }) {
  const color = value === 0 ? "text-slate-500" : tone === "danger" ? "text-red-700" : tone === "warning" ? "text-amber-800" : "text-slate-900";
  return (
    <Link href={href} className={`font-semibold tabular-nums hover:underline ${color}`} aria-label={`${value} ${label}`}>
      {value}
    </Link>
  );
}

/** Critical dependencies by business capability: each row opens the catalog filtered to what the capability uses. */
export function CapabilityTable({ capabilities }: { capabilities: CapabilityDependency[] }) {
  if (capabilities.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No integration is linked to a business capability yet. Add capabilities to integrations in the catalog to see what each part of the business depends on.
      </p>
    );
  }
  return (
    <table className="min-w-full text-sm">
      <thead className="sticky top-0 bg-white text-left text-xs font-semibold text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-2">
            Capability
          </th>
          <th scope="col" className="px-1 py-1 text-right" title="Integrations it depends on">
            Int.
          </th>
          <th scope="col" className="px-1 py-1 text-right" title="Tier 1 integrations">
            T1
          </th>
          <th scope="col" className="px-1 py-1 text-right" title="Failing or degraded">
            Fail.
          </th>
          <th scope="col" className="px-1 py-1 text-right" title="No data owner">
            Unown.
          </th>
          <th scope="col" className="py-1 pl-2">
            Weakest link
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {capabilities.map((c) => (
          <tr key={c.slug} className="align-top">
            <th scope="row" className="max-w-40 py-1.5 pr-2 text-left font-normal">
              <Link href={c.href} className="font-medium text-brand-700 hover:underline" data-testid={`capability-${c.slug}`}>
                {c.name}
              </Link>
              <p className="truncate text-xs text-slate-600" title={c.systems.map((s) => s.name).join(", ")}>
                {c.systemCount} systems{c.systems.length ? `: ${c.systems.map((s) => s.name).join(", ")}` : ""}
              </p>
              <p className="truncate text-xs text-slate-600">
                {c.teamCount} teams{c.ownerTeams.length ? ` (${c.ownerTeams[0].name}${c.teamCount > 1 ? "…" : ""})` : ""}
                {c.consumers ? ` · ${c.consumers} consumers` : ""}
              </p>
            </th>
            <td className="px-1 py-1.5 text-right">
              <CountLink href={c.href} value={c.integrations} label={`integrations support ${c.name}`} />
            </td>
            <td className="px-1 py-1.5 text-right">
              <CountLink href={withFilter(c.href, "criticality=tier1")} value={c.critical} label="tier 1" />
            </td>
            <td className="px-1 py-1.5 text-right">
              <CountLink href={withFilter(c.href, "health=failing,degraded")} value={c.failingOrDegraded} tone="danger" label="failing or degraded" />
            </td>
            <td className="px-1 py-1.5 text-right">
              <CountLink href={withFilter(c.href, "missing=data-owner")} value={c.unowned} tone="warning" label="without a data owner" />
            </td>
            <td className="min-w-28 max-w-36 py-1.5 pl-2 text-xs">
              {c.weakestLink ? (
                <>
                  <Link href={c.weakestLink.href} className="font-medium text-brand-700 hover:underline">
                    {c.weakestLink.key}
                  </Link>{" "}
                  <HealthBadge health={c.weakestLink.health} />
                  <p className="truncate text-slate-700" title={c.weakestLink.reasons.map((r) => r.reason).join(", ")}>
                    {c.weakestLink.reasons[0]?.reason}
                    {c.weakestLink.reasons.length > 1 ? ` +${c.weakestLink.reasons.length - 1}` : ""}
                  </p>
                  <p className="truncate text-slate-600">{c.weakestLink.ownerToCall ? `Call ${c.weakestLink.ownerToCall.name}` : "No owner to call"}</p>
                </>
              ) : (
                <span className="text-slate-600">No fragile integration</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

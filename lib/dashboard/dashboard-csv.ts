import { toCsv } from "@/lib/catalog/csv";
import type { Dashboard } from "@/lib/dashboard/schemas";

const HEADER = ["section", "item", "value", "previous", "detail", "link"];

/**
 * Every figure of the dashboard as one flat table (a spreadsheet reads it directly); links are relative to the
 * portal, as the page shows them.
 */
export function dashboardToCsv(dashboard: Dashboard): string {
  const rows: string[][] = [HEADER];
  const n = (value: number | null) => (value === null ? "" : String(value));
  for (const kpi of dashboard.kpis)
    rows.push(["kpi", kpi.label, n(kpi.value), n(kpi.previous), dashboard.comparedWith ? `previous = ${dashboard.comparedWith}` : "no trend yet", kpi.href]);
  const { readiness } = dashboard;
  rows.push([
    "kpi",
    "Readiness level",
    n(readiness.level),
    n(readiness.previousLevel),
    readiness.levelName ?? "no organisation assessment yet",
    readiness.href,
  ]);
  for (const c of dashboard.capabilities) {
    const detail = `critical ${c.critical}; failing or degraded ${c.failingOrDegraded}; unowned ${c.unowned}; unmonitored ${c.unmonitored}; systems ${c.systemCount}; consumers ${c.consumers}`;
    rows.push([
      "capability",
      c.name,
      n(c.integrations),
      "",
      c.weakestLink ? `${detail}; weakest link ${c.weakestLink.key} (${c.weakestLink.reasons.map((r) => r.reason).join(", ")})` : detail,
      c.href,
    ]);
  }
  dashboard.risks.forEach((r, i) => {
    const call = r.ownerToCall
      ? `call ${r.ownerToCall.name}${r.ownerToCall.contact && r.ownerToCall.contact !== r.ownerToCall.name ? ` <${r.ownerToCall.contact}>` : ""} (${r.ownerToCall.role})`
      : "no owner to call";
    rows.push([
      "risk",
      `${i + 1}. ${r.key} ${r.name}`,
      n(r.score),
      "",
      `impact ${r.impact} x fragility ${r.fragility}: ${r.reasons.map((x) => x.reason).join(", ")}; ${call}`,
      r.href,
    ]);
  });
  for (const q of dashboard.prioritisation.quadrants) rows.push(["prioritisation", q.label, n(q.count), "", "", q.href]);
  rows.push(["prioritisation", "Not rated", n(dashboard.prioritisation.unrated), "", "no business value or complexity rating", ""]);
  for (const p of dashboard.patternMix) rows.push(["pattern", p.label, n(p.count), "", "", p.href]);
  for (const m of dashboard.mechanismMix) rows.push(["mechanism", m.label, n(m.count), "", "", m.href]);
  for (const h of dashboard.healthHistory) {
    rows.push([
      "health history",
      h.day,
      "",
      "",
      Object.entries(h.health)
        .map(([status, count]) => `${status} ${count}`)
        .join("; ") + (h.seeded ? " (demo history)" : ""),
      "",
    ]);
  }
  return toCsv(rows);
}

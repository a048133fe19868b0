import Link from "next/link";
import type { Dashboard, KpiKey } from "@/lib/dashboard/schemas";
import { PrintButton } from "@/components/assessment/print-button";
import { PrintStyles } from "@/components/assessment/print-styles";
import { TrendChart } from "@/components/assessment/trend-chart";
import { CapabilityTable } from "@/components/dashboard/capability-table";
import { HealthHistoryChart } from "@/components/dashboard/health-history-chart";
import { KpiTrend } from "@/components/dashboard/kpi-trend";
import { MixBars } from "@/components/dashboard/mix-bars";
import { PrioritisationMatrix } from "@/components/dashboard/prioritisation-matrix";
import { RiskRanking } from "@/components/dashboard/risk-ranking";
import { buttonStyles } from "@/components/ui/button-styles";
import { StatTile } from "@/components/ui/stat-tile";

// For every gap or backlog, fewer is better; the inventory's size is neither good nor bad.
const LOWER_IS_BETTER: Record<KpiKey, boolean | null> = {
  integrations: null,
  critical: null,
  unowned: true,
  unmonitored: true,
  failingOrDegraded: true,
  contractsWithoutSpec: true,
  deprecationsOverdue: true,
  openChangeRequests: null,
};
const DANGER: readonly KpiKey[] = ["failingOrDegraded", "deprecationsOverdue"];
const WARNING: readonly KpiKey[] = ["unowned", "unmonitored", "contractsWithoutSpec"];

function Panel({
  title,
  id,
  children,
  action,
  className = "",
}: {
  title: string;
  id: string;
  children: React.ReactNode;
  action?: React.ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={`flex min-h-0 flex-col rounded-xl border border-slate-200 bg-white p-3 shadow-sm ${className}`}>
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h2 id={id} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

/** The executive dashboard, laid out to fit one 1440×900 laptop screen; panels scroll inside when long. */
export function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const { readiness } = dashboard;
  const since = dashboard.comparedWith;
  return (
    <div className="space-y-3">
      <PrintStyles />
      <div className="flex items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Integration risk at a glance</h1>
          <p className="text-sm text-slate-600">
            Live integrations (not archived or retired) at {dashboard.generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC ·{" "}
            {since ? <>trends compare with {since}</> : <>no trend yet: the first daily snapshot is less than 30 days old</>}
            {dashboard.seededHistoryUntil ? <> · history up to {dashboard.seededHistoryUntil} is demo data seeded with the demo enterprise</> : null}
          </p>
        </div>
        <div className="flex shrink-0 gap-2 print:hidden">
          <a className={buttonStyles.secondary} href="/api/v1/dashboard?format=csv">
            Export CSV
          </a>
          <PrintButton />
        </div>
      </div>

      <section aria-label="Headline figures" className="grid grid-cols-3 gap-2 md:grid-cols-5 xl:grid-cols-9">
        {dashboard.kpis.map((kpi) => (
          <StatTile
            key={kpi.key}
            compact
            label={kpi.label}
            value={kpi.value}
            href={kpi.href}
            tone={kpi.value > 0 && DANGER.includes(kpi.key) ? "danger" : kpi.value > 0 && WARNING.includes(kpi.key) ? "warning" : "neutral"}
            trend={<KpiTrend value={kpi.value} previous={kpi.previous} since={since} lowerIsBetter={LOWER_IS_BETTER[kpi.key]} />}
          />
        ))}
        <StatTile
          compact
          label="Readiness level"
          value={readiness.level ?? "—"}
          href={readiness.href}
          hint={readiness.levelName ?? "No organisation assessment yet"}
          trend={
            readiness.level !== null ? (
              <KpiTrend
                value={readiness.level}
                previous={readiness.previousLevel}
                since={readiness.previousLevel !== null ? "30 days ago" : null}
                lowerIsBetter={false}
                unit=" level"
              />
            ) : undefined
          }
        />
      </section>

      <div className="grid gap-3 xl:h-[20rem] xl:grid-cols-12">
        <Panel title="Critical dependencies by business capability" id="capabilities-heading" className="xl:col-span-5">
          <div className="min-h-0 flex-1 overflow-y-auto">
            <CapabilityTable capabilities={dashboard.capabilities} />
          </div>
        </Panel>
        <Panel title="Top 10 risks: business impact × fragility" id="risks-heading" className="xl:col-span-4">
          <div className="min-h-0 flex-1 overflow-y-auto">
            <RiskRanking risks={dashboard.risks} />
          </div>
        </Panel>
        <Panel title="Prioritisation: value against complexity" id="matrix-heading" className="xl:col-span-3">
          <PrioritisationMatrix matrix={dashboard.prioritisation} />
        </Panel>
      </div>

      <div className="grid gap-3 lg:grid-cols-3">
        <Panel title="Health over time" id="health-heading">
          <HealthHistoryChart points={dashboard.healthHistory} seededUntil={dashboard.seededHistoryUntil} />
        </Panel>
        <Panel title="Patterns and mechanisms" id="mix-heading">
          <p className="mb-1 text-xs text-slate-600">
            Point-to-point {dashboard.patternMix.find((p) => p.pattern === "point_to_point")?.count ?? 0} against hub-and-spoke{" "}
            {dashboard.patternMix.find((p) => p.pattern === "hub_and_spoke")?.count ?? 0} and event-driven{" "}
            {dashboard.patternMix.find((p) => p.pattern === "event_driven")?.count ?? 0}
          </p>
          <div className="grid grid-cols-2 gap-3">
            <MixBars
              items={dashboard.patternMix.map((p) => ({ key: p.pattern, label: p.label, count: p.count, href: p.href }))}
              highlight={["point_to_point", "hub_and_spoke", "event_driven"]}
            />
            <MixBars items={dashboard.mechanismMix.map((m) => ({ key: m.mechanism, label: m.label, count: m.count, href: m.href }))} />
          </div>
        </Panel>
        <Panel
          title="Readiness trend (organisation)"
          id="readiness-heading"
          action={
            <Link href={readiness.href} className="text-xs text-brand-700 hover:underline">
              History
            </Link>
          }
        >
          {readiness.trend.length ? (
            <TrendChart points={readiness.trend} label="the organisation" />
          ) : (
            <p className="text-sm text-slate-600">
              No organisation-wide assessment yet.{" "}
              <Link href="/assessments/new" className="font-medium text-brand-700 underline">
                Take the readiness assessment
              </Link>{" "}
              to start the trend.
            </p>
          )}
        </Panel>
      </div>
    </div>
  );
}

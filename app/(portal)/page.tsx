import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getPortalOverview } from "@/lib/overview/repository";
import { PageHeader } from "@/components/ui/page-header";
import { StatTile } from "@/components/ui/stat-tile";
import { HealthBar } from "@/components/ui/health-bar";

export const metadata: Metadata = { title: "Dashboard" };

export default async function HomePage() {
  const actor = await requirePageActor();
  const overview = await getPortalOverview(await getDb());
  const { gaps } = overview;

  return (
    <>
      <PageHeader
        title={`Welcome, ${actor.name.split(" ")[0]}`}
        description="What the integration catalog holds today, and where it has gaps in ownership, monitoring and contracts."
      />
      {overview.integrations === 0 ? (
        <div className="mb-6 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-700">
          <p className="font-medium text-slate-900">The catalog is empty.</p>
          <p className="mt-1">Register your first systems and integrations in the Catalog, or load the demo enterprise with <code>npm run db:seed</code>.</p>
        </div>
      ) : null}
      <section aria-labelledby="inventory-heading">
        <h2 id="inventory-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-600">
          Inventory
        </h2>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <StatTile label="Systems" value={overview.systems} href="/catalog/systems" />
          <StatTile label="Integrations" value={overview.integrations} href="/catalog" hint={`${overview.criticalIntegrations} tier 1 (critical)`} />
          <StatTile label="Contracts" value={overview.contracts} href="/catalog/contracts" hint={`${overview.contractVersions} versions`} />
          <StatTile label="Consumers" value={overview.consumers} href="/catalog/consumers" hint={`across ${overview.teams} teams`} />
        </div>
      </section>
      <section aria-labelledby="gaps-heading" className="mt-8">
        <h2 id="gaps-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-600">
          Governance gaps
        </h2>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <StatTile label="Without a data owner" value={gaps.withoutDataOwner} tone={gaps.withoutDataOwner ? "warning" : "neutral"} href="/catalog?missing=data-owner" />
          <StatTile label="Not monitored" value={gaps.unmonitored} tone={gaps.unmonitored ? "warning" : "neutral"} href="/catalog?monitoring=none" />
          <StatTile label="Failing or degraded" value={gaps.failingOrDegraded} tone={gaps.failingOrDegraded ? "danger" : "neutral"} href="/catalog?health=failing,degraded" />
          <StatTile label="Without a contract" value={gaps.withoutContract} tone={gaps.withoutContract ? "warning" : "neutral"} href="/catalog?missing=contract" />
        </div>
      </section>
      <section aria-labelledby="health-heading" className="mt-8 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="health-heading" className="mb-3 text-base font-semibold text-slate-900">
          Integration health
        </h2>
        <HealthBar counts={overview.health} />
      </section>
      <p className="mt-8 text-sm text-slate-600">
        Next: see <Link className="font-medium text-brand-700 underline" href="/graph">what depends on what</Link>, or take the{" "}
        <Link className="font-medium text-brand-700 underline" href="/assessments">integration readiness assessment</Link>.
      </p>
    </>
  );
}

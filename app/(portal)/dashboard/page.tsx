import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { findConsumerFieldProblems } from "@/lib/catalog/consumers/find-declared-field-problems";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { HealthMap } from "@/components/dashboard/health-map";
import { groupHealthMap } from "@/lib/dashboard/health-map";
import { findHealthMapIntegrations } from "@/lib/dashboard/repository";
import { DeclaredFieldProblemsNotice } from "@/components/catalog/consumers/declared-field-problems";
import { computeScorecards } from "@/lib/scorecards/compute-scorecards";
import { ScorecardPanel } from "@/components/scorecards/scorecard-panel";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePageActor();
  const db = await getDb();
  const now = new Date();
  const [dashboard, fieldProblems, healthMap] = await Promise.all([
    getDashboard(db, { actor, now }),
    findConsumerFieldProblems(db, { actor }),
    findHealthMapIntegrations(db, now),
  ]);
  // After the dashboard's own reads: the scorecards may first lint versions a ruleset change made stale.
  const scorecards = await computeScorecards(db, {}, now);
  return (
    <>
      <DeclaredFieldProblemsNotice count={fieldProblems.length} />
      <DashboardView dashboard={dashboard} />
      <div className="mt-3">
        <HealthMap groups={groupHealthMap(healthMap)} />
      </div>
      <ScorecardPanel scorecards={scorecards} />
    </>
  );
}

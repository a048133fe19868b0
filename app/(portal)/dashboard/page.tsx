import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { findConsumerFieldProblems } from "@/lib/catalog/consumers/find-declared-field-problems";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { DeclaredFieldProblemsNotice } from "@/components/catalog/consumers/declared-field-problems";
import { computeScorecards } from "@/lib/scorecards/compute-scorecards";
import { ScorecardPanel } from "@/components/scorecards/scorecard-panel";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePageActor();
  const db = await getDb();
  const [dashboard, fieldProblems] = await Promise.all([getDashboard(db, { actor, now: new Date() }), findConsumerFieldProblems(db, { actor })]);
  // After the dashboard's own reads: the scorecards may first lint versions a ruleset change made stale.
  const scorecards = await computeScorecards(db, {});
  return (
    <>
      <DeclaredFieldProblemsNotice count={fieldProblems.length} />
      <DashboardView dashboard={dashboard} />
      <ScorecardPanel scorecards={scorecards} />
    </>
  );
}

import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { DashboardView } from "@/components/dashboard/dashboard-view";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const actor = await requirePageActor();
  const dashboard = await getDashboard(await getDb(), { actor, now: new Date() });
  return <DashboardView dashboard={dashboard} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { etagOf } from "@/lib/http/etag";
import { findSystem, findTeamOptions } from "@/lib/catalog/systems/repository";
import { SystemForm } from "@/components/catalog/systems/system-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit system" };

export default async function EditSystemPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const system = await findSystem(db, decodeURIComponent((await params).slug));
  if (!system || system.archivedAt || !can(actor, "catalog.update", { ownerTeamId: system.ownerTeam?.id ?? null })) notFound();
  const teams = (await findTeamOptions(db)).filter((team) => can(actor, "catalog.update", { ownerTeamId: team.id }));
  return (
    <>
      <PageHeader title={`Edit ${system.name}`} />
      <SystemForm teams={teams} system={system} version={etagOf(system.updatedAt)} />
    </>
  );
}

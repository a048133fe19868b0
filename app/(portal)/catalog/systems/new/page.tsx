import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findTeamOptions } from "@/lib/catalog/systems/repository";
import { SystemForm } from "@/components/catalog/systems/system-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Register a system" };

export default async function NewSystemPage() {
  const actor = await requirePageActor();
  if (!can(actor, "catalog.create")) notFound();
  const teams = (await findTeamOptions(await getDb())).filter((team) => can(actor, "catalog.create", { ownerTeamId: team.id }));
  return (
    <>
      <PageHeader title="Register a system" description="An application that sends or receives data. Integrations connect registered systems." />
      <SystemForm teams={teams} />
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findIntegrationFormOptions } from "@/lib/catalog/integrations/form-options-repository";
import { IntegrationForm } from "@/components/catalog/integrations/integration-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Register an integration" };

export default async function NewIntegrationPage() {
  const actor = await requirePageActor();
  if (!can(actor, "catalog.create")) notFound();
  const options = await findIntegrationFormOptions(await getDb());
  const teams = options.teams.filter((team) => can(actor, "catalog.create", { ownerTeamId: team.id }));
  return (
    <>
      <PageHeader
        title="Register an integration"
        description="The inventory record: what moves between which systems, who owns it, who is called when it breaks, and how it is watched."
      />
      <IntegrationForm choices={{ ...options, teams }} />
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { etagOf } from "@/lib/http/etag";
import { findIntegration } from "@/lib/catalog/integrations/detail-repository";
import { findIntegrationFormOptions } from "@/lib/catalog/integrations/form-options-repository";
import { IntegrationForm } from "@/components/catalog/integrations/integration-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit integration" };

export default async function EditIntegrationPage({ params }: { params: Promise<{ key: string }> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const integration = await findIntegration(db, decodeURIComponent((await params).key));
  // Fail closed: to someone who may not change it (or when it is archived), the edit page does not exist.
  if (!integration || integration.archivedAt || !can(actor, "catalog.update", { ownerTeamId: integration.ownerTeam?.id ?? null })) notFound();
  const options = await findIntegrationFormOptions(db);
  const teams = options.teams.filter((team) => can(actor, "catalog.update", { ownerTeamId: team.id }));
  return (
    <>
      <PageHeader title={`Edit ${integration.key}`} description={integration.name} />
      <IntegrationForm choices={{ ...options, teams }} integration={integration} version={etagOf(integration.updatedAt)} />
    </>
  );
}

import { notFound, redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { findIncident } from "@/lib/incidents/repository";

type Params = { params: Promise<{ id: string }> };

/** Incidents live on their integration's page; this address (used by notifications and the audit trail) leads there. */
export default async function IncidentPage({ params }: Params) {
  await requirePageActor();
  const { id } = await params;
  const incident = await findIncident(await getDb(), id);
  if (!incident) notFound();
  redirect(`/catalog/integrations/${encodeURIComponent(incident.integration.key)}#incident-${incident.id}`);
}

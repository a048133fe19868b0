import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findConsumerFormOptions } from "@/lib/catalog/consumers/form-options";
import { findConsumer } from "@/lib/catalog/consumers/repository";
import { etagOf } from "@/lib/http/etag";
import { ConsumerForm } from "@/components/catalog/consumers/consumer-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit consumer" };

export default async function EditConsumerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const consumer = await findConsumer(db, (await params).id);
  if (!consumer || consumer.archivedAt || !can(actor, "catalog.update", { ownerTeamId: consumer.ownerTeam?.id ?? null })) notFound();
  const options = await findConsumerFormOptions(db, actor);
  if (consumer.ownerTeam && !options.teams.some((team) => team.id === consumer.ownerTeam!.id))
    options.teams.unshift({ id: consumer.ownerTeam.id, label: consumer.ownerTeam.name });
  // Its current version stays selectable even once retired, so an unrelated edit does not force a migration.
  const current = consumer.contractVersion;
  if (!options.versionGroups.some((group) => group.versions.some((v) => v.id === current.id))) {
    options.versionGroups.unshift({
      contract: current.contract.name,
      slug: current.contract.slug,
      versions: [{ id: current.id, label: `${current.version} (${current.status})` }],
    });
  }
  return (
    <>
      <PageHeader title={`Edit ${consumer.name}`} />
      <ConsumerForm
        {...options}
        existing={{ id: consumer.id, etag: etagOf(consumer.updatedAt) }}
        initial={{
          name: consumer.name,
          kind: consumer.kind,
          contractVersionId: current.id,
          fieldsUsed: consumer.fieldsUsed.join("\n"),
          purpose: consumer.purpose,
          ownerTeamId: consumer.ownerTeam?.id ?? "",
          systemId: consumer.system?.id ?? "",
          capabilityIds: consumer.capabilities.map((capability) => capability.id),
        }}
      />
    </>
  );
}

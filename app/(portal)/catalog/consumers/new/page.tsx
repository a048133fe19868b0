import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findConsumerFormOptions } from "@/lib/catalog/consumers/form-options";
import { ConsumerForm } from "@/components/catalog/consumers/consumer-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Register a consumer" };

export default async function NewConsumerPage({ searchParams }: { searchParams: Promise<{ contract?: string }> }) {
  const actor = await requirePageActor();
  if (!can(actor, "catalog.create")) notFound();
  const { contract } = await searchParams;
  const { versionGroups, ...options } = await findConsumerFormOptions(await getDb(), actor);
  // Coming from a contract's page: preselect its newest version.
  const preselected = versionGroups.find((group) => group.slug === contract)?.versions[0]?.id ?? "";
  return (
    <>
      <PageHeader
        title="Register a consumer"
        description="Who reads a contract, which fields they rely on and why: what its owners need to know before changing it."
      />
      <ConsumerForm
        {...options}
        versionGroups={versionGroups}
        initial={{
          name: "",
          kind: "report",
          contractVersionId: preselected,
          fieldsUsed: "",
          purpose: "",
          ownerTeamId: options.teams.length === 1 ? options.teams[0].id : "",
          systemId: "",
          capabilityIds: [],
        }}
      />
    </>
  );
}

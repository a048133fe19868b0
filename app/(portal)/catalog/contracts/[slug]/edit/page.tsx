import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findContractFormOptions } from "@/lib/catalog/contracts/form-options";
import { findContract } from "@/lib/catalog/contracts/repository";
import { etagOf } from "@/lib/http/etag";
import { ContractForm } from "@/components/catalog/contracts/contract-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit contract" };

export default async function EditContractPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const contract = await findContract(db, { slug: (await params).slug });
  if (!contract || contract.archivedAt || !can(actor, "catalog.update", { ownerTeamId: contract.ownerTeam?.id ?? null })) notFound();
  const options = await findContractFormOptions(db, actor);
  // Keep the current team selectable even when the actor could not register for it (an admin-assigned team).
  if (contract.ownerTeam && !options.teams.some((team) => team.id === contract.ownerTeam!.id))
    options.teams.unshift({ id: contract.ownerTeam.id, label: contract.ownerTeam.name });
  return (
    <>
      <PageHeader title={`Edit ${contract.name}`} />
      <ContractForm
        {...options}
        existing={{ id: contract.id, etag: etagOf(contract.updatedAt), links: contract }}
        initial={{
          slug: contract.slug,
          name: contract.name,
          description: contract.description ?? "",
          type: contract.type,
          ownerTeamId: contract.ownerTeam?.id ?? "",
          integrationId: contract.integration?.id ?? "",
          systemId: contract.system?.id ?? "",
        }}
      />
    </>
  );
}

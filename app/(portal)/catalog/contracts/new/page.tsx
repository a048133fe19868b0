import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findContractFormOptions } from "@/lib/catalog/contracts/form-options";
import { ContractForm } from "@/components/catalog/contracts/contract-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Register a contract" };

export default async function NewContractPage() {
  const actor = await requirePageActor();
  if (!can(actor, "catalog.create")) notFound();
  const options = await findContractFormOptions(await getDb(), actor);
  return (
    <>
      <PageHeader title="Register a contract" description="Name the interface and its owners; you add its spec document as its first version next." />
      <ContractForm
        {...options}
        initial={{
          slug: "",
          name: "",
          description: "",
          type: "openapi",
          ownerTeamId: options.teams.length === 1 ? options.teams[0].id : "",
          integrationId: "",
          systemId: "",
        }}
      />
    </>
  );
}

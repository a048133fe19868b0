import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findContract, findContractVersion, findContractVersions } from "@/lib/catalog/contracts/repository";
import { suggestNextVersion } from "@/lib/catalog/contracts/version-numbers";
import { VersionForm } from "@/components/catalog/contracts/version-form";
import { PageHeader } from "@/components/ui/page-header";

/** Prefilling ships the text to the browser twice (page and form state): beyond this, start from an upload. */
const PREFILL_LIMIT = 1_000_000;

export const metadata: Metadata = { title: "New contract version" };

export default async function NewVersionPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const contract = await findContract(db, { slug: (await params).slug });
  if (!contract || contract.archivedAt || !can(actor, "catalog.update", { ownerTeamId: contract.ownerTeam?.id ?? null })) notFound();
  const versions = await findContractVersions(db, contract.id);
  const current = versions[0] ? await findContractVersion(db, contract.id, versions[0].version) : null;
  return (
    <>
      <PageHeader
        title={`New version of ${contract.name}`}
        description="Paste or upload the document. It is parsed and validated on the server; problems point at their line and path."
      />
      <VersionForm
        contractId={contract.id}
        contractSlug={contract.slug}
        suggestedVersion={suggestNextVersion(versions.map((v) => v.version))}
        initialSpec={current?.specText && current.specText.length <= PREFILL_LIMIT ? current.specText : ""}
        glossary={current?.glossary.map(({ field, meaning, rules }) => ({ field, meaning, rules })) ?? []}
      />
    </>
  );
}

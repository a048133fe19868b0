import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findContractForReview, findCurrentVersion } from "@/lib/reviews/repository";
import { ProposalForm } from "@/components/reviews/proposal-form";
import { PageHeader } from "@/components/ui/page-header";

/** Prefilling ships the text to the browser twice (page and form state): beyond this, start from an upload. */
const PREFILL_LIMIT = 1_000_000;

export const metadata: Metadata = { title: "Propose a new version" };

export default async function ProposeVersionPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const contract = await findContractForReview(db, (await params).slug);
  if (!contract || contract.archivedAt || !can(actor, "contract.propose", { ownerTeamId: contract.ownerTeamId })) notFound();
  const current = await findCurrentVersion(db, contract.id);
  const text = current?.specText ?? "";
  return (
    <>
      <PageHeader
        title={`Propose a new version of ${contract.name}`}
        description={`${current ? `Compared with version ${current.version}, the current one.` : "The contract has no version yet: this will be its first."} Reviewers, the data owner and the owners of broken consumers decide; approval publishes it.`}
      />
      <ProposalForm
        contract={{ id: contract.id, slug: contract.slug, name: contract.name }}
        initial={{ title: "", description: "", proposedVersion: "", changelog: "", specText: text.length <= PREFILL_LIMIT ? text : "" }}
      />
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { etagOf } from "@/lib/http/etag";
import { findProposalText } from "@/lib/reviews/repository";
import { ProposalForm } from "@/components/reviews/proposal-form";
import { PageHeader } from "@/components/ui/page-header";
import { loadChangeRequest } from "../load-change-request";

export async function generateMetadata({ params }: { params: Promise<{ number: string }> }): Promise<Metadata> {
  return { title: `Edit CR-${(await params).number}` };
}

export default async function EditProposalPage({ params }: { params: Promise<{ number: string }> }) {
  const { db, detail } = await loadChangeRequest(params);
  const { request, actions } = detail;
  if (!actions.edit) notFound();
  return (
    <>
      <PageHeader
        title={`Edit CR-${request.number}: ${request.title}`}
        description="A new document, version or changelog starts a new revision: approvals given so far stop counting."
      />
      <ProposalForm
        contract={request.contract}
        editing={{ number: request.number, etag: etagOf(request.updatedAt) }}
        initial={{
          title: request.title,
          description: request.description ?? "",
          proposedVersion: request.proposedVersion,
          changelog: request.changelog ?? "",
          specText: (await findProposalText(db, request.id)) ?? "",
        }}
      />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findConsumer } from "@/lib/catalog/consumers/repository";
import { findConsumerFieldProblems } from "@/lib/catalog/consumers/find-declared-field-problems";
import { findProposalsBreakingConsumer } from "@/lib/reviews/find-proposals-breaking-consumer";
import { checkConsumerUses } from "@/lib/graph/permitted-uses";
import { getPreparedGraph } from "@/lib/graph/repository";
import { UseViolations } from "@/components/graph/use-violations";
import { DeclaredFieldProblemList } from "@/components/catalog/consumers/declared-field-problems";
import { CONSUMER_KIND_LABELS } from "@/lib/catalog/consumers/schemas";
import { etagOf } from "@/lib/http/etag";
import { ArchiveConsumerForm } from "@/components/catalog/consumers/archive-consumer-form";
import { VersionStatusBadge } from "@/components/catalog/contracts/contract-badges";
import { AuditTrail } from "@/components/audit/audit-trail";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Consumer" };

export default async function ConsumerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const consumer = await findConsumer(db, (await params).id);
  if (!consumer) notFound();
  const ownership = { ownerTeamId: consumer.ownerTeam?.id ?? null };
  const editable = !consumer.archivedAt && can(actor, "catalog.update", ownership);
  const { contract } = consumer.contractVersion;
  const [[fieldProblems], breakingProposals] = await Promise.all([
    findConsumerFieldProblems(db, { actor, consumerId: consumer.id }),
    consumer.archivedAt
      ? []
      : findProposalsBreakingConsumer(db, { actor, consumer: { contractVersionId: consumer.contractVersion.id, fieldsUsed: consumer.fieldsUsed } }),
  ]);
  // Permitted uses along its lineage (issue #18): answered from the prepared catalog graph, cached between requests.
  const useCheck = consumer.archivedAt ? null : checkConsumerUses(await getPreparedGraph(db), consumer.id);

  return (
    <>
      <PageHeader
        title={consumer.name}
        description={consumer.purpose}
        actions={
          editable ? (
            <Link href={`/catalog/consumers/${consumer.id}/edit`} className={buttonStyles.secondary}>
              Edit
            </Link>
          ) : null
        }
      />
      {consumer.archivedAt ? (
        <div role="note" className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-semibold">Archived on {consumer.archivedAt.toISOString().slice(0, 10)}</p>
          <p className="whitespace-pre-line">{consumer.archiveReason}</p>
        </div>
      ) : null}
      <dl className="mb-8 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Kind</dt>
          <dd className="mt-1">
            <Badge>{CONSUMER_KIND_LABELS[consumer.kind]}</Badge>
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Consumes</dt>
          <dd className="mt-1">
            <Link className={buttonStyles.link} href={`/catalog/contracts/${contract.slug}/versions/${encodeURIComponent(consumer.contractVersion.version)}`}>
              {contract.name} {consumer.contractVersion.version}
            </Link>{" "}
            <VersionStatusBadge status={consumer.contractVersion.status} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Owning team</dt>
          <dd className="mt-1 text-slate-900">{consumer.ownerTeam?.name ?? "No owner"}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">System</dt>
          <dd className="mt-1 text-slate-900">
            {consumer.system ? (
              <Link className={buttonStyles.link} href={`/catalog/systems/${consumer.system.slug}`}>
                {consumer.system.name}
              </Link>
            ) : (
              "Not a registered system"
            )}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="capabilities" className="mb-8">
        <h2 id="capabilities" className="mb-3 text-lg font-semibold text-slate-900">
          Business capabilities
        </h2>
        {consumer.capabilities.length === 0 ? (
          <p className="text-sm text-slate-600">None recorded{editable ? ": edit the consumer to say which capabilities depend on it." : "."}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {consumer.capabilities.map((capability) => (
              <li key={capability.id}>
                <Badge tone="info">{capability.name}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
      {useCheck && useCheck.violations.length > 0 ? <UseViolations check={useCheck} /> : null}
      {breakingProposals.length > 0 ? (
        <section aria-labelledby="breaking-proposals" className="mb-8 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-950">
          <h2 id="breaking-proposals" className="mb-2 text-base font-semibold">
            Proposed changes that break it
          </h2>
          <ul className="space-y-2">
            {breakingProposals.map((proposal) => (
              <li key={proposal.number}>
                <Link className={buttonStyles.link} href={`/reviews/${proposal.number}`}>
                  CR-{proposal.number} {proposal.title}
                </Link>{" "}
                (to {proposal.proposedVersion})
                <ul className="ml-4 list-disc">
                  {proposal.changes.map((change, index) => (
                    <li key={index}>{change.message}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="fields" className="mb-8">
        <h2 id="fields" className="mb-3 text-lg font-semibold text-slate-900">
          Fields used
        </h2>
        {fieldProblems ? (
          <div role="note" className="mb-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="mb-2 font-semibold">
              {contract.name} {consumer.contractVersion.version} does not describe{" "}
              {fieldProblems.problems.length === 1 ? "this declared field" : "these declared fields"}
              {editable ? ": edit the consumer to fix them." : "."}
            </p>
            <DeclaredFieldProblemList problems={fieldProblems.problems} />
          </div>
        ) : null}
        <ul className="flex flex-wrap gap-2">
          {consumer.fieldsUsed.map((field) => (
            <li key={field} className="rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-900">
              {field}
            </li>
          ))}
        </ul>
      </section>
      <section className="mb-8">
        <AuditTrail targetType="consumer" targetId={consumer.id} limit={10} />
      </section>
      {!consumer.archivedAt && can(actor, "catalog.archive", ownership) ? (
        <section aria-labelledby="archive" className="mb-8">
          <h2 id="archive" className="mb-3 text-lg font-semibold text-slate-900">
            Archive
          </h2>
          <ArchiveConsumerForm consumerId={consumer.id} name={consumer.name} etag={etagOf(consumer.updatedAt)} />
        </section>
      ) : null}
    </>
  );
}

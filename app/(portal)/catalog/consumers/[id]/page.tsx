import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findConsumer } from "@/lib/catalog/consumers/repository";
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
      <section aria-labelledby="fields" className="mb-8">
        <h2 id="fields" className="mb-3 text-lg font-semibold text-slate-900">
          Fields used
        </h2>
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

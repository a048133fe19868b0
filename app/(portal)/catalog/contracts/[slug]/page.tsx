import type { Metadata } from "next";
import { labelOf } from "@/lib/labels/enum-labels";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findContract, findContractConsumers, findContractVersions } from "@/lib/catalog/contracts/repository";
import { etagOf } from "@/lib/http/etag";
import { findOpenRequestsOfContract } from "@/lib/reviews/repository";
import { BreakingBadge, ChangeRequestStatusBadge } from "@/components/reviews/review-badges";
import { ArchiveContractForm } from "@/components/catalog/contracts/archive-contract-form";
import { ContractTypeBadge, VersionStatusBadge } from "@/components/catalog/contracts/contract-badges";
import { AuditTrail } from "@/components/audit/audit-trail";
import { RecordLinks } from "@/components/catalog/links/record-links";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: `Contract ${(await params).slug}` };
}

export default async function ContractPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requirePageActor();
  const db = await getDb();
  const contract = await findContract(db, { slug: (await params).slug });
  if (!contract) notFound();
  const [versions, consumers, proposals] = await Promise.all([
    findContractVersions(db, contract.id),
    findContractConsumers(db, contract.id),
    findOpenRequestsOfContract(db, contract.id),
  ]);
  const ownership = { ownerTeamId: contract.ownerTeam?.id ?? null };
  const editable = !contract.archivedAt && can(actor, "catalog.update", ownership);
  const mayPropose = !contract.archivedAt && can(actor, "contract.propose", ownership);
  const activeConsumers = consumers.filter((consumer) => !consumer.archivedAt).length;
  const base = `/catalog/contracts/${contract.slug}`;

  return (
    <>
      <PageHeader
        title={contract.name}
        description={contract.description ?? undefined}
        actions={
          editable || mayPropose ? (
            <>
              {editable ? (
                <Link href={`${base}/edit`} className={buttonStyles.secondary}>
                  Edit
                </Link>
              ) : null}
              {editable ? (
                <Link href={`${base}/versions/new`} className={buttonStyles.secondary}>
                  New version
                </Link>
              ) : null}
              {mayPropose ? (
                <Link href={`${base}/propose`} className={buttonStyles.primary}>
                  Propose a new version
                </Link>
              ) : null}
            </>
          ) : null
        }
      />
      {contract.archivedAt ? (
        <div role="note" className="mb-6 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-semibold">Archived on {contract.archivedAt.toISOString().slice(0, 10)}</p>
          <p className="whitespace-pre-line">{contract.archiveReason}</p>
        </div>
      ) : null}
      <dl className="mb-8 grid gap-4 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Type</dt>
          <dd className="mt-1">
            <ContractTypeBadge type={contract.type} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Owning team</dt>
          <dd className="mt-1 text-slate-900">{contract.ownerTeam?.name ?? "No owner"}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Governs</dt>
          <dd className="mt-1 text-slate-900">
            {contract.integration ? (
              <Link className={buttonStyles.link} href={`/catalog/integrations/${contract.integration.key}`}>
                {contract.integration.key} {contract.integration.name}
              </Link>
            ) : null}
            {contract.integration && contract.system ? " · " : null}
            {contract.system ? (
              <Link className={buttonStyles.link} href={`/catalog/systems/${contract.system.slug}`}>
                {contract.system.name}
              </Link>
            ) : null}
            {!contract.integration && !contract.system ? "No integration or system linked" : null}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase text-slate-600">Slug</dt>
          <dd className="mt-1 font-mono text-slate-900">{contract.slug}</dd>
        </div>
      </dl>

      <section aria-labelledby="links" className="mb-8">
        <h2 id="links" className="mb-3 text-lg font-semibold text-slate-900">
          Links and references
        </h2>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <RecordLinks record={contract} />
        </div>
      </section>

      {proposals.length > 0 ? (
        <section aria-labelledby="proposals" className="mb-8">
          <h2 id="proposals" className="mb-3 text-lg font-semibold text-slate-900">
            Proposed changes
          </h2>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm shadow-sm">
            {proposals.map((proposal) => (
              <li key={proposal.id} className="flex flex-wrap items-center gap-2 px-4 py-2">
                <Link className="font-medium text-brand-700 hover:underline" href={`/reviews/${proposal.number}`}>
                  CR-{proposal.number} {proposal.title}
                </Link>
                <span className="font-mono text-xs text-slate-600">
                  {proposal.baseVersion ?? "—"} → {proposal.proposedVersion}
                </span>
                <ChangeRequestStatusBadge status={proposal.status} />
                <BreakingBadge breakingCount={proposal.breakingCount} changeCount={proposal.changeCount} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="versions" className="mb-8">
        <h2 id="versions" className="mb-3 text-lg font-semibold text-slate-900">
          Versions
        </h2>
        {versions.length === 0 ? (
          <EmptyState
            title="No version yet."
            action={
              editable ? (
                <Link className={buttonStyles.primary} href={`${base}/versions/new`}>
                  Add the first version
                </Link>
              ) : null
            }
          >
            A version holds the spec document, its glossary and the consumers that rely on it.
          </EmptyState>
        ) : (
          <DataTable
            columns={[
              "Version",
              "Status",
              "Published",
              { label: "Glossary entries", align: "right" },
              { label: "Active consumers", align: "right" },
              "Changelog",
            ]}
          >
            {versions.map((version) => (
              <tr key={version.id}>
                <td className="px-4 py-2">
                  <Link className="font-medium text-brand-700 hover:underline" href={`${base}/versions/${encodeURIComponent(version.version)}`}>
                    {version.version}
                  </Link>
                </td>
                <td className="px-4 py-2">
                  <VersionStatusBadge status={version.status} />
                </td>
                <td className="px-4 py-2 text-slate-700">{version.publishedAt?.toISOString().slice(0, 10) ?? "—"}</td>
                <td className="px-4 py-2 text-right tabular-nums text-slate-700">{version.glossary.length}</td>
                <td className="px-4 py-2 text-right tabular-nums text-slate-700">{version.consumerCount}</td>
                <td className="max-w-md truncate px-4 py-2 text-slate-700">{version.changelog ?? "—"}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="consumers" className="mb-8">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="consumers" className="text-lg font-semibold text-slate-900">
            Consumers
          </h2>
          {can(actor, "catalog.create") && versions.length > 0 && !contract.archivedAt ? (
            <Link className={buttonStyles.secondary} href={`/catalog/consumers/new?contract=${contract.slug}`}>
              Register a consumer
            </Link>
          ) : null}
        </div>
        {consumers.length === 0 ? (
          <EmptyState title="Nobody is recorded as consuming this contract.">
            Register the reports, dashboards, models and systems that read it, so changes can be assessed.
          </EmptyState>
        ) : (
          <DataTable columns={["Consumer", "Version", "Fields used", "Why"]}>
            {consumers.map((consumer) => (
              <tr key={consumer.id}>
                <td className="px-4 py-2">
                  <Link className="font-medium text-brand-700 hover:underline" href={`/catalog/consumers/${consumer.id}`}>
                    {consumer.name}
                  </Link>{" "}
                  <Badge>{labelOf("ConsumerKind", consumer.kind)}</Badge> {consumer.archivedAt ? <Badge tone="danger">archived</Badge> : null}
                  <p className="text-xs text-slate-600">{consumer.ownerTeam?.name ?? "No owning team"}</p>
                </td>
                <td className="px-4 py-2 text-slate-700">{consumer.contractVersion.version}</td>
                <td className="px-4 py-2">
                  <span className="font-mono text-xs text-slate-800">{consumer.fieldsUsed.join(", ") || "—"}</span>
                </td>
                <td className="max-w-md px-4 py-2 text-slate-700">{consumer.purpose}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section className="mb-8">
        <AuditTrail targetType="contract" targetId={contract.id} limit={10} />
      </section>

      {!contract.archivedAt && can(actor, "catalog.archive", ownership) ? (
        <section aria-labelledby="archive" className="mb-8">
          <h2 id="archive" className="mb-3 text-lg font-semibold text-slate-900">
            Archive
          </h2>
          <ArchiveContractForm contractId={contract.id} name={contract.name} etag={etagOf(contract.updatedAt)} activeConsumers={activeConsumers} />
        </section>
      ) : null}
    </>
  );
}

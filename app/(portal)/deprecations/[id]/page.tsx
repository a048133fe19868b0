import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { mayUpdateMigration } from "@/lib/deprecations/migration-use-cases";
import { findDeprecationDetail, findMigrationOwnership, findNoticePolicy } from "@/lib/deprecations/repository";
import { etagOf } from "@/lib/http/etag";
import { AuditTrail } from "@/components/audit/audit-trail";
import { CopyHeaders } from "@/components/deprecations/copy-headers";
import { CancelForm, RetireForm, SunsetForm } from "@/components/deprecations/deprecation-controls";
import { Countdown, DeprecationStatusBadge, DeprecationTimeline, MigrationProgress, MigrationStatusBadge } from "@/components/deprecations/deprecation-visuals";
import { MigrationStatusForm } from "@/components/deprecations/migration-status-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";

type Params = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Deprecation" };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "—");

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function DeprecationPage({ params }: Params) {
  const actor = await requirePageActor();
  const { id } = await params;
  const db = await getDb();
  const now = new Date();
  const deprecation = await findDeprecationDetail(db, id, now);
  if (!deprecation) notFound();
  const [ownership, policy] = await Promise.all([findMigrationOwnership(db, id), findNoticePolicy(db)]);
  const open = deprecation.status === "announced";
  const manages = open && can(actor, "deprecation.manage", { ownerTeamId: deprecation.target.ownerTeam?.id ?? null });
  const mayOverride = can(actor, "deprecation.override");
  const outstanding = deprecation.progress.total - deprecation.progress.migrated;
  const rule = policy[deprecation.target.criticality];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/deprecations" className={buttonStyles.link}>
          ← Deprecations
        </Link>
      </p>
      <PageHeader
        title={`Deprecation of ${deprecation.target.label}`}
        description={deprecation.reason}
        actions={<DeprecationStatusBadge status={deprecation.status} />}
      />
      <div className="mb-6 grid gap-4 lg:grid-cols-3">
        <section aria-labelledby="facts" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:col-span-2">
          <h2 id="facts" className="sr-only">
            Facts
          </h2>
          <dl className="grid gap-4 sm:grid-cols-2">
            <Fact label="Deprecated">
              <Link className={buttonStyles.link} href={deprecation.target.href}>
                {deprecation.target.label}
              </Link>{" "}
              ({deprecation.target.criticality})
            </Fact>
            <Fact label="Replacement">
              {deprecation.replacement ? (
                <Link className={buttonStyles.link} href={deprecation.replacement.href}>
                  {deprecation.replacement.label}
                </Link>
              ) : (
                "None named"
              )}
            </Fact>
            <Fact label="Announced">
              {day(deprecation.announcedAt)} by {deprecation.createdBy.name}
            </Fact>
            <Fact label="Sunset">
              <Countdown sunsetAt={deprecation.sunsetAt} now={now} open={open} />
            </Fact>
            {deprecation.retiredAt ? (
              <Fact label="Retired">
                {day(deprecation.retiredAt)}
                {deprecation.retireOverrideReason ? ` (override: ${deprecation.retireOverrideReason})` : ""}
              </Fact>
            ) : null}
            {deprecation.noticeExceptionReason ? <Fact label="Notice exception">{deprecation.noticeExceptionReason}</Fact> : null}
            <Fact label="Policy">
              {rule.minimumNoticeDays} days of notice, acknowledgement within {rule.acknowledgeWithinDays} days
            </Fact>
            <Fact label="Migration guide">
              {deprecation.migrationGuideUrl ? (
                <a className={buttonStyles.link} href={deprecation.migrationGuideUrl}>
                  {deprecation.migrationGuideUrl}
                </a>
              ) : (
                "No address"
              )}
            </Fact>
          </dl>
          {deprecation.migrationGuide ? (
            <p className="mt-4 whitespace-pre-wrap rounded-lg bg-slate-50 p-3 text-sm text-slate-800">{deprecation.migrationGuide}</p>
          ) : null}
          <div className="mt-4">
            <MigrationProgress migrated={deprecation.progress.migrated} total={deprecation.progress.total} blocked={deprecation.progress.blocked} />
          </div>
        </section>
        <section aria-labelledby="gateway" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="gateway" className="mb-2 text-base font-semibold text-slate-900">
            Gateway headers
          </h2>
          <p className="mb-2 text-sm text-slate-700">Send these on every response of the deprecated API (RFC 9745 Deprecation, RFC 8594 Sunset).</p>
          <CopyHeaders text={deprecation.gatewayHeaders.map((h) => `${h.name}: ${h.value}`).join("\n")} />
        </section>
      </div>

      <section aria-labelledby="timeline" className="mb-6">
        <h2 id="timeline" className="mb-2 text-base font-semibold text-slate-900">
          Timeline
        </h2>
        <DeprecationTimeline
          rows={[
            {
              id: deprecation.id,
              label: deprecation.target.label,
              status: deprecation.status,
              announcedAt: deprecation.announcedAt,
              sunsetAt: deprecation.sunsetAt,
            },
          ]}
          now={now}
        />
      </section>

      <section aria-labelledby="migrations" className="mb-6">
        <h2 id="migrations" className="mb-2 text-base font-semibold text-slate-900">
          Consumers&apos; migrations
        </h2>
        {deprecation.migrations.length === 0 ? (
          <EmptyState title="No consumer was recorded when this was announced.">Nothing stands in the way of retiring it.</EmptyState>
        ) : (
          <DataTable columns={["Consumer", "Owner", "Status", "Since", "Update"]}>
            {deprecation.migrations.map((item) => {
              const owners = ownership.get(item.consumer.id) ?? { ownerUserId: null, ownerTeamId: null };
              const editable = open && mayUpdateMigration(actor, owners, deprecation.target.ownerTeam?.id ?? null);
              return (
                <tr key={item.id}>
                  <td className="px-4 py-2">
                    <Link className="font-medium text-brand-700 hover:underline" href={`/catalog/consumers/${item.consumer.id}`}>
                      {item.consumer.name}
                    </Link>
                    <p className="text-xs text-slate-600">{item.consumer.kind}</p>
                  </td>
                  <td className="px-4 py-2 text-slate-800">
                    {item.consumer.ownerUser?.name ?? "—"}
                    {item.consumer.ownerTeam ? <p className="text-xs text-slate-600">{item.consumer.ownerTeam.name}</p> : null}
                  </td>
                  <td className="px-4 py-2">
                    <MigrationStatusBadge status={item.status} />
                    {item.blockedReason ? <p className="mt-1 max-w-xs text-xs text-red-700">{item.blockedReason}</p> : null}
                    {item.escalationLevel > 0 ? <p className="mt-1 text-xs text-amber-800">Escalated (step {item.escalationLevel})</p> : null}
                  </td>
                  <td className="px-4 py-2 text-xs text-slate-700">{day(item.updatedAt)}</td>
                  <td className="px-4 py-2">
                    {editable ? (
                      <MigrationStatusForm
                        deprecationId={deprecation.id}
                        consumerId={item.consumer.id}
                        consumerName={item.consumer.name}
                        status={item.status}
                      />
                    ) : (
                      <span className="text-xs text-slate-600">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
      </section>

      {manages ? (
        <section aria-labelledby="manage" className="mb-6 grid gap-4 lg:grid-cols-3">
          <h2 id="manage" className="sr-only">
            Manage the deprecation
          </h2>
          <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="mb-2 text-base font-semibold text-slate-900">Retire</h3>
            <RetireForm deprecationId={deprecation.id} targetLabel={deprecation.target.label} outstanding={outstanding} mayOverride={mayOverride} />
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="mb-2 text-base font-semibold text-slate-900">Move the sunset</h3>
            <SunsetForm
              deprecationId={deprecation.id}
              etag={etagOf(deprecation.updatedAt)}
              sunset={day(deprecation.sunsetAt)}
              mayGrantException={mayOverride}
            />
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="mb-2 text-base font-semibold text-slate-900">Cancel</h3>
            <CancelForm deprecationId={deprecation.id} />
          </div>
        </section>
      ) : null}

      <AuditTrail targetType="deprecation" targetId={deprecation.id} limit={10} />
    </>
  );
}

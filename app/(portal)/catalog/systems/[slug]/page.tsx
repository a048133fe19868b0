import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { humanize } from "@/lib/catalog/integrations/schemas";
import { archiveSystemAction } from "@/lib/catalog/systems/actions";
import { countSystemDependants, findSystem, findSystemSurroundings } from "@/lib/catalog/systems/repository";
import { ArchiveForm } from "@/components/catalog/archive-form";
import { RecordLinks } from "@/components/catalog/links/record-links";
import { AuditTrail } from "@/components/audit/audit-trail";
import { NeighbourhoodGraph } from "@/components/graph/neighbourhood-graph";
import { CriticalityBadge, HealthBadge, LifecycleBadge } from "@/components/catalog/status-badges";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { PageHeader } from "@/components/ui/page-header";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${decodeURIComponent((await params).slug)} · Systems` };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

type IntegrationRow = Awaited<ReturnType<typeof findSystemSurroundings>>["outgoing"][number];

function IntegrationList({ rows, empty, other }: { rows: IntegrationRow[]; empty: string; other: "sourceSystem" | "targetSystem" }) {
  if (!rows.length) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-1 text-sm">
      {rows.map((i) => (
        <li key={i.id}>
          <Link className={buttonStyles.link} href={`/catalog/integrations/${i.key}`}>
            {i.key} {i.name}
          </Link>{" "}
          <span className="text-slate-600">
            {other === "targetSystem" ? "→" : "←"} {i[other].name}
          </span>{" "}
          <HealthBadge health={i.healthStatus} />
        </li>
      ))}
    </ul>
  );
}

export default async function SystemDetailPage({ params }: Params) {
  const actor = await requirePageActor();
  const db = await getDb();
  const system = await findSystem(db, decodeURIComponent((await params).slug));
  if (!system) notFound();
  const [surroundings, dependants] = await Promise.all([findSystemSurroundings(db, system.id), countSystemDependants(db, system.id)]);
  const ownership = { ownerTeamId: system.ownerTeam?.id ?? null };
  const mayEdit = !system.archivedAt && can(actor, "catalog.update", ownership);
  const mayArchive = !system.archivedAt && can(actor, "catalog.archive", ownership);
  const dependantsNote =
    dependants.integrations || dependants.consumers
      ? `${dependants.integrations} live integration(s) and ${dependants.consumers} active consumer(s) depend on it.`
      : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/catalog/systems" className={buttonStyles.link}>
          ← Systems
        </Link>
      </p>
      <PageHeader
        title={system.name}
        description={system.description ?? undefined}
        actions={
          mayEdit ? (
            <Link className={buttonStyles.primary} href={`/catalog/systems/${system.slug}/edit`}>
              Edit
            </Link>
          ) : null
        }
      />
      <div className="mb-6 flex flex-wrap gap-2">
        <CriticalityBadge criticality={system.criticality} />
        <LifecycleBadge lifecycle={system.lifecycle} archived={!!system.archivedAt} />
        <Badge tone="info">{humanize(system.kind)}</Badge>
        {system.isExternal ? <Badge>external</Badge> : null}
      </div>
      {system.archivedAt ? (
        <p role="note" className="mb-6 rounded-md border border-slate-300 bg-slate-100 px-4 py-3 text-sm text-slate-800">
          Archived on {system.archivedAt.toISOString().slice(0, 10)}: {system.archiveReason}.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title="Integrations">
            <div className="grid gap-4 sm:grid-cols-2">
              <div>
                <h3 className="mb-1 text-sm font-medium text-slate-800">Outgoing (downstream)</h3>
                <IntegrationList rows={surroundings.outgoing} empty="Sends nothing that is registered." other="targetSystem" />
              </div>
              <div>
                <h3 className="mb-1 text-sm font-medium text-slate-800">Incoming (upstream)</h3>
                <IntegrationList rows={surroundings.incoming} empty="Receives nothing that is registered." other="sourceSystem" />
              </div>
            </div>
          </Section>
          <Section title="Contracts and consumption">
            <div className="grid gap-4 text-sm sm:grid-cols-2">
              <div>
                <h3 className="mb-1 font-medium text-slate-800">Interfaces it publishes</h3>
                {surroundings.contracts.length ? (
                  <ul className="space-y-1">
                    {surroundings.contracts.map((c) => (
                      <li key={c.id}>
                        <Link className={buttonStyles.link} href={`/catalog/contracts/${c.slug}`}>
                          {c.name}
                        </Link>{" "}
                        <Badge>{c.type}</Badge>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-slate-600">No system-level contract.</p>
                )}
              </div>
              <div>
                <h3 className="mb-1 font-medium text-slate-800">What it consumes</h3>
                {surroundings.consumes.length ? (
                  <ul className="space-y-1">
                    {surroundings.consumes.map((c) => (
                      <li key={c.id}>
                        <Link className={buttonStyles.link} href={`/catalog/consumers/${c.id}`}>
                          {c.name}
                        </Link>
                        : {c.contractVersion.contract.name} v{c.contractVersion.version} — {c.purpose}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-slate-600">Registered as no contract&apos;s consumer.</p>
                )}
              </div>
            </div>
          </Section>
          <Section title="Neighbourhood">
            <NeighbourhoodGraph focus={{ kind: "system", id: system.id }} />
          </Section>
          <AuditTrail targetType="system" targetId={system.id} limit={10} />
        </div>
        <div className="space-y-6">
          <Section title="Facts">
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-xs font-medium uppercase text-slate-600">Slug</dt>
                <dd className="font-mono">{system.slug}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-600">Owner team</dt>
                <dd>{system.ownerTeam?.name ?? <span className="text-red-700">Missing</span>}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-600">Business domain</dt>
                <dd>{system.businessDomain}</dd>
              </div>
              <div>
                <dt className="text-xs font-medium uppercase text-slate-600">Vendor</dt>
                <dd>{system.vendor ?? "Not recorded"}</dd>
              </div>
            </dl>
          </Section>
          <Section title="Links and references">
            <RecordLinks record={system} />
          </Section>
          {mayArchive ? (
            <Section title="Archive">
              <ArchiveForm archive={archiveSystemAction} target={system.slug} name={system.name} noun="systems" dependants={dependantsNote} />
            </Section>
          ) : null}
        </div>
      </div>
    </>
  );
}

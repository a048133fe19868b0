import type { Metadata } from "next";
import { describeSeconds } from "@/lib/labels/duration";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { countActiveConsumers, findIntegration, findIntegrationSurroundings } from "@/lib/catalog/integrations/detail-repository";
import { humanize, OWNER_ROLE_LABELS, OWNER_ROLES } from "@/lib/catalog/integrations/schemas";
import { ArchiveForm } from "@/components/catalog/archive-form";
import { archiveIntegrationAction } from "@/lib/catalog/integrations/actions";
import { CompletenessMeter } from "@/components/catalog/completeness-meter";
import { AuditTrail } from "@/components/audit/audit-trail";
import { RecordLinks } from "@/components/catalog/links/record-links";
import { DeprecationPanel } from "@/components/deprecations/deprecation-panel";
import { IncidentPanel } from "@/components/incidents/incident-panel";
import { HealthPanel } from "@/components/signals/health-panel";
import { SignalChartsPanel } from "@/components/signals/signal-charts-panel";
import { CHART_RANGES } from "@/lib/signals/anomalies/signal-chart-data";
import { NeighbourhoodGraph } from "@/components/graph/neighbourhood-graph";
import { CriticalityBadge, HealthBadge, LifecycleBadge } from "@/components/catalog/status-badges";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

type Params = { params: Promise<{ key: string }> };
type PageProps = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `${decodeURIComponent((await params).key)} · Integrations` };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="mb-3 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children ?? <span className="text-slate-500">Not recorded</span>}</dd>
    </div>
  );
}

const list = (values: string[]) => (values.length ? values.join(", ") : null);

export default async function IntegrationDetailPage({ params, searchParams }: PageProps) {
  const actor = await requirePageActor();
  const { key } = await params;
  const db = await getDb();
  const integration = await findIntegration(db, decodeURIComponent(key));
  if (!integration) notFound();
  const [surroundings, activeConsumers] = await Promise.all([findIntegrationSurroundings(db, integration), countActiveConsumers(db, integration.id)]);
  const mayEdit = !integration.archivedAt && can(actor, "catalog.update", { ownerTeamId: integration.ownerTeam?.id ?? null });
  const mayArchive = !integration.archivedAt && can(actor, "catalog.archive", { ownerTeamId: integration.ownerTeam?.id ?? null });
  // An unknown period falls back to the default one rather than failing the page.
  const requestedRange = (await searchParams).signals;
  const chartRange = CHART_RANGES.find((range) => range === requestedRange) ?? "24h";
  const ownerByRole = new Map(integration.owners.map((o) => [o.role, o.user]));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/catalog" className={buttonStyles.link}>
          ← Integrations
        </Link>
      </p>
      <PageHeader
        title={`${integration.key} · ${integration.name}`}
        description={integration.description ?? undefined}
        actions={
          mayEdit ? (
            <Link className={buttonStyles.primary} href={`/catalog/integrations/${integration.key}/edit`}>
              Edit
            </Link>
          ) : null
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-2">
        <HealthBadge health={integration.healthStatus} />
        <CriticalityBadge criticality={integration.criticality} />
        <LifecycleBadge lifecycle={integration.lifecycle} archived={!!integration.archivedAt} />
        <Badge tone="info">{humanize(integration.dataClassification)}</Badge>
        {integration.containsPersonalData ? <Badge tone="warning">Personal data</Badge> : null}
      </div>
      {integration.archivedAt ? (
        <p role="note" className="mb-6 rounded-md border border-slate-300 bg-slate-100 px-4 py-3 text-sm text-slate-800">
          Archived on {integration.archivedAt.toISOString().slice(0, 10)}: {integration.archiveReason}. Archived records are read-only.
        </p>
      ) : null}

      <DeprecationPanel actor={actor} kind="integration" id={integration.id} />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <HealthPanel integration={integration} mayOverride={mayEdit} />
          <IncidentPanel actor={actor} integrationId={integration.id} ownerTeamId={integration.ownerTeam?.id ?? null} />
          <SignalChartsPanel integrationId={integration.id} integrationKey={integration.key} range={chartRange} />
          <Section title="Inventory record">
            <dl className="grid gap-4 sm:grid-cols-2">
              <Fact label="Source → target">
                <Link className={buttonStyles.link} href={`/catalog/systems/${integration.sourceSystem.slug}`}>
                  {integration.sourceSystem.name}
                </Link>{" "}
                →{" "}
                <Link className={buttonStyles.link} href={`/catalog/systems/${integration.targetSystem.slug}`}>
                  {integration.targetSystem.name}
                </Link>
              </Fact>
              <Fact label="Owner team">{integration.ownerTeam?.name}</Fact>
              <Fact label="Direction">{humanize(integration.direction)}</Fact>
              <Fact label="Mechanism">{humanize(integration.mechanism)}</Fact>
              <Fact label="Pattern">{humanize(integration.pattern)}</Fact>
              <Fact label="Frequency">{humanize(integration.frequency)}</Fact>
              <Fact label="Format">{integration.format}</Fact>
              <Fact label="Volume per day">{integration.volumePerDay?.toLocaleString("en-US")}</Fact>
              <Fact label="Expected latency">{integration.expectedLatencySeconds !== null ? describeSeconds(integration.expectedLatencySeconds) : null}</Fact>
              <Fact label="Monitoring">
                {integration.monitoring === "none" ? <span className="text-red-700">Not monitored</span> : humanize(integration.monitoring)}
                {integration.monitoringNotes ? ` · ${integration.monitoringNotes}` : ""}
              </Fact>
              <Fact label="Data objects">{list(integration.dataObjects)}</Fact>
              <Fact label="Permitted uses">{list(integration.permittedUses.map(humanize))}</Fact>
              <Fact label="Business value / complexity">
                {integration.businessValue || integration.complexity ? `${integration.businessValue ?? "?"} / ${integration.complexity ?? "?"} (of 5)` : null}
              </Fact>
              <Fact label="Business capabilities">
                {integration.capabilities.length
                  ? integration.capabilities.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 ? ", " : ""}
                        <Link className={buttonStyles.link} href={`/catalog?capability=${c.slug}`}>
                          {c.name}
                        </Link>
                      </span>
                    ))
                  : null}
              </Fact>
              <Fact label="Approval">{humanize(integration.approvalState)}</Fact>
            </dl>
            <div className="mt-4">
              <p className="text-xs font-medium uppercase tracking-wide text-slate-600">Fields exchanged</p>
              {integration.fieldsExchanged.length ? (
                <ul className="mt-1 flex flex-wrap gap-1">
                  {integration.fieldsExchanged.map((f) => (
                    <li key={f}>
                      <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{f}</code>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-500">Not recorded</p>
              )}
            </div>
          </Section>

          <Section title="Contracts, versions and consumers">
            {surroundings.contracts.length === 0 ? (
              <EmptyState title="No contract governs this integration.">
                Without a contract nobody can tell consumers what will change. Propose one from the Contracts tab.
              </EmptyState>
            ) : (
              <ul className="space-y-4">
                {surroundings.contracts.map((contract) => (
                  <li key={contract.id}>
                    <p className="font-medium">
                      <Link className={buttonStyles.link} href={`/catalog/contracts/${contract.slug}`}>
                        {contract.name}
                      </Link>{" "}
                      <Badge>{contract.type}</Badge> {contract.archivedAt ? <Badge>archived</Badge> : null}
                    </p>
                    <ul className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4">
                      {contract.versions.map((version) => (
                        <li key={version.id}>
                          <p className="text-sm">
                            <span className="font-mono">v{version.version}</span>{" "}
                            <Badge tone={version.status === "active" ? "good" : version.status === "deprecated" ? "warning" : "neutral"}>
                              {version.status}
                            </Badge>
                          </p>
                          {version.consumers.length ? (
                            <table className="mt-1 w-full text-left text-xs">
                              <thead className="text-slate-600">
                                <tr>
                                  <th scope="col" className="py-1 pr-2">
                                    Consumer
                                  </th>
                                  <th scope="col" className="py-1 pr-2">
                                    Fields used
                                  </th>
                                  <th scope="col" className="py-1">
                                    Why
                                  </th>
                                </tr>
                              </thead>
                              <tbody>
                                {version.consumers.map((consumer) => (
                                  <tr key={consumer.id} className="align-top">
                                    <td className="py-1 pr-2">
                                      <Link className={buttonStyles.link} href={`/catalog/consumers/${consumer.id}`}>
                                        {consumer.name}
                                      </Link>{" "}
                                      <span className="text-slate-600">({humanize(consumer.kind)})</span>
                                    </td>
                                    <td className="py-1 pr-2 font-mono">{consumer.fieldsUsed.join(", ") || "—"}</td>
                                    <td className="py-1 text-slate-700">{consumer.purpose}</td>
                                  </tr>
                                ))}
                              </tbody>
                            </table>
                          ) : (
                            <p className="text-xs text-slate-600">No active consumer.</p>
                          )}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          <Section title="Neighbours">
            <div className="grid gap-4 sm:grid-cols-2">
              {(
                [
                  ["Upstream (into " + integration.sourceSystem.name + ")", surroundings.upstream],
                  ["Downstream (out of " + integration.targetSystem.name + ")", surroundings.downstream],
                ] as const
              ).map(([label, rows]) => (
                <div key={label}>
                  <h3 className="text-sm font-medium text-slate-800">{label}</h3>
                  {rows.length ? (
                    <ul className="mt-1 space-y-1 text-sm">
                      {rows.map((n) => (
                        <li key={n.id}>
                          <Link className={buttonStyles.link} href={`/catalog/integrations/${n.key}`}>
                            {n.key} {n.name}
                          </Link>{" "}
                          <HealthBadge health={n.healthStatus} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="mt-1 text-sm text-slate-600">None registered.</p>
                  )}
                </div>
              ))}
            </div>
          </Section>

          <Section title="Validation rules and exception routing">
            {integration.validationRules.length === 0 && integration.exceptionRoutes.length === 0 ? (
              <p className="text-sm text-slate-600">None recorded.</p>
            ) : (
              <div className="grid gap-4 sm:grid-cols-2 text-sm">
                <ul className="space-y-1">
                  {integration.validationRules.map((r, index) => (
                    <li key={index}>
                      <Badge>{humanize(r.kind)}</Badge> {r.field ? <code>{r.field}</code> : null} {r.description}
                    </li>
                  ))}
                </ul>
                <ul className="space-y-1">
                  {integration.exceptionRoutes.map((r) => (
                    <li key={r.errorType}>
                      {humanize(r.errorType)} → {humanize(r.action)}
                      {r.handler ? ` (${r.handler})` : ""}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Section>

          <Section title="Neighbourhood">
            <NeighbourhoodGraph focus={{ kind: "integration", id: integration.id }} />
          </Section>

          <AuditTrail targetType="integration" targetId={integration.id} limit={10} />
        </div>

        <div className="space-y-6">
          <Section title="Completeness">
            <CompletenessMeter score={integration.completeness.score} />
            {integration.completeness.complete ? (
              <p className="mt-2 text-sm text-emerald-800">Every inventory fact is recorded.</p>
            ) : (
              <>
                <p className="mt-3 text-sm text-slate-700">Still missing:</p>
                <ul className="mt-1 list-disc pl-5 text-sm text-slate-800" aria-label="Missing facts">
                  {integration.completeness.missing.map((m) => (
                    <li key={m.key}>{m.label}</li>
                  ))}
                </ul>
              </>
            )}
          </Section>

          <Section title="Links and references">
            <RecordLinks record={integration} />
          </Section>

          <Section title="Owners">
            <dl className="space-y-2">
              {OWNER_ROLES.map((role) => {
                const user = ownerByRole.get(role);
                return (
                  <div key={role}>
                    <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{OWNER_ROLE_LABELS[role]}</dt>
                    <dd className="text-sm">
                      {user ? (
                        <>
                          {user.name} <span className="text-slate-600">&lt;{user.email}&gt;</span>
                        </>
                      ) : (
                        <span className="text-red-700">Missing</span>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </Section>

          <Section title="Escalation path">
            {integration.escalationPath.length ? (
              <ol className="list-decimal space-y-1 pl-5 text-sm">
                {integration.escalationPath.map((step) => (
                  <li key={step.position}>
                    {step.user ? `${step.user.name} <${step.user.email}>` : null}
                    {step.user && step.contact ? " · " : ""}
                    {step.contact}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-red-700">Nobody is named to call when it breaks.</p>
            )}
          </Section>

          {mayArchive ? (
            <Section title="Archive">
              <ArchiveForm
                archive={archiveIntegrationAction}
                target={integration.key}
                name={`${integration.key} · ${integration.name}`}
                noun="integrations"
                dependants={
                  activeConsumers > 0
                    ? `${activeConsumers} active consumer${activeConsumers === 1 ? "" : "s"} still use${activeConsumers === 1 ? "s" : ""} its contracts.`
                    : null
                }
              />
            </Section>
          ) : null}
        </div>
      </div>
    </>
  );
}

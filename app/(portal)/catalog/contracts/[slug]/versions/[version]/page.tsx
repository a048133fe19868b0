import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findContract, findContractConsumers, findContractVersion } from "@/lib/catalog/contracts/repository";
import { analyzeSpec, describeSpecIssue } from "@/lib/catalog/specs/analyze-spec";
import { outlineSpec } from "@/lib/catalog/specs/spec-outline";
import { etagOf } from "@/lib/http/etag";
import { VersionStatusBadge } from "@/components/catalog/contracts/contract-badges";
import { GlossaryEditor } from "@/components/catalog/contracts/glossary-editor";
import { SpecViewer } from "@/components/catalog/specs/spec-viewer";
import { VersionStatusForm } from "@/components/catalog/contracts/version-status-form";
import { DeprecationPanel } from "@/components/deprecations/deprecation-panel";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { readPageQuery, type PageSearchParams } from "@/lib/validation/query";
import { zVersionPageQuery } from "@/lib/catalog/contracts/schemas";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";
import { findHandlerOptions, findVersionRulesForUpdate } from "@/lib/data-contracts/rules-repository";
import { decideSamples } from "@/lib/data-contracts/sample-regressions";
import { findContractSamples } from "@/lib/data-contracts/samples-repository";
import { RulesEditor } from "@/components/data-contracts/rules-editor";
import { SamplesTable } from "@/components/data-contracts/samples-table";
import { RulesTable } from "@/components/data-contracts/rules-table";
import { TestPayloadForm } from "@/components/data-contracts/test-payload-form";
import { AnnotatedSource } from "@/components/standards/annotated-source";
import { FindingsTable } from "@/components/standards/findings-table";
import { lintStaleVersions } from "@/lib/standards/lint-versions";
import { findVersionFindings } from "@/lib/standards/repository";
import { countBySeverity } from "@/lib/standards/lint-report";

/** The raw text is shown up to this size; beyond it the viewer's outline is the readable form. */
const RAW_TEXT_LIMIT = 200_000;

export async function generateMetadata({ params }: { params: Promise<{ slug: string; version: string }> }): Promise<Metadata> {
  const { slug, version } = await params;
  return { title: `${slug} ${decodeURIComponent(version)}` };
}

export default async function ContractVersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; version: string }>;
  searchParams: Promise<PageSearchParams>;
}) {
  const actor = await requirePageActor();
  const { slug, version: rawVersion } = await params;
  // A repeated ?find= is an array: ignored and named, where it used to reach the viewer and fail with a 500.
  const {
    query: { find },
    ignored,
  } = readPageQuery(zVersionPageQuery, await searchParams);
  const db = await getDb();
  const contract = await findContract(db, { slug });
  if (!contract) notFound();
  const version = await findContractVersion(db, contract.id, decodeURIComponent(rawVersion));
  if (!version) notFound();
  const ruleRow = await findVersionRulesForUpdate(db, contract.id, version.version);
  const rules = ruleRow?.dataRules ?? null;
  const samples = await findContractSamples(db, contract.id);
  const sampleDecisions =
    ruleRow && rules
      ? decideSamples(
          {
            integration: ruleRow.contract.integration ?? { key: "", approvalState: "draft", exceptionRoutes: [] },
            contract: { slug: contract.slug, version: version.version, specText: version.specText },
            rules,
          },
          samples,
        )
      : { ok: true as const, decisions: samples.map(() => null) };
  const consumers = (await findContractConsumers(db, contract.id)).filter((c) => c.contractVersion.version === version.version);
  const editable = !contract.archivedAt && can(actor, "catalog.update", { ownerTeamId: contract.ownerTeam?.id ?? null });
  const analysis = version.specText && contract.type !== "other" ? analyzeSpec(version.specText, contract.type) : null;
  // A stored version that fails a rule added since it was written is still shown, under its issues.
  const readable = analysis ? (analysis.ok ? analysis.spec.document : analysis.document) : undefined;
  // Findings are linted on save; a version saved before (or under an older ruleset) is linted now, once.
  const lintable = version.specText && (contract.type === "openapi" || contract.type === "asyncapi");
  if (lintable) await lintStaleVersions(db, [version.id]);
  const findings = lintable ? (await findVersionFindings(db, version.id)).findings : null;
  const counts = findings ? countBySeverity(findings) : null;
  const base = `/catalog/contracts/${contract.slug}`;
  const etag = etagOf(version.updatedAt);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 hover:underline" href={base}>
          ← {contract.name}
        </Link>
      </p>
      <PageHeader
        title={`${contract.name} ${version.version}`}
        description={version.changelog ?? undefined}
        actions={<VersionStatusBadge status={version.status} />}
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <div className="mb-6 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm text-slate-700">
        <p>
          Published {version.publishedAt ? version.publishedAt.toISOString().slice(0, 10) : "not yet"} · {version.consumerCount} active consumer
          {version.consumerCount === 1 ? "" : "s"}.
          {version.status === "draft"
            ? "A draft becomes active here. Changes to a contract in use go through review: Propose a new version on the contract's page."
            : "Changes to this contract go through review (Propose a new version on the contract's page); deprecating and retiring it go through a deprecation, below."}
        </p>
        {editable && version.status === "draft" ? (
          <div className="mt-3">
            <VersionStatusForm contractId={contract.id} version={version.version} etag={etag} status={version.status} />
          </div>
        ) : null}
      </div>

      <DeprecationPanel actor={actor} kind="contract_version" id={version.id} />

      <section aria-labelledby="glossary" className="mb-8">
        <h2 id="glossary" className="mb-3 text-lg font-semibold text-slate-900">
          Field glossary
        </h2>
        {version.glossary.length === 0 ? (
          <EmptyState title="No field is explained yet.">
            {editable ? "Record what each important field means, and the rules it obeys." : "The owning team records here what each important field means."}
          </EmptyState>
        ) : (
          <DataTable columns={["Field", "Meaning", "Rules"]}>
            {version.glossary.map((entry) => (
              <tr key={entry.id}>
                <td className="px-4 py-2 font-mono">{entry.field}</td>
                <td className="px-4 py-2 text-slate-800">{entry.meaning}</td>
                <td className="px-4 py-2 text-slate-700">{entry.rules ?? "—"}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {editable ? (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">Edit the glossary</summary>
            <div className="mt-3">
              <GlossaryEditor contractId={contract.id} version={version.version} etag={etag} entries={version.glossary} />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="data-rules" className="mb-8">
        <h2 id="data-rules" className="mb-3 text-lg font-semibold text-slate-900">
          Executable rules
        </h2>
        {rules ? (
          <>
            <RulesTable rules={rules} />
            {editable ? null : (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">Test a payload against these rules</summary>
                <div className="mt-3">
                  <TestPayloadForm contractId={contract.id} version={version.version} example={"{\n  \n}"} />
                </div>
              </details>
            )}
          </>
        ) : (
          <EmptyState title="This version has no executable rules.">
            Rules route payloads to quarantine, duplicate review, manual review, access review or producer escalation.{" "}
            {editable ? "Add them below, or" : "The owning team adds them here, or"} with PUT /api/v1/contracts/{"{id}"}/versions/{"{version}"}/rules; see the
            README&apos;s Data contracts section.
          </EmptyState>
        )}
        {editable ? (
          <details className="mt-3" open={!rules}>
            <summary className="cursor-pointer text-sm font-semibold text-brand-700">Edit the rules and test them</summary>
            <div className="mt-3">
              <RulesEditor contractId={contract.id} version={version.version} etag={etag} rules={rules} handlers={await findHandlerOptions(db)} />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="samples" className="mb-8">
        <h2 id="samples" className="mb-1 text-lg font-semibold text-slate-900">
          Saved samples
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Regression cases of this contract&apos;s rules: a proposed change shows in its review which of them it would decide differently.
          {editable ? " Test a payload above, then save it as a sample." : ""}
        </p>
        {samples.length === 0 ? (
          <EmptyState title="No sample is saved yet." />
        ) : (
          <SamplesTable samples={samples} decisions={sampleDecisions.ok ? sampleDecisions.decisions : null} editable={editable} />
        )}
      </section>

      <section aria-labelledby="version-consumers" className="mb-8">
        <h2 id="version-consumers" className="mb-3 text-lg font-semibold text-slate-900">
          Consumers of this version
        </h2>
        {consumers.length === 0 ? (
          <EmptyState title="Nobody is recorded as consuming this version." />
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm shadow-sm">
            {consumers.map((consumer) => (
              <li key={consumer.id} className="px-4 py-2">
                <Link className="font-medium text-brand-700 hover:underline" href={`/catalog/consumers/${consumer.id}`}>
                  {consumer.name}
                </Link>{" "}
                {consumer.archivedAt ? <Badge tone="danger">archived</Badge> : null}
                <p className="text-slate-700">
                  Uses <span className="font-mono text-xs">{consumer.fieldsUsed.join(", ") || "—"}</span> · {consumer.purpose}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {findings && counts ? (
        <section aria-labelledby="standards" className="mb-8">
          <h2 id="standards" className="mb-1 text-lg font-semibold text-slate-900">
            API standards
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            {findings.length === 0
              ? "This document passes every rule of the API standards."
              : `${counts.error} errors, ${counts.warn} warnings and ${counts.info + counts.hint} notes from the API standards' rules; each is marked at its line in the source text below.`}{" "}
            <Link className="text-brand-700 hover:underline" href="/standards">
              The rules
            </Link>
          </p>
          {findings.length > 0 ? <FindingsTable findings={findings} lineHref={(line) => `#L${line}`} /> : null}
        </section>
      ) : null}

      <section aria-labelledby="spec" className="mb-8">
        <h2 id="spec" className="mb-3 text-lg font-semibold text-slate-900">
          Spec document
        </h2>
        {!version.specText ? <EmptyState title="This version has no document." /> : null}
        {analysis && !analysis.ok ? (
          <div role="alert" className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
            <p className="font-semibold">This document does not pass today&apos;s validation:</p>
            <ul className="mt-1 list-disc pl-5">
              {analysis.issues.slice(0, 10).map((issue) => (
                <li key={`${issue.line}:${issue.column}:${issue.pointer}`}>{describeSpecIssue(issue)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {readable !== undefined && contract.type !== "other" ? (
          <SpecViewer
            outline={outlineSpec(contract.type, readable)}
            glossary={Object.fromEntries(version.glossary.map((entry) => [entry.field, entry.meaning]))}
            find={find}
            action={`${base}/versions/${encodeURIComponent(version.version)}`}
          />
        ) : null}
        {version.specText ? (
          <details className="mt-4" open={!!findings?.length}>
            <summary className="cursor-pointer text-sm font-medium text-slate-800">Source text ({(version.specText.length / 1024).toFixed(0)} KB)</summary>
            <div className="mt-2">
              <AnnotatedSource text={version.specText} findings={findings ?? []} limit={RAW_TEXT_LIMIT} />
            </div>
            {version.specText.length > RAW_TEXT_LIMIT ? (
              <p className="mt-1 text-xs text-slate-600">The first {RAW_TEXT_LIMIT / 1000} KB are shown; the API returns the whole document.</p>
            ) : null}
          </details>
        ) : null}
      </section>
    </>
  );
}

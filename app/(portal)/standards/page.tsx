import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { versionOf } from "@/lib/concurrency/record-version";
import { getDb } from "@/lib/db";
import { STANDARD_AREA_LABELS } from "@/lib/standards/organisation-rules";
import { findCurrentRuleset } from "@/lib/standards/repository";
import { RULE_SOURCE_LABELS, rulesUnder } from "@/lib/standards/rule-catalogue";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { FindingSeverity } from "@/components/standards/finding-severity";
import { ExceptionPolicyForm, RuleSeverityForm } from "@/components/standards/rule-severity-form";

export const metadata: Metadata = { title: "API standards" };

export default async function StandardsPage() {
  const actor = await requirePageActor();
  const db = await getDb();
  const ruleset = await findCurrentRuleset(db);
  const rules = rulesUnder(ruleset.overrides);
  const mayEdit = can(actor, "standards.manage");
  const version = versionOf(ruleset.createdAt);

  return (
    <>
      <PageHeader
        title="API standards"
        description="Every OpenAPI and AsyncAPI contract version is linted with Spectral: its recommended rules and the organisation's standards (authentication, RFC 9457 errors, versioning, rate limits, documentation, deprecation). Run the same rules in a pipeline with npm run contract:lint."
        actions={
          <div className="flex gap-4">
            <Link className="text-sm font-medium text-brand-700 hover:underline" href="/standards/findings">
              Findings
            </Link>
            <Link className="text-sm font-medium text-brand-700 hover:underline" href="/standards/scorecards">
              Scorecards
            </Link>
            <a className="text-sm font-medium text-brand-700 hover:underline" href="/api/v1/standards/ruleset/spectral.yaml" download=".spectral.yaml">
              Download .spectral.yaml
            </a>
          </div>
        }
      />
      <p className="mb-4 text-sm text-slate-700">
        Ruleset version {ruleset.version === 0 ? "0 (the defaults)" : ruleset.version}.{" "}
        {ruleset.requireExceptionForNewErrors
          ? "A proposal that introduces an error-level finding needs an admin exception before it is approved."
          : "Proposals that introduce error-level findings are reported in review but need no exception."}{" "}
        {mayEdit ? "Each change saves a new ruleset version, is audited, and the findings are linted again." : null}
      </p>
      {mayEdit ? <ExceptionPolicyForm required={ruleset.requireExceptionForNewErrors} version={version} /> : null}
      <DataTable columns={["Rule", "Standard", "Source", "Severity"]}>
        {rules.map((rule) => (
          <tr key={rule.name}>
            <td className="px-4 py-2">
              <span className="font-mono text-xs">{rule.name}</span>
              <span className="block text-slate-700">{rule.description}</span>
            </td>
            <td className="px-4 py-2 text-slate-700">{rule.area ? STANDARD_AREA_LABELS[rule.area] : "—"}</td>
            <td className="px-4 py-2 text-slate-700">{RULE_SOURCE_LABELS[rule.source]}</td>
            <td className="px-4 py-2">
              {mayEdit ? (
                <RuleSeverityForm rule={rule.name} severity={rule.severity} defaultSeverity={rule.defaultSeverity} version={version} />
              ) : (
                <FindingSeverity severity={rule.severity} />
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

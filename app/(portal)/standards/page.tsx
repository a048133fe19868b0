import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { STANDARD_AREA_LABELS } from "@/lib/standards/organisation-rules";
import { findCurrentRuleset } from "@/lib/standards/repository";
import { effectiveSeverity, RULE_CATALOGUE, RULE_SOURCE_LABELS } from "@/lib/standards/rule-catalogue";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { FindingSeverity } from "@/components/standards/finding-severity";

export const metadata: Metadata = { title: "API standards" };

export default async function StandardsPage() {
  await requirePageActor();
  const db = await getDb();
  const ruleset = await findCurrentRuleset(db);
  const rules = RULE_CATALOGUE.map((rule) => ({ ...rule, severity: effectiveSeverity(rule.name, ruleset.overrides) }));

  return (
    <>
      <PageHeader
        title="API standards"
        description="Every OpenAPI and AsyncAPI contract version is linted with Spectral: its recommended rules and the organisation's standards (authentication, RFC 9457 errors, versioning, rate limits, documentation, deprecation). Run the same rules in a pipeline with npm run contract:lint."
        actions={
          <Link className="text-sm font-medium text-brand-700 hover:underline" href="/standards/findings">
            Findings
          </Link>
        }
      />
      <p className="mb-4 text-sm text-slate-700">Ruleset version {ruleset.version === 0 ? "0 (the defaults)" : ruleset.version}.</p>
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
              <FindingSeverity severity={rule.severity} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { selectFindings } from "@/lib/standards/findings-filter";
import { lintStaleVersions } from "@/lib/standards/lint-versions";
import { STANDARD_AREA_LABELS } from "@/lib/standards/organisation-rules";
import { findCurrentVersionFindings, findTeamIdBySlug } from "@/lib/standards/repository";
import { RULE_SEVERITY_LABELS, zFindingsQuery } from "@/lib/standards/schemas";
import { readPageQuery, type PageSearchParams } from "@/lib/validation/query";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";
import { PageHeader } from "@/components/ui/page-header";
import { FindingSeverity } from "@/components/standards/finding-severity";

export const metadata: Metadata = { title: "API standards findings" };

/** How many findings of one contract the list shows; the version page has them all, at their lines. */
const SHOWN_PER_CONTRACT = 5;

export default async function StandardsFindingsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  await requirePageActor();
  const { query, ignored } = readPageQuery(zFindingsQuery, await searchParams);
  const db = await getDb();
  // Versions saved before linting existed (or under an older ruleset) are linted first, so the list is complete.
  await lintStaleVersions(db);
  const teamId = query.team ? await findTeamIdBySlug(db, query.team) : null;
  const unknownTeam = query.team !== undefined && teamId === null;
  const rows = unknownTeam ? [] : await findCurrentVersionFindings(db, teamId);
  const failing = rows.map((row) => ({ ...row, matching: selectFindings(row.findings, query) })).filter((row) => row.matching.length > 0);
  const filters = [
    query.area ? `standard: ${STANDARD_AREA_LABELS[query.area]}` : null,
    query.rule ? `rule: ${query.rule}` : null,
    query.severity ? `severity: ${RULE_SEVERITY_LABELS[query.severity]}` : query.area ? "errors and warnings" : null,
    query.team ? `team: ${query.team}` : null,
  ].filter(Boolean);

  return (
    <>
      <PageHeader
        title="API standards findings"
        description="Contracts whose current version breaks a rule of the API standards, with the findings and their lines. The current version is the newest active one, else the newest."
        actions={
          <Link className="text-sm font-medium text-brand-700 hover:underline" href="/standards">
            The rules
          </Link>
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <p className="mb-4 text-sm text-slate-700">
        {failing.length} of {rows.length} linted contract{rows.length === 1 ? "" : "s"} {filters.length ? `(${filters.join(", ")})` : ""}
        {unknownTeam ? ": no team has this slug." : "."}
      </p>
      {failing.length === 0 ? (
        <EmptyState title="No contract has a finding for this filter." />
      ) : (
        <DataTable columns={["Contract", "Team", "Version", "Findings"]}>
          {failing.map((row) => {
            const versionHref = `/catalog/contracts/${row.contract.slug}/versions/${encodeURIComponent(row.version.version)}`;
            return (
              <tr key={row.contract.id}>
                <td className="px-4 py-2 align-top">
                  <Link className="font-medium text-brand-700 hover:underline" href={`/catalog/contracts/${row.contract.slug}`}>
                    {row.contract.name}
                  </Link>
                </td>
                <td className="px-4 py-2 align-top text-slate-700">{row.contract.team?.name ?? "—"}</td>
                <td className="px-4 py-2 align-top">
                  <Link className="text-brand-700 hover:underline" href={versionHref}>
                    {row.version.version}
                  </Link>
                </td>
                <td className="px-4 py-2">
                  <ul className="space-y-1">
                    {row.matching.slice(0, SHOWN_PER_CONTRACT).map((finding) => (
                      <li key={`${finding.rule}:${finding.pointer}`} className="flex flex-wrap items-center gap-2">
                        <FindingSeverity severity={finding.severity} />
                        <Link className="font-mono text-xs text-brand-700 hover:underline" href={`${versionHref}#L${finding.line}`}>
                          line {finding.line}
                        </Link>
                        <span className="text-slate-800">{finding.message}</span>
                      </li>
                    ))}
                  </ul>
                  {row.matching.length > SHOWN_PER_CONTRACT ? (
                    <Link className="text-xs text-brand-700 hover:underline" href={`${versionHref}#standards`}>
                      and {row.matching.length - SHOWN_PER_CONTRACT} more
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}

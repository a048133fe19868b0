import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { versionOf } from "@/lib/concurrency/record-version";
import { findCurrentRuleset } from "@/lib/standards/repository";
import { ScorecardLevelsForm } from "@/components/scorecards/scorecard-levels-form";
import { getDb } from "@/lib/db";
import { computeScorecards } from "@/lib/scorecards/compute-scorecards";
import { SCORECARD_RULES } from "@/lib/scorecards/scorecard-rules";
import { SCORECARD_LEVEL_LABELS, SCORECARD_LEVELS, SCORECARD_RULE_IDS, zScorecardsQuery, type RollUpRow, type ScorecardLevel } from "@/lib/scorecards/schemas";
import { readPageQuery, type PageSearchParams } from "@/lib/validation/query";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { IgnoredFiltersNotice } from "@/components/ui/ignored-filters-notice";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Scorecards" };

const LEVEL_TONE: Record<ScorecardLevel, BadgeTone> = { bronze: "warning", silver: "info", gold: "good" };

function LevelBadge({ level }: { level: ScorecardLevel | null }) {
  return level ? <Badge tone={LEVEL_TONE[level]}>{SCORECARD_LEVEL_LABELS[level]}</Badge> : <Badge tone="neutral">Below Bronze</Badge>;
}

function RollUpTable({ title, rows }: { title: string; rows: RollUpRow[] }) {
  return (
    <section aria-label={`By ${title.toLowerCase()}`} className="mb-8">
      <h2 className="mb-3 text-lg font-semibold text-slate-900">By {title.toLowerCase()}</h2>
      <DataTable columns={[title, "Integrations", "Below Bronze", "Bronze", "Silver", "Gold"]}>
        {rows.map((row) => (
          <tr key={row.key || row.label}>
            <td className="px-4 py-2 text-slate-900">{row.label}</td>
            <td className="px-4 py-2 text-slate-700">{row.integrations}</td>
            <td className="px-4 py-2 text-slate-700">{row.none}</td>
            <td className="px-4 py-2 text-slate-700">{row.bronze}</td>
            <td className="px-4 py-2 text-slate-700">{row.silver}</td>
            <td className="px-4 py-2 text-slate-700">{row.gold}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

export default async function ScorecardsPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const actor = await requirePageActor();
  const { query, ignored } = readPageQuery(zScorecardsQuery, await searchParams);
  const db = await getDb();
  const scorecards = await computeScorecards(db, query);
  const ruleset = can(actor, "standards.manage") ? await findCurrentRuleset(db) : null;
  const total = scorecards.rollUps.team.reduce((sum, row) => sum + row.integrations, 0);
  const countAt = (level: ScorecardLevel | null) => scorecards.rollUps.team.reduce((sum, row) => sum + row[level ?? "none"], 0);

  return (
    <>
      <PageHeader
        title="Scorecards"
        description="Each integration's level from the governance facts: Bronze needs owners by role and an escalation path; Silver an active contract without error-level API standards violations, consumers with their fields and fresh monitoring signals; Gold met service objectives, validation rules and deprecations done through the portal."
        actions={
          <Link className="text-sm font-medium text-brand-700 hover:underline" href="/standards">
            API standards
          </Link>
        }
      />
      <IgnoredFiltersNotice ignored={ignored} />
      <p className="mb-4 text-sm text-slate-700" data-testid="scorecard-summary">
        {total} integration{total === 1 ? "" : "s"}
        {query.team ? ` of team ${query.team}` : ""}: {countAt("gold")} Gold, {countAt("silver")} Silver, {countAt("bronze")} Bronze, {countAt(null)} below
        Bronze.
      </p>

      <section aria-label="Rules" className="mb-8">
        <h2 className="mb-3 text-lg font-semibold text-slate-900">Rules</h2>
        <DataTable columns={["Level", "Rule", "Failing"]}>
          {scorecards.rules.map((rule) => (
            <tr key={rule.id}>
              <td className="px-4 py-2">
                <LevelBadge level={rule.level} />
              </td>
              <td className="px-4 py-2 text-slate-900">{rule.label}</td>
              <td className="px-4 py-2">
                {rule.failing > 0 ? (
                  <Link className="font-medium text-brand-700 hover:underline" href={rule.href}>
                    {rule.failing} integration{rule.failing === 1 ? "" : "s"}
                  </Link>
                ) : (
                  <span className="text-slate-700">none</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <RollUpTable title="Team" rows={scorecards.rollUps.team} />
      <RollUpTable title="Domain" rows={scorecards.rollUps.domain} />
      <RollUpTable title="Capability" rows={scorecards.rollUps.capability} />

      <section aria-labelledby="failing" className="mb-8">
        <h2 id="failing" className="mb-3 text-lg font-semibold text-slate-900">
          {query.rule ? `Integrations failing: ${SCORECARD_RULES[query.rule].label}` : "Integrations"}
        </h2>
        {scorecards.integrations.length === 0 ? (
          <EmptyState title="No integration for this filter." />
        ) : (
          <DataTable columns={["Integration", "Team", "Level", "Failing rules"]}>
            {scorecards.integrations.map((integration) => (
              <tr key={integration.key}>
                <td className="px-4 py-2">
                  <Link className="font-medium text-brand-700 hover:underline" href={`/catalog/integrations/${encodeURIComponent(integration.key)}`}>
                    {integration.name}
                  </Link>
                  <span className="block font-mono text-xs text-slate-600">{integration.key}</span>
                </td>
                <td className="px-4 py-2 text-slate-700">{integration.team ?? "—"}</td>
                <td className="px-4 py-2">
                  <LevelBadge level={integration.level} />
                </td>
                <td className="px-4 py-2 text-slate-700">
                  {integration.failing.length === 0 ? "none" : integration.failing.map((rule) => SCORECARD_RULES[rule].label).join("; ")}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {ruleset ? (
        <ScorecardLevelsForm
          rules={SCORECARD_RULE_IDS.map((id) => ({ id, label: SCORECARD_RULES[id].label }))}
          definition={ruleset.scorecard}
          version={versionOf(ruleset.createdAt)}
        />
      ) : null}
      <p className="text-sm text-slate-600">
        Levels: {SCORECARD_LEVELS.map((level) => SCORECARD_LEVEL_LABELS[level]).join(", ")}. A level needs every rule of its own and of the levels below.
      </p>
    </>
  );
}

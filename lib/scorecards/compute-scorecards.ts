import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { lintStaleVersions } from "@/lib/standards/lint-versions";
import { findIntegrationFacts } from "@/lib/scorecards/repository";
import { findCurrentRuleset } from "@/lib/standards/repository";
import { levelOfRule, rollUp, SCORECARD_RULES, scoreIntegration } from "@/lib/scorecards/scorecard-rules";
import { SCORECARD_RULE_IDS, type ScorecardsOutput, type ScorecardsQuery } from "@/lib/scorecards/schemas";

/** Where the integrations failing a rule are listed: the scorecards page filtered to that rule (and team). */
export function failingHref(rule: string, team?: string): string {
  return `/standards/scorecards?${new URLSearchParams({ rule, ...(team ? { team } : {}) }).toString()}#failing`;
}

/**
 * Every integration's level and failing rules, the rules' failure counts and the roll-ups by team, domain and
 * capability. Stale lint findings are linted first, so "no error-level violation" reads the current ruleset.
 */
export async function computeScorecards(db: PrismaClient, query: ScorecardsQuery, now = new Date()): Promise<ScorecardsOutput> {
  await lintStaleVersions(db);
  const { scorecard: definition } = await findCurrentRuleset(db);
  const facts = await findIntegrationFacts(db, query.team ?? null);
  const scored = facts.map((integration) => ({ facts: integration, ...scoreIntegration(integration, definition, now) }));
  const rules = SCORECARD_RULE_IDS.flatMap((id) => {
    const level = levelOfRule(definition, id);
    if (!level) return [];
    return [
      { id, level, label: SCORECARD_RULES[id].label, failing: scored.filter((row) => row.failing.includes(id)).length, href: failingHref(id, query.team) },
    ];
  });
  const shown = query.rule ? scored.filter((row) => row.failing.includes(query.rule!)) : scored;
  return {
    definition,
    rules,
    integrations: shown.map((row) => ({
      key: row.facts.key,
      name: row.facts.name,
      team: row.facts.team?.name ?? null,
      level: row.level,
      failing: row.failing,
    })),
    rollUps: {
      team: rollUp(
        scored.map((row) => ({
          level: row.level,
          groups: [row.facts.team ? { key: row.facts.team.slug, label: row.facts.team.name } : { key: "", label: "No team" }],
        })),
      ),
      domain: rollUp(scored.map((row) => ({ level: row.level, groups: [{ key: row.facts.domain ?? "", label: row.facts.domain ?? "No domain" }] }))),
      capability: rollUp(
        scored.map((row) => ({ level: row.level, groups: row.facts.capabilities.map((capability) => ({ key: capability.slug, label: capability.name })) })),
      ),
    },
  };
}

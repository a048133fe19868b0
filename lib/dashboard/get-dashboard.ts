import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { findTrend } from "@/lib/assessment/repository";
import { integrationHref, READINESS_HREF, catalogHref } from "@/lib/dashboard/dashboard-links";
import {
  addDays,
  capabilityAggregates,
  comparisonSnapshot,
  dayString,
  kpiValues,
  mechanismMix,
  ownerToCall,
  patternMix,
  prioritisationMatrix,
  rankIntegration,
  rankRisks,
  snapshotFigures,
  toKpis,
  TREND_DAYS,
  utcDay,
  type RankedIntegration,
} from "@/lib/dashboard/dashboard-figures";
import {
  countContractsWithoutSpec,
  countOpenChangeRequests,
  countOverdueDeprecations,
  loadCapabilities,
  loadContactFacts,
  loadIntegrationFacts,
  loadIntegrationNames,
  loadSnapshots,
  loadSystemLinks,
  loadTeamLinks,
  readWriteSnapshot,
} from "@/lib/dashboard/repository";
import { zDashboard, type Dashboard, type RiskEntry, type SnapshotFigures } from "@/lib/dashboard/schemas";

export const TOP_RISKS = 10;
export const HISTORY_DAYS = 90;
const SYSTEMS_SHOWN = 4;
const TEAMS_SHOWN = 3;

/** The figures of the dashboard as they stand at `now`: what the daily snapshot records. */
export async function measureSnapshotFigures(db: PrismaClient, now: Date): Promise<SnapshotFigures> {
  const [facts, contractsWithoutSpec, deprecationsOverdue, openChangeRequests] = await Promise.all([
    loadIntegrationFacts(db, now),
    countContractsWithoutSpec(db),
    countOverdueDeprecations(db, now),
    countOpenChangeRequests(db),
  ]);
  return snapshotFigures(facts, kpiValues(facts, { contractsWithoutSpec, deprecationsOverdue, openChangeRequests }));
}

// The dashboard depends on nothing but the database and the minute (deprecations fall overdue as time passes), and
// is read far more often than the catalog changes: while nothing was written, the same minute's answer stands.
const lastAnswer = new WeakMap<PrismaClient, { key: string; dashboard: Dashboard }>();
const MINUTE_MS = 60_000;

/**
 * The executive dashboard: headline figures with their trend, critical dependencies by business capability, the
 * risk ranking, the prioritisation matrix and the charts. The page and GET /api/v1/dashboard both call this.
 */
export async function getDashboard(db: PrismaClient, { actor, now }: { actor: Actor; now: Date }): Promise<Dashboard> {
  authorize(actor, "catalog.read");
  // Read before computing: a write that lands during the computation makes the next request compute again.
  const key = `${await readWriteSnapshot(db)}@${Math.floor(now.getTime() / MINUTE_MS)}`;
  const cached = lastAnswer.get(db);
  if (cached?.key === key) return cached.dashboard;
  const dashboard = await computeDashboard(db, now);
  lastAnswer.set(db, { key, dashboard });
  return dashboard;
}

async function computeDashboard(db: PrismaClient, now: Date): Promise<Dashboard> {
  const today = utcDay(now);
  const [facts, contractsWithoutSpec, deprecationsOverdue, openChangeRequests, capabilities, snapshots, assessments] = await Promise.all([
    loadIntegrationFacts(db, now),
    countContractsWithoutSpec(db),
    countOverdueDeprecations(db, now),
    countOpenChangeRequests(db),
    loadCapabilities(db),
    loadSnapshots(db, addDays(today, -HISTORY_DAYS)),
    findTrend(db, null),
  ]);

  const values = kpiValues(facts, { contractsWithoutSpec, deprecationsOverdue, openChangeRequests });
  const current = snapshotFigures(facts, values);
  const compared = comparisonSnapshot(snapshots, now);
  const ranked = facts.map(rankIntegration);
  const risks = rankRisks(ranked, TOP_RISKS);
  const perCapability = capabilityAggregates(ranked, capabilities);

  // Names and contacts only for what is shown: the top risks, each capability's weakest link, a few systems and teams.
  const matrix = prioritisationMatrix(ranked);
  const listed = new Set([...risks, ...perCapability.flatMap((c) => (c.weakest ? [c.weakest] : []))].map((r) => r.facts.id));
  const dots = new Set(matrix.cells.flatMap((cell) => cell.integrations.map((dot) => dot.id)).filter((id) => !listed.has(id)));
  const systemIds = new Set(perCapability.flatMap((c) => c.systemIds.slice(0, SYSTEMS_SHOWN)));
  const teamIds = new Set(perCapability.flatMap((c) => c.teamIds.slice(0, TEAMS_SHOWN)));
  const [contacts, dotNames, systems, teams] = await Promise.all([
    loadContactFacts(db, [...listed]),
    loadIntegrationNames(db, [...dots]),
    loadSystemLinks(db, [...systemIds]),
    loadTeamLinks(db, [...teamIds]),
  ]);
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const nameById = new Map([...dotNames, ...contacts].map((i) => [i.id, i.name]));
  const systemById = new Map(systems.map((s) => [s.id, { slug: s.slug, name: s.name }]));
  const teamById = new Map(teams.map((t) => [t.id, { slug: t.slug, name: t.name }]));

  const toRiskEntry = (r: RankedIntegration): RiskEntry => {
    const contact = contactById.get(r.facts.id);
    return {
      key: r.facts.key,
      name: contact?.name ?? r.facts.key,
      href: integrationHref(r.facts.key),
      criticality: r.facts.criticality,
      health: r.facts.health,
      impact: r.impact,
      fragility: r.fragility,
      score: r.score,
      reasons: r.reasons,
      ownerTeam: contact?.ownerTeam ?? null,
      ownerToCall: ownerToCall(contact),
    };
  };

  const latestAssessment = assessments.at(-1) ?? null;
  const monthAgo = addDays(now, -TREND_DAYS);
  const assessmentThen = assessments.filter((a) => a.takenAt <= monthAgo).at(-1) ?? null;

  const history = snapshots.filter((s) => s.day < today).map((s) => ({ day: dayString(s.day), health: s.figures.health, seeded: s.figures.seeded === true }));
  history.push({ day: dayString(today), health: current.health, seeded: false });
  const seeded = snapshots.filter((s) => s.figures.seeded === true).at(-1);

  return zDashboard.parse({
    generatedAt: now,
    comparedWith: compared ? dayString(compared.day) : null,
    kpis: toKpis(values, compared?.figures.kpis ?? null),
    readiness: {
      level: latestAssessment?.level ?? null,
      levelName: latestAssessment?.levelName ?? null,
      total: latestAssessment?.total ?? null,
      takenAt: latestAssessment?.takenAt ?? null,
      previousLevel: assessmentThen?.level ?? null,
      href: READINESS_HREF,
      trend: assessments.map((a) => ({ id: a.id, takenAt: a.takenAt, level: a.level, total: a.total })),
    },
    capabilities: perCapability.map((c) => ({
      slug: c.capability.slug,
      name: c.capability.name,
      href: catalogHref({ capability: c.capability.slug }),
      integrations: c.integrations,
      critical: c.critical,
      failingOrDegraded: c.failingOrDegraded,
      unowned: c.unowned,
      unmonitored: c.unmonitored,
      health: c.health,
      consumers: c.capability.consumers,
      systemCount: c.systemIds.length,
      systems: c.systemIds.slice(0, SYSTEMS_SHOWN).flatMap((id) => systemById.get(id) ?? []),
      teamCount: c.teamIds.length,
      ownerTeams: c.teamIds.slice(0, TEAMS_SHOWN).flatMap((id) => teamById.get(id) ?? []),
      weakestLink: c.weakest ? toRiskEntry(c.weakest) : null,
    })),
    risks: risks.map(toRiskEntry),
    prioritisation: {
      ...matrix,
      cells: matrix.cells.map((cell) => ({
        ...cell,
        integrations: cell.integrations.map((dot) => ({ key: dot.key, name: nameById.get(dot.id) ?? dot.key, href: dot.href })),
      })),
    },
    healthHistory: history,
    patternMix: patternMix(facts),
    mechanismMix: mechanismMix(facts),
    seededHistoryUntil: seeded ? dayString(seeded.day) : null,
  });
}

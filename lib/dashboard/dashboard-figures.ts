import { humanize, MECHANISMS, PATTERNS } from "@/lib/catalog/integrations/schemas";
import { catalogHref, integrationHref, KPI_LABELS, KPI_LINKS } from "@/lib/dashboard/dashboard-links";
import { prioritisationQuadrant, QUADRANT_LABELS, QUADRANTS, quadrantRatings, RATINGS } from "@/lib/dashboard/prioritisation-quadrant";
import { compareRisk, riskScore, type FragilityReason } from "@/lib/dashboard/risk-score";
import { KPI_KEYS, type Kpi, type KpiKey, type Prioritisation, type SnapshotFigures } from "@/lib/dashboard/schemas";

/** The matrix as computed here: its dots name integrations by id, and the caller adds their names. */
export type PrioritisationDraft = Omit<Prioritisation, "cells"> & {
  cells: (Omit<Prioritisation["cells"][number], "integrations"> & { integrations: { id: string; key: string; href: string }[] })[];
};
import type { HealthStatus, IntegrationMechanism, IntegrationPattern, Criticality, OwnerRole } from "@/lib/generated/prisma/enums";

// Pure: everything the dashboard shows, computed from the rows the repository loads (no I/O here).

export interface IntegrationFacts {
  id: string;
  key: string;
  criticality: Criticality;
  businessValue: number | null;
  complexity: number | null;
  /** The health in force: derived from signals (decision 050) or overridden (decision 051). */
  health: HealthStatus;
  pattern: IntegrationPattern;
  mechanism: IntegrationMechanism;
  sourceSystemId: string;
  targetSystemId: string;
  ownerTeamId: string | null;
  hasDataOwner: boolean;
  contracts: number;
  versionedContracts: number;
  consumers: number;
  capabilityIds: string[];
  overdueDeprecation: boolean;
}

export interface RankedIntegration {
  facts: IntegrationFacts;
  /** The facts' key again, so that ranking compares without reaching into (or copying) the facts. */
  key: string;
  impact: number;
  fragility: number;
  score: number;
  reasons: FragilityReason[];
}

export const isFailingOrDegraded = (f: Pick<IntegrationFacts, "health">) => f.health === "failing" || f.health === "degraded";
/** No signal within the threshold (decision 050): what the integration says about its monitoring no longer counts. */
export const isUnmonitored = (f: Pick<IntegrationFacts, "health">) => f.health === "unmonitored";

export function rankIntegration(facts: IntegrationFacts): RankedIntegration {
  const risk = riskScore({
    criticality: facts.criticality,
    businessValue: facts.businessValue,
    capabilities: facts.capabilityIds.length,
    consumers: facts.consumers,
    hasDataOwner: facts.hasDataOwner,
    monitored: !isUnmonitored(facts),
    contracts: facts.contracts,
    versionedContracts: facts.versionedContracts,
    health: facts.health,
    pattern: facts.pattern,
    overdueDeprecation: facts.overdueDeprecation,
  });
  return { facts, key: facts.key, ...risk };
}

/** Highest risk first; integrations with no fragility at all (score 0) are not risks and are left out. */
export function rankRisks(ranked: readonly RankedIntegration[], limit: number): RankedIntegration[] {
  return ranked
    .filter((r) => r.score > 0)
    .sort(compareRisk)
    .slice(0, limit);
}

export interface OtherCounts {
  contractsWithoutSpec: number;
  deprecationsOverdue: number;
  openChangeRequests: number;
}

export function kpiValues(facts: readonly IntegrationFacts[], other: OtherCounts): Record<KpiKey, number> {
  const count = (test: (f: IntegrationFacts) => boolean) => facts.reduce((n, f) => n + (test(f) ? 1 : 0), 0);
  return {
    integrations: facts.length,
    critical: count((f) => f.criticality === "tier1"),
    unowned: count((f) => !f.hasDataOwner),
    unmonitored: count(isUnmonitored),
    failingOrDegraded: count(isFailingOrDegraded),
    ...other,
  };
}

export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const key = keyOf(item);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export function snapshotFigures(facts: readonly IntegrationFacts[], kpis: Record<KpiKey, number>): SnapshotFigures {
  return { kpis, health: countBy(facts, (f) => f.health), patterns: countBy(facts, (f) => f.pattern) };
}

export function toKpis(values: Record<KpiKey, number>, previous: Record<KpiKey, number> | null): Kpi[] {
  return KPI_KEYS.map((key) => ({ key, label: KPI_LABELS[key], value: values[key], previous: previous?.[key] ?? null, href: KPI_LINKS[key] }));
}

const DAY_MS = 86_400_000;

/** Midnight UTC of the day `at` falls on: snapshot days are UTC days. */
export function utcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
export const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);
export const dayString = (day: Date) => day.toISOString().slice(0, 10);

export const TREND_DAYS = 30;
// A snapshot a few days older than 30 still says something about "a month ago"; an older one would mislead.
export const TREND_TOLERANCE_DAYS = 7;

/** The snapshot to compare today with: the latest one from 30 to 37 days ago, or none ("no trend yet"). */
export function comparisonSnapshot<T extends { day: Date }>(snapshots: readonly T[], now: Date): T | null {
  const target = addDays(utcDay(now), -TREND_DAYS);
  const earliest = addDays(target, -TREND_TOLERANCE_DAYS);
  let found: T | null = null;
  for (const s of snapshots) if (s.day <= target && s.day >= earliest && (!found || s.day > found.day)) found = s;
  return found;
}

export interface CapabilityRow {
  id: string;
  slug: string;
  name: string;
  consumers: number;
}

export interface CapabilityAggregate {
  capability: CapabilityRow;
  integrations: number;
  critical: number;
  failingOrDegraded: number;
  unowned: number;
  unmonitored: number;
  health: Record<string, number>;
  /** System ids, most-connected first. */
  systemIds: string[];
  /** Team ids, most integrations first. */
  teamIds: string[];
  weakest: RankedIntegration | null;
}

const byCountDesc = (counts: Map<string, number>) =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([id]) => id);

/**
 * What each business capability depends on. Capabilities nothing feeds and nobody consumes are left out; the most
 * critical dependencies come first.
 */
export function capabilityAggregates(ranked: readonly RankedIntegration[], capabilities: readonly CapabilityRow[]): CapabilityAggregate[] {
  const byCapability = new Map<string, RankedIntegration[]>();
  for (const r of ranked) {
    for (const id of r.facts.capabilityIds) {
      const members = byCapability.get(id);
      if (members) members.push(r);
      else byCapability.set(id, [r]);
    }
  }
  return capabilities
    .map((capability) => {
      const members = byCapability.get(capability.id) ?? [];
      const systems = new Map<string, number>();
      const teams = new Map<string, number>();
      const health: Record<string, number> = {};
      let critical = 0;
      let failingOrDegraded = 0;
      let unowned = 0;
      let unmonitored = 0;
      let weakest: RankedIntegration | null = null;
      for (const m of members) {
        const { facts } = m;
        systems.set(facts.sourceSystemId, (systems.get(facts.sourceSystemId) ?? 0) + 1);
        systems.set(facts.targetSystemId, (systems.get(facts.targetSystemId) ?? 0) + 1);
        if (facts.ownerTeamId) teams.set(facts.ownerTeamId, (teams.get(facts.ownerTeamId) ?? 0) + 1);
        health[facts.health] = (health[facts.health] ?? 0) + 1;
        if (facts.criticality === "tier1") critical += 1;
        if (isFailingOrDegraded(facts)) failingOrDegraded += 1;
        if (!facts.hasDataOwner) unowned += 1;
        if (isUnmonitored(facts)) unmonitored += 1;
        if (m.score > 0 && (!weakest || compareRisk(m, weakest) < 0)) weakest = m;
      }
      return {
        capability,
        integrations: members.length,
        critical,
        failingOrDegraded,
        unowned,
        unmonitored,
        health,
        systemIds: byCountDesc(systems),
        teamIds: byCountDesc(teams),
        weakest,
      };
    })
    .filter((a) => a.integrations > 0 || a.capability.consumers > 0)
    .sort((a, b) => b.critical - a.critical || b.integrations - a.integrations || a.capability.name.localeCompare(b.capability.name));
}

// Dots a matrix cell draws individually; the rest of a crowded cell is its count and a link to the catalog.
export const DOTS_PER_CELL = 8;

export function prioritisationMatrix(ranked: readonly RankedIntegration[]): PrioritisationDraft {
  const cells = new Map<string, RankedIntegration[]>();
  let unrated = 0;
  for (const r of ranked) {
    const { businessValue: value, complexity } = r.facts;
    if (value === null || complexity === null) {
      unrated += 1;
      continue;
    }
    const key = `${value}:${complexity}`;
    const members = cells.get(key);
    if (members) members.push(r);
    else cells.set(key, [r]);
  }
  const cellList = RATINGS.flatMap((value) =>
    RATINGS.flatMap((complexity) => {
      const members = cells.get(`${value}:${complexity}`) ?? [];
      if (members.length === 0) return [];
      const sorted = [...members].sort(compareRisk);
      return [
        {
          value,
          complexity,
          quadrant: prioritisationQuadrant(value, complexity)!,
          count: members.length,
          href: catalogHref({ value: String(value), complexity: String(complexity) }),
          integrations: sorted.slice(0, DOTS_PER_CELL).map(({ facts }) => ({ id: facts.id, key: facts.key, href: integrationHref(facts.key) })),
        },
      ];
    }),
  );
  return {
    cells: cellList,
    quadrants: QUADRANTS.map((quadrant) => {
      const ratings = quadrantRatings(quadrant);
      return {
        quadrant,
        label: QUADRANT_LABELS[quadrant],
        count: cellList.filter((c) => c.quadrant === quadrant).reduce((n, c) => n + c.count, 0),
        href: catalogHref({ value: ratings.value.join(","), complexity: ratings.complexity.join(",") }),
      };
    }),
    unrated,
  };
}

export function patternMix(facts: readonly IntegrationFacts[]) {
  const counts = countBy(facts, (f) => f.pattern);
  return PATTERNS.map((pattern) => ({ pattern, label: humanize(pattern), count: counts[pattern] ?? 0, href: catalogHref({ pattern }) }));
}

export function mechanismMix(facts: readonly IntegrationFacts[]) {
  const counts = countBy(facts, (f) => f.mechanism);
  return MECHANISMS.map((mechanism) => ({ mechanism, label: humanize(mechanism), count: counts[mechanism] ?? 0, href: catalogHref({ mechanism }) }));
}

export interface ContactRow {
  ownerTeam: { slug: string; name: string } | null;
  escalationPath: { position: number; contact: string | null; user: { name: string; email: string } | null }[];
  owners: { role: OwnerRole; user: { name: string; email: string } }[];
}

const OWNER_CALL_ORDER: readonly { role: OwnerRole; label: string }[] = [
  { role: "technical_owner", label: "Technical owner" },
  { role: "data_owner", label: "Data owner" },
  { role: "source_owner", label: "Source owner" },
  { role: "target_owner", label: "Target owner" },
];

/** Whom to call when it breaks: the escalation path's first step, else an owner (technical first), else the team. */
export function ownerToCall(row: ContactRow | undefined): { name: string; contact: string | null; role: string } | null {
  if (!row) return null;
  const first = row.escalationPath[0];
  if (first?.user) return { name: first.user.name, contact: first.user.email, role: `Escalation step ${first.position}` };
  if (first?.contact) return { name: first.contact, contact: first.contact, role: `Escalation step ${first.position}` };
  for (const { role, label } of OWNER_CALL_ORDER) {
    const owner = row.owners.find((o) => o.role === role);
    if (owner) return { name: owner.user.name, contact: owner.user.email, role: label };
  }
  return row.ownerTeam ? { name: row.ownerTeam.name, contact: null, role: "Owning team" } : null;
}

import type { Criticality, HealthStatus, IntegrationPattern } from "@/lib/generated/prisma/enums";

/**
 * Risk = business impact × fragility (docs/decisions/015-executive-dashboard.md). Impact says how much the business
 * loses when the integration breaks; fragility how likely and how badly it breaks unnoticed. Every fragility factor
 * carries a human reason, so the ranking explains itself and tells the owner what to fix first.
 */
export interface RiskFacts {
  criticality: Criticality;
  /** 1 (low) to 5 (high); null when nobody rated it. */
  businessValue: number | null;
  /** Business capabilities the integration feeds. */
  capabilities: number;
  /** Live consumers (reports, dashboards, AI models, workflows, systems) of its contracts. */
  consumers: number;
  hasDataOwner: boolean;
  monitored: boolean;
  /** Live contracts governing it, and how many of those have at least one version. */
  contracts: number;
  versionedContracts: number;
  health: HealthStatus;
  pattern: IntegrationPattern;
  /** A deprecation of it (or of one of its contract versions) is past its sunset with consumers not migrated. */
  overdueDeprecation: boolean;
}

export const FRAGILITY_FACTORS = [
  "failing",
  "degraded",
  "stale",
  "fragile",
  "health-unknown",
  "unowned",
  "unmonitored",
  "no-contract",
  "unversioned",
  "point-to-point",
  "overdue-deprecation",
] as const;
export type FragilityFactor = (typeof FRAGILITY_FACTORS)[number];

export interface FragilityReason {
  factor: FragilityFactor;
  weight: number;
  reason: string;
}

/** Weights: a live failure outweighs a missing safeguard, which outweighs a design smell. */
export const FRAGILITY_WEIGHTS: Record<FragilityFactor, { weight: number; reason: string }> = {
  failing: { weight: 5, reason: "Failing now" },
  degraded: { weight: 4, reason: "Degraded" },
  stale: { weight: 4, reason: "Stale: no recent success" },
  fragile: { weight: 3, reason: "Fragile: works but breaks often" },
  "health-unknown": { weight: 1, reason: "Health never reported" },
  unowned: { weight: 3, reason: "No data owner" },
  unmonitored: { weight: 3, reason: "No signal received recently" },
  "no-contract": { weight: 2, reason: "No contract" },
  unversioned: { weight: 1, reason: "Contract has no version" },
  "point-to-point": { weight: 1, reason: "Point-to-point" },
  "overdue-deprecation": { weight: 3, reason: "Deprecation past its sunset, consumers not migrated" },
};

const CRITICALITY_POINTS: Record<Criticality, number> = { tier1: 8, tier2: 6, tier3: 4, tier4: 2 };
// Beyond a few, one more capability or consumer barely changes how bad an outage is; the caps keep one
// widely-read feed from drowning out a tier-1 integration.
const CAPABILITY_CAP = 3;
const CONSUMER_CAP = 3;

/** Business impact, 2 (tier 4, feeds nothing) to 18 (tier 1, value 5, three capabilities and consumers or more). */
export function businessImpact(facts: Pick<RiskFacts, "criticality" | "businessValue" | "capabilities" | "consumers">): number {
  const value = facts.businessValue === null ? 0 : facts.businessValue - 1;
  return CRITICALITY_POINTS[facts.criticality] + Math.min(facts.capabilities, CAPABILITY_CAP) + Math.min(facts.consumers, CONSUMER_CAP) + value;
}

const HEALTH_FACTOR: Partial<Record<HealthStatus, FragilityFactor>> = {
  failing: "failing",
  degraded: "degraded",
  stale: "stale",
  fragile: "fragile",
  unknown: "health-unknown",
};

/** The fragility factors present, heaviest first. */
export function fragilityReasons(facts: Omit<RiskFacts, "criticality" | "businessValue" | "capabilities" | "consumers">): FragilityReason[] {
  const present: FragilityFactor[] = [];
  const health = HEALTH_FACTOR[facts.health];
  if (health) present.push(health);
  if (!facts.hasDataOwner) present.push("unowned");
  if (!facts.monitored) present.push("unmonitored");
  if (facts.contracts === 0) present.push("no-contract");
  else if (facts.versionedContracts === 0) present.push("unversioned");
  if (facts.pattern === "point_to_point") present.push("point-to-point");
  if (facts.overdueDeprecation) present.push("overdue-deprecation");
  return present
    .map((factor) => ({ factor, ...FRAGILITY_WEIGHTS[factor] }))
    .sort((a, b) => b.weight - a.weight || FRAGILITY_FACTORS.indexOf(a.factor) - FRAGILITY_FACTORS.indexOf(b.factor));
}

export interface RiskScore {
  impact: number;
  fragility: number;
  score: number;
  reasons: FragilityReason[];
}

export function riskScore(facts: RiskFacts): RiskScore {
  const impact = businessImpact(facts);
  const reasons = fragilityReasons(facts);
  const fragility = reasons.reduce((sum, r) => sum + r.weight, 0);
  return { impact, fragility, score: impact * fragility, reasons };
}

/**
 * Highest score first; ties go to the higher impact, then by key, so the ranking is stable between requests. Keys
 * compare by code unit (no locale): this runs tens of thousands of times per dashboard.
 */
export function compareRisk(a: { score: number; impact: number; key: string }, b: { score: number; impact: number; key: string }): number {
  return b.score - a.score || b.impact - a.impact || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

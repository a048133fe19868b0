import type { HealthStatus, Lifecycle, OwnerRole } from "@/lib/generated/prisma/enums";
import {
  SCORECARD_LEVELS,
  SCORECARD_RULE_IDS,
  type RollUpRow,
  type ScorecardDefinition,
  type ScorecardLevel,
  type ScorecardRuleId,
} from "@/lib/scorecards/schemas";

/**
 * Scorecards from the governance facts only this portal has (issue 16): pure rules over one integration's catalog
 * facts, lint results and signals. No I/O: the repository gathers the facts, this decides.
 */
export interface IntegrationFacts {
  key: string;
  name: string;
  team: { slug: string; name: string } | null;
  /** The business domain of its source system. */
  domain: string | null;
  capabilities: { slug: string; name: string }[];
  ownerRoles: OwnerRole[];
  escalationSteps: number;
  /** Its contracts' current versions (newest active, else newest). */
  contracts: { status: string; lintErrorCount: number | null; hasDataRules: boolean }[];
  /** Consumers of those versions, with how many fields each declared. */
  consumerFieldCounts: number[];
  lastSignalAt: Date | null;
  objectivesDefined: boolean;
  derivedHealth: HealthStatus;
  validationRules: number;
  lifecycle: Lifecycle;
  announcedDeprecations: number;
}

const DAY_MS = 86_400_000;
/** Signals older than this count as absent: monitoring that stopped reporting is not monitoring. */
export const SIGNALS_FRESH_DAYS = 7;

interface RuleSpec {
  label: string;
  passes: (facts: IntegrationFacts, now: Date) => boolean;
}

export const SCORECARD_RULES: Record<ScorecardRuleId, RuleSpec> = {
  "owners-by-role": {
    label: "A technical owner and a data owner are named",
    passes: (facts) => facts.ownerRoles.includes("technical_owner") && facts.ownerRoles.includes("data_owner"),
  },
  "escalation-path": { label: "An escalation path is recorded", passes: (facts) => facts.escalationSteps > 0 },
  "active-contract": { label: "An active contract", passes: (facts) => facts.contracts.some((contract) => contract.status === "active") },
  "no-error-findings": {
    label: "No error-level API standards violation in its contracts",
    passes: (facts) => facts.contracts.every((contract) => (contract.lintErrorCount ?? 0) === 0),
  },
  "consumers-declare-fields": {
    label: "Consumers are declared, each with the fields it uses",
    passes: (facts) => facts.consumerFieldCounts.length > 0 && facts.consumerFieldCounts.every((count) => count > 0),
  },
  "signals-present": {
    label: `Monitoring signals received in the last ${SIGNALS_FRESH_DAYS} days`,
    passes: (facts, now) => facts.lastSignalAt !== null && now.getTime() - facts.lastSignalAt.getTime() <= SIGNALS_FRESH_DAYS * DAY_MS,
  },
  "objectives-met": {
    label: "Service objectives are set and met (health derived from the signals is healthy)",
    passes: (facts) => facts.objectivesDefined && facts.derivedHealth === "healthy",
  },
  "validation-rules-defined": {
    label: "Validation rules are defined (on the integration or as data contract rules)",
    passes: (facts) => facts.validationRules > 0 || facts.contracts.some((contract) => contract.hasDataRules),
  },
  "deprecation-policy-followed": {
    label: "Deprecated only through an announced deprecation",
    passes: (facts) => facts.lifecycle !== "deprecated" || facts.announcedDeprecations > 0,
  },
};

/** The levels as the issue describes them; admins may move rules between levels. */
export const DEFAULT_SCORECARD: ScorecardDefinition = {
  levels: {
    bronze: ["owners-by-role", "escalation-path"],
    silver: ["active-contract", "no-error-findings", "consumers-declare-fields", "signals-present"],
    gold: ["objectives-met", "validation-rules-defined", "deprecation-policy-followed"],
  },
};

export function levelOfRule(definition: ScorecardDefinition, rule: ScorecardRuleId): ScorecardLevel | null {
  return SCORECARD_LEVELS.find((level) => definition.levels[level].includes(rule)) ?? null;
}

export interface IntegrationScore {
  level: ScorecardLevel | null;
  failing: ScorecardRuleId[];
}

/** The highest level all of whose rules, and every lower level's, pass; and every rule of the definition that fails. */
export function scoreIntegration(facts: IntegrationFacts, definition: ScorecardDefinition, now: Date): IntegrationScore {
  const failing = SCORECARD_RULE_IDS.filter((rule) => levelOfRule(definition, rule) !== null && !SCORECARD_RULES[rule].passes(facts, now));
  let level: ScorecardLevel | null = null;
  for (const candidate of SCORECARD_LEVELS) {
    if (definition.levels[candidate].some((rule) => failing.includes(rule))) break;
    level = candidate;
  }
  return { level, failing };
}

/** Counts per level for each group an integration belongs to (an integration may be in several capabilities). */
export function rollUp(scored: readonly { level: ScorecardLevel | null; groups: readonly { key: string; label: string }[] }[]): RollUpRow[] {
  const rows = new Map<string, RollUpRow>();
  for (const { level, groups } of scored) {
    for (const group of groups) {
      const row = rows.get(group.key) ?? { key: group.key, label: group.label, integrations: 0, none: 0, bronze: 0, silver: 0, gold: 0 };
      row.integrations += 1;
      row[level ?? "none"] += 1;
      rows.set(group.key, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.label.localeCompare(b.label));
}

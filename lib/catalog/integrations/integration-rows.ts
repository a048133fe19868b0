import "server-only";
import { storedLinks } from "@/lib/catalog/links/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assessCompleteness } from "@/lib/catalog/completeness";
import { isDerivedHealth } from "@/lib/signals/health/derive-health";
import { serviceObjectives } from "@/lib/signals/health/service-objectives";
import type { IntegrationOutput, IntegrationRecord, IntegrationSummary } from "@/lib/catalog/integrations/schemas";

// The selects and row mappers shared by the list reads and the detail reads, so a summary, an exported record and
// the full record are always the same shape wherever they are loaded.

export const ref = { select: { id: true, slug: true, name: true } } as const;
const person = { select: { id: true, name: true, email: true } } as const;
export const liveContracts = { archivedAt: null } as const;

export const summarySelect = {
  id: true,
  key: true,
  name: true,
  description: true,
  mechanism: true,
  pattern: true,
  frequency: true,
  criticality: true,
  healthStatus: true,
  healthReason: true,
  lifecycle: true,
  monitoring: true,
  dataClassification: true,
  archivedAt: true,
  updatedAt: true,
  ownerTeamId: true,
  volumePerDay: true,
  fieldsExchanged: true,
  expectedLatencySeconds: true,
  sourceSystem: ref,
  targetSystem: ref,
  ownerTeam: ref,
  owners: { select: { role: true } },
} as const satisfies Prisma.IntegrationSelect;

type SummaryRow = Prisma.IntegrationGetPayload<{ select: typeof summarySelect }>;

/** How many rows of each relation the completeness score looks at. */
export interface ChildCounts {
  escalationSteps: number;
  capabilities: number;
  contracts: number;
}

function completenessOf(row: SummaryRow, counts: ChildCounts) {
  return assessCompleteness({
    description: row.description,
    ownerRoles: row.owners.map((o) => o.role),
    escalationSteps: counts.escalationSteps,
    contracts: counts.contracts,
    monitoring: row.monitoring,
    volumePerDay: row.volumePerDay,
    frequency: row.frequency,
    fieldsExchanged: row.fieldsExchanged,
    capabilities: counts.capabilities,
    expectedLatencySeconds: row.expectedLatencySeconds,
  });
}

export function toSummary(row: SummaryRow, counts: ChildCounts): IntegrationSummary {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    sourceSystem: row.sourceSystem,
    targetSystem: row.targetSystem,
    ownerTeam: row.ownerTeam,
    mechanism: row.mechanism,
    pattern: row.pattern,
    frequency: row.frequency,
    criticality: row.criticality,
    healthStatus: row.healthStatus,
    healthReason: row.healthReason,
    lifecycle: row.lifecycle,
    monitoring: row.monitoring,
    dataClassification: row.dataClassification,
    archivedAt: row.archivedAt,
    updatedAt: row.updatedAt,
    completeness: completenessOf(row, counts),
  };
}

/** The record without its validation rules and exception routes: what the CSV export writes. */
export const recordSelect = {
  ...summarySelect,
  direction: true,
  dataObjects: true,
  format: true,
  containsPersonalData: true,
  keepFailingSamples: true,
  permittedUses: true,
  businessValue: true,
  complexity: true,
  approvalState: true,
  healthCheckedAt: true,
  derivedHealth: true,
  healthOverride: true,
  healthOverrideReason: true,
  healthOverrideUntil: true,
  healthOverrideBy: { select: { id: true, name: true } },
  objectiveErrorRatePercent: true,
  objectiveLatencyMs: true,
  objectiveFreshnessHours: true,
  monitoringNotes: true,
  links: true,
  backstageRef: true,
  serviceNowId: true,
  leanIxId: true,
  archiveReason: true,
  createdAt: true,
  owners: { select: { role: true, user: person }, orderBy: { role: "asc" } },
  escalationPath: { select: { position: true, contact: true, user: person }, orderBy: { position: "asc" } },
  capabilities: { select: { capability: ref }, orderBy: { capability: { name: "asc" } } },
  contracts: { where: liveContracts, select: { id: true } },
} as const satisfies Prisma.IntegrationSelect;

export const outputSelect = {
  ...recordSelect,
  validationRules: { select: { kind: true, field: true, description: true }, orderBy: [{ kind: "asc" }, { field: "asc" }, { description: "asc" }] },
  exceptionRoutes: { select: { errorType: true, action: true, handler: true }, orderBy: { errorType: "asc" } },
} as const satisfies Prisma.IntegrationSelect;

export function toRecord(row: Prisma.IntegrationGetPayload<{ select: typeof recordSelect }>): IntegrationRecord {
  const counts = { escalationSteps: row.escalationPath.length, capabilities: row.capabilities.length, contracts: row.contracts.length };
  return {
    ...toSummary(row, counts),
    direction: row.direction,
    dataObjects: row.dataObjects,
    fieldsExchanged: row.fieldsExchanged,
    format: row.format,
    volumePerDay: row.volumePerDay,
    containsPersonalData: row.containsPersonalData,
    keepFailingSamples: row.keepFailingSamples,
    permittedUses: row.permittedUses,
    businessValue: row.businessValue,
    complexity: row.complexity,
    approvalState: row.approvalState,
    healthCheckedAt: row.healthCheckedAt,
    derivedHealth: row.derivedHealth,
    healthOverride: overrideInForce(row),
    objectiveErrorRatePercent: row.objectiveErrorRatePercent,
    objectiveLatencyMs: row.objectiveLatencyMs,
    objectiveFreshnessHours: row.objectiveFreshnessHours,
    objectives: objectivesInForce(row),
    monitoringNotes: row.monitoringNotes,
    expectedLatencySeconds: row.expectedLatencySeconds,
    links: storedLinks(row.links),
    backstageRef: row.backstageRef,
    serviceNowId: row.serviceNowId,
    leanIxId: row.leanIxId,
    archiveReason: row.archiveReason,
    createdAt: row.createdAt,
    owners: row.owners,
    escalationPath: row.escalationPath,
    capabilities: row.capabilities.map((c) => c.capability),
  };
}

/** The override as answers show it: only while it lasts (it ends by itself, decision 051). */
function overrideInForce(row: Prisma.IntegrationGetPayload<{ select: typeof recordSelect }>): IntegrationRecord["healthOverride"] {
  const { healthOverride: health, healthOverrideReason: reason, healthOverrideUntil: until } = row;
  if (!health || !reason || !until || until.getTime() <= Date.now() || !isDerivedHealth(health)) return null;
  return { health, reason, until, by: row.healthOverrideBy };
}

function objectivesInForce(row: Prisma.IntegrationGetPayload<{ select: typeof recordSelect }>): IntegrationRecord["objectives"] {
  const objectives = serviceObjectives(row);
  return { errorRatePercent: Math.round(objectives.errorRate * 100_000) / 1000, latencyMs: objectives.latencyMs, freshnessHours: objectives.freshnessHours };
}

export function toOutput(row: Prisma.IntegrationGetPayload<{ select: typeof outputSelect }>): IntegrationOutput {
  return { ...toRecord(row), validationRules: row.validationRules, exceptionRoutes: row.exceptionRoutes };
}

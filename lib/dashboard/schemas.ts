import { z } from "zod";
import { CRITICALITIES, HEALTH_STATUSES } from "@/lib/catalog/integrations/schemas";
import { FRAGILITY_FACTORS } from "@/lib/dashboard/risk-score";
import { QUADRANTS } from "@/lib/dashboard/prioritisation-quadrant";
import { emptyAsUndefined } from "@/lib/validation/primitives";

/** The headline figures, in the order the tiles show them; each is also kept in the daily snapshot. */
export const KPI_KEYS = [
  "integrations",
  "critical",
  "unowned",
  "unmonitored",
  "failingOrDegraded",
  "contractsWithoutSpec",
  "deprecationsOverdue",
  "openChangeRequests",
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

const zCount = z.number().int().min(0);
const zCounts = z.record(z.string(), zCount);
const zDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What one MetricSnapshot row holds (its `figures` column). `seeded` marks history invented by the demo seed. */
export const zSnapshotFigures = z.object({
  kpis: z.object(Object.fromEntries(KPI_KEYS.map((key) => [key, zCount])) as Record<KpiKey, typeof zCount>),
  health: zCounts,
  patterns: zCounts,
  seeded: z.boolean().optional(),
});
export type SnapshotFigures = z.infer<typeof zSnapshotFigures>;

export const zKpi = z.object({
  key: z.enum(KPI_KEYS),
  label: z.string(),
  value: zCount,
  /** The value on the day of the comparison snapshot; null when there is no snapshot from 30 days ago. */
  previous: zCount.nullable(),
  href: z.string(),
});
export type Kpi = z.infer<typeof zKpi>;

const zLink = z.object({ slug: z.string(), name: z.string() });
const zIntegrationLink = z.object({ key: z.string(), name: z.string(), href: z.string() });

const zReason = z.object({ factor: z.enum(FRAGILITY_FACTORS), weight: z.number().int(), reason: z.string() });

export const zOwnerToCall = z.object({
  /** Who: a person's name, a rota or channel, or the owning team. */
  name: z.string(),
  /** How to reach them: an e-mail or the contact as written. */
  contact: z.string().nullable(),
  /** Why this one: "Escalation step 1", "Technical owner", "Owning team". */
  role: z.string(),
});

export const zRiskEntry = zIntegrationLink.extend({
  criticality: z.enum(CRITICALITIES),
  health: z.enum(HEALTH_STATUSES),
  impact: z.number().int(),
  fragility: z.number().int(),
  score: z.number().int(),
  reasons: z.array(zReason),
  ownerTeam: zLink.nullable(),
  ownerToCall: zOwnerToCall.nullable(),
});
export type RiskEntry = z.infer<typeof zRiskEntry>;

export const zCapabilityDependency = z.object({
  slug: z.string(),
  name: z.string(),
  /** The catalog filtered to the integrations this capability depends on. */
  href: z.string(),
  integrations: zCount,
  critical: zCount,
  failingOrDegraded: zCount,
  unowned: zCount,
  unmonitored: zCount,
  health: zCounts,
  /** Downstream assets (reports, AI models…) registered as serving this capability. */
  consumers: zCount,
  systemCount: zCount,
  /** The systems its integrations connect, most-used first (a few). */
  systems: z.array(zLink),
  teamCount: zCount,
  ownerTeams: z.array(zLink),
  /** Its highest-risk integration, with why and whom to call. */
  weakestLink: zRiskEntry.nullable(),
});
export type CapabilityDependency = z.infer<typeof zCapabilityDependency>;

export const zMatrixCell = z.object({
  value: z.number().int().min(1).max(5),
  complexity: z.number().int().min(1).max(5),
  quadrant: z.enum(QUADRANTS),
  count: zCount,
  href: z.string(),
  /** The cell's integrations, highest risk first, up to a few: each is a dot on the chart. */
  integrations: z.array(zIntegrationLink),
});

export const zPrioritisation = z.object({
  cells: z.array(zMatrixCell),
  quadrants: z.array(z.object({ quadrant: z.enum(QUADRANTS), label: z.string(), count: zCount, href: z.string() })),
  /** Integrations with no value or no complexity rating: they cannot be placed. */
  unrated: zCount,
});
export type Prioritisation = z.infer<typeof zPrioritisation>;

export const zReadiness = z.object({
  level: z.number().int().min(1).max(4).nullable(),
  levelName: z.string().nullable(),
  total: z.number().int().nullable(),
  takenAt: z.date().nullable(),
  /** The organisation's level as it stood 30 days ago (its latest assessment then); null when there was none. */
  previousLevel: z.number().int().min(1).max(4).nullable(),
  href: z.string(),
  trend: z.array(z.object({ id: z.string(), takenAt: z.date(), level: z.number().int(), total: z.number().int() })),
});

export const zDashboard = z.object({
  generatedAt: z.date(),
  /** The day of the snapshot the trends compare with (about 30 days before), or null: "no trend yet". */
  comparedWith: zDay.nullable(),
  kpis: z.array(zKpi),
  readiness: zReadiness,
  capabilities: z.array(zCapabilityDependency),
  risks: z.array(zRiskEntry),
  prioritisation: zPrioritisation,
  healthHistory: z.array(z.object({ day: zDay, health: zCounts, seeded: z.boolean() })),
  patternMix: z.array(z.object({ pattern: z.string(), label: z.string(), count: zCount, href: z.string() })),
  mechanismMix: z.array(z.object({ mechanism: z.string(), label: z.string(), count: zCount, href: z.string() })),
  /** The last day of history invented by the demo seed, when some is shown (the UI says so). */
  seededHistoryUntil: zDay.nullable(),
});
export type Dashboard = z.infer<typeof zDashboard>;

export const zDashboardQuery = z.object({
  format: z.preprocess(emptyAsUndefined, z.enum(["json", "csv"]).default("json")),
});

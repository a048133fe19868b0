import { z } from "zod";
import { zHealthOverrideOutput } from "@/lib/signals/health/schemas";
import { recordLinkFields, recordLinkOutputFields } from "@/lib/catalog/links/schemas";
import { referenceTo } from "@/lib/validation/filter-reference";
import { labelOfValue } from "@/lib/labels/enum-labels";
import {
  ApprovalState,
  Criticality,
  DataClassification,
  ExceptionAction,
  ExceptionType,
  Frequency,
  HealthStatus,
  IntegrationDirection,
  IntegrationMechanism,
  IntegrationPattern,
  Lifecycle,
  MonitoringMethod,
  OwnerRole,
  PermittedUse,
  ValidationRuleKind,
} from "@/lib/generated/prisma/enums";
import type { CompletenessFactKey } from "@/lib/catalog/completeness";
import { emptyAsUndefined, zMultiValue, zPageNumber, zSearchText, zSlugFilter } from "@/lib/validation/primitives";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { zArchivedFilter } from "@/lib/catalog/archived-filter";

const values = <T extends Record<string, string>>(enumObject: T) => Object.values(enumObject) as [T[keyof T], ...T[keyof T][]];

export const DIRECTIONS = values(IntegrationDirection);
export const MECHANISMS = values(IntegrationMechanism);
export const PATTERNS = values(IntegrationPattern);
export const FREQUENCIES = values(Frequency);
export const CRITICALITIES = values(Criticality);
export const HEALTH_STATUSES = values(HealthStatus);
export const APPROVAL_STATES = values(ApprovalState);
export const LIFECYCLES = values(Lifecycle);
export const CLASSIFICATIONS = values(DataClassification);
export const MONITORING_METHODS = values(MonitoringMethod);
export const OWNER_ROLES = values(OwnerRole);
export const PERMITTED_USES = values(PermittedUse);
export const VALIDATION_RULE_KINDS = values(ValidationRuleKind);
export const EXCEPTION_TYPES = values(ExceptionType);
export const EXCEPTION_ACTIONS = values(ExceptionAction);

/** Labels people read; the enum values stay the API's vocabulary. */
export const OWNER_ROLE_LABELS: Record<OwnerRole, string> = {
  source_owner: "Source owner",
  target_owner: "Target owner",
  technical_owner: "Technical owner",
  data_owner: "Data owner",
};

/** A stored value as people read it, from the one label table ("crm" → "CRM", "tier3" → "Tier 3"). */
export function humanize(value: string): string {
  return labelOfValue(value);
}

// INT-0042 is what Interchange assigns; imported inventories may bring their own prefix (SYN1-000001).
export const INTEGRATION_KEY_PATTERN = /^[A-Z][A-Z0-9]{1,9}-[A-Z0-9]{1,12}$/;

/**
 * The longest text each integration field takes. The form, the API and the export file's schema
 * (lib/catalog/export/schemas.ts) all read them here, so that an exported integration always imports back.
 */
export const INTEGRATION_TEXT_LIMITS = {
  name: 200,
  description: 5000,
  format: 200,
  monitoringNotes: 2000,
  escalationContact: 200,
  validationRuleField: 200,
  validationRuleDescription: 2000,
  exceptionHandler: 200,
} as const;

const zText = (max: number) => z.string({ error: "Required." }).trim().min(1, "Required.").max(max, `At most ${max} characters.`);
const zOptionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max, `At most ${max} characters.`).nullable().optional());
const zScale = z.number().int("A whole number from 1 to 5.").min(1, "From 1 to 5.").max(5, "From 1 to 5.").nullable().optional();
const zTokens = (max: number) => z.array(z.string().trim().min(1).max(200)).max(max, `At most ${max} entries.`);
const zEmail = z.string().trim().toLowerCase().email("An e-mail address of a registered person.");

export const zEscalationStepInput = z
  .strictObject({
    /** A registered person, by e-mail ... */
    user: zEmail.nullable().optional(),
    /** ... or a rota, channel or phone line. */
    contact: zOptionalText(INTEGRATION_TEXT_LIMITS.escalationContact),
  })
  .refine((step) => !!step.user || !!step.contact, { message: "Name a person (e-mail) or a contact (rota, channel, phone).", path: ["contact"] });

export const zValidationRuleInput = z.strictObject({
  kind: z.enum(VALIDATION_RULE_KINDS),
  /** The field the rule checks; some rules (a channel requirement) check no single field. */
  field: zOptionalText(INTEGRATION_TEXT_LIMITS.validationRuleField),
  description: zText(INTEGRATION_TEXT_LIMITS.validationRuleDescription),
});
export type ValidationRuleInput = z.infer<typeof zValidationRuleInput>;

export const zExceptionRouteInput = z.strictObject({
  errorType: z.enum(EXCEPTION_TYPES),
  action: z.enum(EXCEPTION_ACTIONS),
  /** Who handles it, e.g. data_operations. */
  handler: zOptionalText(INTEGRATION_TEXT_LIMITS.exceptionHandler),
});
export type ExceptionRouteInput = z.infer<typeof zExceptionRouteInput>;

/** Each error type is routed once (the database holds one route per type). */
const zExceptionRoutes = z.array(zExceptionRouteInput).superRefine((routes, context) => {
  const seen = new Set<string>();
  routes.forEach((route, index) => {
    if (seen.has(route.errorType)) context.addIssue({ code: "custom", message: "This error type is already routed above.", path: [index, "errorType"] });
    seen.add(route.errorType);
  });
});

const integrationFields = {
  name: zText(INTEGRATION_TEXT_LIMITS.name),
  description: zOptionalText(INTEGRATION_TEXT_LIMITS.description),
  sourceSystem: zText(100),
  targetSystem: zText(100),
  ownerTeam: zText(100),
  direction: z.enum(DIRECTIONS),
  mechanism: z.enum(MECHANISMS),
  pattern: z.enum(PATTERNS),
  frequency: z.enum(FREQUENCIES),
  dataObjects: zTokens(100),
  fieldsExchanged: zTokens(500),
  format: zOptionalText(INTEGRATION_TEXT_LIMITS.format),
  volumePerDay: z.number().int("A whole number.").min(0, "Zero or more.").max(2_000_000_000).nullable().optional(),
  dataClassification: z.enum(CLASSIFICATIONS),
  containsPersonalData: z.boolean(),
  /** Keep redacted samples of payloads the data contract's decisions did not deliver (lib/data-contracts). */
  keepFailingSamples: z.boolean(),
  permittedUses: z.array(z.enum(PERMITTED_USES)).max(PERMITTED_USES.length),
  criticality: z.enum(CRITICALITIES),
  businessValue: zScale,
  complexity: zScale,
  lifecycle: z.enum(LIFECYCLES),
  /** Whether the integration's records may be published: the approval gates of its data contract rules read it. */
  approvalState: z.enum(APPROVAL_STATES),
  /**
   * Derived from signals since decision 051: still accepted so that clients and CSV files that send the record back
   * keep working, and ignored. To change what the portal shows, set a health override.
   */
  healthStatus: z.enum(HEALTH_STATUSES).describe("Ignored: health is derived from signals (decision 051); use the health override to change it."),
  monitoring: z.enum(MONITORING_METHODS),
  monitoringNotes: zOptionalText(INTEGRATION_TEXT_LIMITS.monitoringNotes),
  expectedLatencySeconds: z.number().int("A whole number of seconds.").min(0, "Zero or more.").max(31_536_000).nullable().optional(),
  /** Service-level objectives overriding the criticality tier's defaults (decision 050); null: the default. */
  objectiveErrorRatePercent: z.number().min(0, "Zero or more.").max(100, "At most 100.").nullable().optional(),
  objectiveLatencyMs: z.number().int("A whole number of milliseconds.").min(1, "At least 1.").max(3_600_000, "At most an hour.").nullable().optional(),
  objectiveFreshnessHours: z
    .number()
    .int("A whole number of hours.")
    .min(1, "At least 1.")
    .max(24 * 366, "At most a year.")
    .nullable()
    .optional(),
  /** E-mail of the person holding each role; a role left out is missing (the completeness score says so). */
  owners: z.strictObject(
    Object.fromEntries(OWNER_ROLES.map((role) => [role, zEmail.nullable().optional()])) as Record<OwnerRole, z.ZodOptional<z.ZodNullable<typeof zEmail>>>,
  ),
  escalationPath: z.array(zEscalationStepInput).max(10, "At most 10 steps."),
  capabilities: z.array(z.string().trim().min(1).max(100)).max(50),
  /** Absent means "unchanged" even on import: spreadsheets have no columns for them. */
  validationRules: z.array(zValidationRuleInput).max(50, "At most 50 rules.").optional(),
  exceptionRoutes: zExceptionRoutes.optional(),
  ...recordLinkFields,
};

/**
 * The whole inventory record of an integration, as the form, the API and the CSV import send it. References are
 * human identifiers (system and team slugs, people's e-mails, capability slugs) so that the same record reads the
 * same in a request, a spreadsheet and the UI; the use case resolves them and names the field that does not exist.
 */
/** The largest integration the API accepts as JSON: owners, escalation steps and long texts included. */
export const INTEGRATION_BODY_BYTES = 256 * 1024;

export const zIntegrationInput = z.strictObject({
  ...integrationFields,
  key: z.string().trim().toUpperCase().regex(INTEGRATION_KEY_PATTERN, "Like INT-0042.").optional(),
  dataObjects: integrationFields.dataObjects.default([]),
  fieldsExchanged: integrationFields.fieldsExchanged.default([]),
  dataClassification: integrationFields.dataClassification.default("internal"),
  containsPersonalData: integrationFields.containsPersonalData.default(false),
  // Like approvalState: absent keeps the stored choice (off for a new integration), so a CSV row never resets it.
  keepFailingSamples: integrationFields.keepFailingSamples.optional(),
  permittedUses: integrationFields.permittedUses.default([]),
  criticality: integrationFields.criticality.default("tier3"),
  lifecycle: integrationFields.lifecycle.default("active"),
  // Optional without a default: a new integration starts as a draft (the database's default), and a CSV row, which
  // has no column for it, never resets the state of the integration it updates.
  approvalState: integrationFields.approvalState.optional(),
  healthStatus: integrationFields.healthStatus.optional(),
  monitoring: integrationFields.monitoring.default("none"),
  owners: integrationFields.owners.default({}),
  escalationPath: integrationFields.escalationPath.default([]),
  capabilities: integrationFields.capabilities.default([]),
});
export type IntegrationInput = z.infer<typeof zIntegrationInput>;

/**
 * One row of the inventory CSV. The export writes an empty `ownerTeam` for an integration no team owns (the demo
 * keeps a few, and the completeness score reports them), so the import reads an empty cell as "no owner team"
 * (null) rather than refusing the portal's own file; who may write an unowned record is the permission table's call.
 */
export const zIntegrationCsvRow = zIntegrationInput.extend({ ownerTeam: integrationFields.ownerTeam.nullable() });
export type IntegrationCsvRow = z.infer<typeof zIntegrationCsvRow>;

/**
 * An update names only what changes (no defaults: an absent field stays as it is); the key never changes (it is
 * in URLs and spreadsheets).
 */
export const zIntegrationUpdateInput = z.strictObject(integrationFields).partial();
export type IntegrationUpdateInput = z.infer<typeof zIntegrationUpdateInput>;

/** The largest inventory CSV the import reads in one request; larger inventories are split into several files. */
export const INTEGRATION_CSV_BYTES = 25 * 1024 * 1024;

export const zIntegrationImportQuery = z.object({ dryRun: z.enum(["true", "false"]).default("false") });

/** What an inventory import answers: what was (or, in a dry run, would be) created and updated, and each row's errors. */
export const zIntegrationImportReport = z.object({
  dryRun: z.boolean(),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string().optional(), detail: z.string() })),
});

// ------------------------------------------------------------------------------------------------------------
// Lists
// ------------------------------------------------------------------------------------------------------------

/** Gaps a list can filter on: every completeness fact, plus "owner" (no owner in any role). */
export const MISSING_FILTERS = [
  "owner",
  "description",
  "technical-owner",
  "data-owner",
  "source-owner",
  "target-owner",
  "escalation-path",
  "contract",
  "monitoring",
  "volume",
  "frequency",
  "fields",
  "capability",
  "latency",
] as const satisfies readonly ("owner" | CompletenessFactKey)[];
export type MissingFilter = (typeof MISSING_FILTERS)[number];
export const INTEGRATION_SORTS = ["key", "name", "updated", "criticality", "health"] as const;
/** Business value and technical complexity ratings (1 low to 5 high), filterable for the prioritisation matrix. */
export const RATING_VALUES = ["1", "2", "3", "4", "5"] as const;

export const zIntegrationFilters = z.object({
  q: zSearchText,
  system: referenceTo(zSlugFilter, "system"),
  team: referenceTo(zSlugFilter, "team"),
  capability: referenceTo(zSlugFilter, "capability"),
  mechanism: zMultiValue(MECHANISMS),
  pattern: zMultiValue(PATTERNS),
  frequency: zMultiValue(FREQUENCIES),
  criticality: zMultiValue(CRITICALITIES),
  health: zMultiValue(HEALTH_STATUSES),
  lifecycle: zMultiValue(LIFECYCLES),
  classification: zMultiValue(CLASSIFICATIONS),
  monitoring: zMultiValue(MONITORING_METHODS),
  missing: zMultiValue(MISSING_FILTERS),
  value: zMultiValue(RATING_VALUES),
  complexity: zMultiValue(RATING_VALUES),
  archived: zArchivedFilter,
});
export type IntegrationFilters = z.infer<typeof zIntegrationFilters>;

export const zIntegrationListQuery = zIntegrationFilters.extend({
  sort: z.preprocess(emptyAsUndefined, z.enum(INTEGRATION_SORTS).default("key")),
  dir: z.preprocess(emptyAsUndefined, z.enum(["asc", "desc"]).default("asc")),
  page: zPageNumber,
});
export type IntegrationListQuery = z.infer<typeof zIntegrationListQuery>;

/** The API sorts by a unique-enough key so that a cursor is stable: key, name or last update. */
export const zIntegrationApiListQuery = zIntegrationFilters.extend({
  sort: z.preprocess(emptyAsUndefined, z.enum(["key", "name", "updated"]).default("key")),
  dir: z.preprocess(emptyAsUndefined, z.enum(["asc", "desc"]).default("asc")),
  ...zCursorPageQuery.shape,
});
export type IntegrationApiListQuery = z.infer<typeof zIntegrationApiListQuery>;

// ------------------------------------------------------------------------------------------------------------
// Output
// ------------------------------------------------------------------------------------------------------------

const zRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const zCompletenessOutput = z.object({
  score: z.number(),
  complete: z.boolean(),
  missing: z.array(z.object({ key: z.string(), label: z.string() })),
});

export const zIntegrationSummary = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  sourceSystem: zRef,
  targetSystem: zRef,
  ownerTeam: zRef.nullable(),
  mechanism: z.enum(MECHANISMS),
  pattern: z.enum(PATTERNS),
  frequency: z.enum(FREQUENCIES),
  criticality: z.enum(CRITICALITIES),
  healthStatus: z.enum(HEALTH_STATUSES).describe("The health in force: derived from signals (decision 050) or overridden (decision 051)."),
  healthReason: z.string().nullable().describe('Why, e.g. "error rate 7.2% over 15 min, objective 1%"; null until first computed.'),
  lifecycle: z.enum(LIFECYCLES),
  monitoring: z.enum(MONITORING_METHODS),
  dataClassification: z.enum(CLASSIFICATIONS),
  archivedAt: z.date().nullable(),
  updatedAt: z.date(),
  completeness: zCompletenessOutput,
});
export type IntegrationSummary = z.infer<typeof zIntegrationSummary>;

const zPersonRef = z.object({ id: z.string(), name: z.string(), email: z.string() });

export const zIntegrationOutput = zIntegrationSummary.extend({
  direction: z.enum(DIRECTIONS),
  dataObjects: z.array(z.string()),
  fieldsExchanged: z.array(z.string()),
  format: z.string().nullable(),
  volumePerDay: z.number().nullable(),
  containsPersonalData: z.boolean(),
  keepFailingSamples: z.boolean(),
  permittedUses: z.array(z.enum(PERMITTED_USES)),
  businessValue: z.number().nullable(),
  complexity: z.number().nullable(),
  approvalState: z.enum(APPROVAL_STATES),
  healthCheckedAt: z.date().nullable().describe("The time of the last signal the health was derived from."),
  derivedHealth: z.enum(HEALTH_STATUSES).describe("What the signals say, whatever the override (decision 050)."),
  healthOverride: zHealthOverrideOutput.describe("A manual override while it is in force (decision 051)."),
  objectiveErrorRatePercent: z.number().nullable(),
  objectiveLatencyMs: z.number().nullable(),
  objectiveFreshnessHours: z.number().nullable(),
  objectives: z
    .object({ errorRatePercent: z.number(), latencyMs: z.number().nullable(), freshnessHours: z.number().nullable() })
    .describe("The objectives in force: the overrides above, or the defaults of the criticality tier and frequency."),
  monitoringNotes: z.string().nullable(),
  expectedLatencySeconds: z.number().nullable(),
  ...recordLinkOutputFields,
  archiveReason: z.string().nullable(),
  createdAt: z.date(),
  owners: z.array(z.object({ role: z.enum(OWNER_ROLES), user: zPersonRef })),
  escalationPath: z.array(z.object({ position: z.number(), user: zPersonRef.nullable(), contact: z.string().nullable() })),
  capabilities: z.array(zRef),
  validationRules: z.array(z.object({ kind: z.enum(VALIDATION_RULE_KINDS), field: z.string().nullable(), description: z.string() })),
  exceptionRoutes: z.array(z.object({ errorType: z.enum(EXCEPTION_TYPES), action: z.enum(EXCEPTION_ACTIONS), handler: z.string().nullable() })),
});
export type IntegrationOutput = z.infer<typeof zIntegrationOutput>;
/** The record without its validation rules and exception routes: what a CSV row holds. */
export type IntegrationRecord = Omit<IntegrationOutput, "validationRules" | "exceptionRoutes">;

export const zIntegrationPage = z.object({ items: z.array(zIntegrationSummary), nextCursor: z.string().nullable() });

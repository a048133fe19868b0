import { z } from "zod";
import { CRITICALITIES } from "@/lib/catalog/integrations/schemas";
import { MIGRATION_STATUSES } from "@/lib/deprecations/migration-state";
import { emptyAsUndefined, zMultiValue, zPageNumber, zSearchText } from "@/lib/validation/primitives";

export const DEPRECATION_TARGET_KINDS = ["contract_version", "integration"] as const;
export const DEPRECATION_STATUSES = ["announced", "retired", "cancelled"] as const;

const emptyAsNull = (value: unknown) => (value === "" ? null : value);

const zOptionalReference = z.preprocess(emptyAsNull, z.string().trim().max(100).nullable().optional());
const zReason = (message: string) => z.string({ error: message }).trim().min(3, message).max(2000, "At most 2,000 characters.");
const zOptionalReason = z.preprocess(emptyAsNull, z.string().trim().min(3, "Say why (at least 3 characters).").max(2000).nullable().optional());

/** A date (2027-03-31, taken as midnight UTC) or a full ISO date-time. */
export const zSunsetDate = z.preprocess(
  (value) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${value.trim()}T00:00:00.000Z` : value),
  z.iso.datetime({ offset: true, error: "Give the sunset as a date (YYYY-MM-DD) or an ISO date-time." }).transform((value) => new Date(value)),
);

const zGuideUrl = z.preprocess(
  emptyAsNull,
  z
    .url({ protocol: /^https?$/, error: "Give an http(s) address." })
    .max(2000)
    .nullable()
    .optional(),
);

/** The largest announcement the API accepts: a reason and a migration guide of at most 20,000 characters. */
export const DEPRECATION_BODY_BYTES = 64 * 1024;
/** The largest request to move a sunset, retire, cancel or record a migration: a date and a reason. */
export const DEPRECATION_ACTION_BODY_BYTES = 16 * 1024;

export const zAnnounceDeprecationInput = z
  .strictObject({
    targetKind: z.enum(DEPRECATION_TARGET_KINDS, { error: "Say whether a contract version or an integration is deprecated." }),
    contractVersionId: zOptionalReference,
    integrationId: zOptionalReference,
    reason: zReason("Say why it is deprecated (at least 3 characters)."),
    replacementVersionId: zOptionalReference,
    replacementIntegrationId: zOptionalReference,
    migrationGuideUrl: zGuideUrl,
    migrationGuide: z.preprocess(emptyAsNull, z.string().trim().max(20_000, "At most 20,000 characters.").nullable().optional()),
    sunsetAt: zSunsetDate,
    noticeExceptionReason: zOptionalReason,
  })
  .superRefine((input, context) => {
    if (input.targetKind === "contract_version" && !input.contractVersionId)
      context.addIssue({ code: "custom", path: ["contractVersionId"], message: "Choose the contract version." });
    if (input.targetKind === "integration" && !input.integrationId)
      context.addIssue({ code: "custom", path: ["integrationId"], message: "Choose the integration." });
    if (input.targetKind === "contract_version" && input.integrationId)
      context.addIssue({ code: "custom", path: ["integrationId"], message: "A version's deprecation names no integration." });
    if (input.targetKind === "integration" && input.contractVersionId)
      context.addIssue({ code: "custom", path: ["contractVersionId"], message: "An integration's deprecation names no version." });
    if (input.replacementVersionId && input.replacementIntegrationId)
      context.addIssue({ code: "custom", path: ["replacementIntegrationId"], message: "Name one replacement: a version or an integration." });
    if (!input.migrationGuideUrl && !input.migrationGuide)
      context.addIssue({ code: "custom", path: ["migrationGuideUrl"], message: "Link a migration guide or write one." });
  });
export type AnnounceDeprecationInput = z.input<typeof zAnnounceDeprecationInput>;

export const zUpdateSunsetInput = z.strictObject({
  sunsetAt: zSunsetDate,
  noticeExceptionReason: zOptionalReason,
});

export const zRetireInput = z.strictObject({
  overrideReason: zOptionalReason,
});

export const zCancelInput = z.strictObject({
  reason: zReason("Say why the deprecation is cancelled (at least 3 characters)."),
});

export const zMigrationStatus = z.enum(MIGRATION_STATUSES);

export const zUpdateMigrationInput = z.strictObject({
  status: zMigrationStatus,
  blockedReason: z.preprocess(emptyAsNull, z.string().trim().max(2000).nullable().optional()),
  reopenReason: z.preprocess(emptyAsNull, z.string().trim().max(2000).nullable().optional()),
});
export type UpdateMigrationInput = z.infer<typeof zUpdateMigrationInput>;

const zDays = (what: string) =>
  z.coerce
    .number({ error: `Give ${what} in days.` })
    .int("Whole days.")
    .min(1, "At least 1 day.")
    .max(730, "At most 730 days.");

export const zNoticePolicyInput = z.strictObject({
  criticality: z.enum(CRITICALITIES),
  minimumNoticeDays: zDays("the minimum notice"),
  acknowledgeWithinDays: zDays("the acknowledgement time"),
});

const zFlag = z.preprocess(
  (value) => (value === "" || value === undefined ? undefined : value === "true" || value === "1" || value === true),
  z.boolean().optional(),
);

export const DEPRECATION_SORTS = ["sunset", "-sunset", "announced"] as const;

const zListFilters = {
  q: zSearchText,
  status: zMultiValue(DEPRECATION_STATUSES),
  kind: z.preprocess(emptyAsUndefined, z.enum(DEPRECATION_TARGET_KINDS).optional()),
  overdue: zFlag,
  mine: zFlag,
};

export const zDeprecationListQuery = z.object({
  ...zListFilters,
  sort: z.preprocess(emptyAsUndefined, z.enum(DEPRECATION_SORTS).default("sunset")),
  page: zPageNumber,
  tab: z.preprocess(emptyAsUndefined, z.enum(["all", "my-migrations"]).default("all")),
});
export type DeprecationListQuery = z.infer<typeof zDeprecationListQuery>;
export type DeprecationFilters = Pick<DeprecationListQuery, "q" | "status" | "kind" | "overdue" | "mine">;

export const zDeprecationApiListQuery = z.strictObject({
  ...zListFilters,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});

// ------------------------------------------------------------------------------------------------------------
// Output
// ------------------------------------------------------------------------------------------------------------

const zRef = z.object({ id: z.string(), name: z.string() });

export const zDeprecationTarget = z.object({
  kind: z.enum(DEPRECATION_TARGET_KINDS),
  id: z.string(),
  label: z.string().describe("e.g. 'Order API 2.0.0' or 'INT-0042 · Orders to WMS'"),
  href: z.string(),
  ownerTeam: zRef.nullable(),
  criticality: z.enum(CRITICALITIES),
});

export const zDeprecationProgress = z.object({
  total: z.number().int(),
  migrated: z.number().int(),
  blocked: z.number().int(),
  notAcknowledged: z.number().int(),
  overdue: z.number().int().describe("Consumers not migrated although the sunset has passed."),
});

export const zDeprecationSummary = z.object({
  id: z.string(),
  status: z.enum(DEPRECATION_STATUSES),
  target: zDeprecationTarget,
  reason: z.string(),
  replacement: z.object({ kind: z.enum(DEPRECATION_TARGET_KINDS), id: z.string(), label: z.string(), href: z.string() }).nullable(),
  migrationGuideUrl: z.string().nullable(),
  announcedAt: z.date(),
  sunsetAt: z.date(),
  retiredAt: z.date().nullable(),
  progress: zDeprecationProgress,
  updatedAt: z.date(),
});
export type DeprecationSummary = z.infer<typeof zDeprecationSummary>;

export const zMigrationItemOutput = z.object({
  id: z.string(),
  consumer: z.object({ id: z.string(), name: z.string(), kind: z.string(), ownerUser: zRef.nullable(), ownerTeam: zRef.nullable() }),
  status: zMigrationStatus,
  blockedReason: z.string().nullable(),
  acknowledgedAt: z.date().nullable(),
  migratedAt: z.date().nullable(),
  escalationLevel: z.number().int(),
  updatedAt: z.date(),
});
export type MigrationItemOutput = z.infer<typeof zMigrationItemOutput>;

export const zDeprecationDetail = zDeprecationSummary.extend({
  migrationGuide: z.string().nullable(),
  noticeExceptionReason: z.string().nullable(),
  retireOverrideReason: z.string().nullable(),
  createdBy: zRef,
  migrations: z.array(zMigrationItemOutput),
  gatewayHeaders: z
    .array(z.object({ name: z.string(), value: z.string() }))
    .describe("What the gateway should send on every response of the deprecated API (RFC 9745, RFC 8594)."),
});
export type DeprecationDetail = z.infer<typeof zDeprecationDetail>;

export const zDeprecationPageOutput = z.object({ items: z.array(zDeprecationSummary), nextCursor: z.string().nullable() });

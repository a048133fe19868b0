import { z } from "zod";
import { referenceTo } from "@/lib/validation/filter-reference";
import { zContractVersionStatus } from "@/lib/catalog/contracts/schemas";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { emptyAsUndefined } from "@/lib/validation/primitives";
import { zArchivedFilter } from "@/lib/catalog/archived-filter";

export const CONSUMER_KINDS = ["system", "dashboard", "report", "ai_model", "workflow"] as const;
export const CONSUMER_KIND_LABELS: Record<(typeof CONSUMER_KINDS)[number], string> = {
  system: "System",
  dashboard: "Dashboard",
  report: "Report",
  ai_model: "AI model",
  workflow: "Workflow",
};
export const CONSUMER_SORTS = ["name", "updated"] as const;

const emptyAsNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

export const zConsumerKind = z.enum(CONSUMER_KINDS);

export const zFieldsUsed = z
  .array(z.string().trim().min(1, "A field name cannot be empty.").max(300))
  .min(1, "Name at least one field the consumer uses.")
  .max(500, "At most 500 fields.")
  .refine((fields) => new Set(fields).size === fields.length, "Each field appears once.");

/** "a, b\nc" -> ["a", "b", "c"]: how the form's text box becomes the list the schema checks. */
export function splitFieldList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((field) => field.trim())
    .filter(Boolean);
}

/** The largest consumer the API accepts as JSON (fields used and purpose included). */
export const CONSUMER_BODY_BYTES = 256 * 1024;

/** The longest text each consumer field takes; the export file's schema reads them too (an export always imports back). */
export const CONSUMER_TEXT_LIMITS = { name: 200, purpose: 4000 } as const;

export const zCreateConsumerInput = z.strictObject({
  name: z.string().trim().min(2, "At least 2 characters.").max(CONSUMER_TEXT_LIMITS.name, `At most ${CONSUMER_TEXT_LIMITS.name} characters.`),
  kind: zConsumerKind,
  contractVersionId: z.string({ error: "Choose the contract version it consumes." }).trim().min(1, "Choose the contract version it consumes.").max(100),
  fieldsUsed: zFieldsUsed,
  purpose: z.string().trim().min(3, "Say why it uses these fields.").max(CONSUMER_TEXT_LIMITS.purpose, "At most 4,000 characters."),
  ownerTeamId: z.string({ error: "Choose the owning team." }).trim().min(1, "Choose the owning team.").max(100),
  systemId: z.preprocess(emptyAsNull, z.string().trim().max(100).nullable().optional()),
  /** The business capabilities it serves, by id; absent on an update leaves them as they are. */
  capabilityIds: z.array(z.string().trim().min(1).max(100)).max(50, "At most 50 capabilities.").optional(),
});
export type CreateConsumerInput = z.infer<typeof zCreateConsumerInput>;

export const zUpdateConsumerInput = zCreateConsumerInput.partial();
export type UpdateConsumerInput = z.infer<typeof zUpdateConsumerInput>;

const zListFilters = {
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
  kind: z.preprocess(emptyAsUndefined, zConsumerKind.optional()),
  team: referenceTo(z.preprocess(emptyAsUndefined, z.string().max(100).optional()), "team-id"),
  /** A contract's slug. */
  contract: referenceTo(z.preprocess(emptyAsUndefined, z.string().max(100).optional()), "contract"),
  archived: zArchivedFilter,
};

export const zConsumerListQuery = z.object({
  ...zListFilters,
  sort: z.preprocess(emptyAsUndefined, z.enum(CONSUMER_SORTS).default("name")),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ConsumerListQuery = z.infer<typeof zConsumerListQuery>;
export type ConsumerFilters = Omit<ConsumerListQuery, "sort" | "page">;

export const zConsumerApiListQuery = z.strictObject({
  ...zListFilters,
  sort: z.preprocess(emptyAsUndefined, z.enum(CONSUMER_SORTS).default("name")),
  ...zCursorPageQuery.shape,
});

export const zConsumerOutput = z.object({
  id: z.string(),
  name: z.string(),
  kind: zConsumerKind,
  purpose: z.string(),
  fieldsUsed: z.array(z.string()),
  ownerTeam: z.object({ id: z.string(), name: z.string() }).nullable(),
  system: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  capabilities: z.array(z.object({ id: z.string(), slug: z.string(), name: z.string() })),
  contractVersion: z.object({
    id: z.string(),
    version: z.string(),
    status: zContractVersionStatus,
    contract: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  }),
  archivedAt: z.date().nullable(),
  archiveReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ConsumerOutput = z.infer<typeof zConsumerOutput>;
export const zConsumerPageOutput = z.object({ items: z.array(zConsumerOutput), nextCursor: z.string().nullable() });

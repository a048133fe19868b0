import { z } from "zod";
import { referenceTo } from "@/lib/validation/filter-reference";
import { SystemKind } from "@/lib/generated/prisma/enums";
import { emptyAsUndefined, zMultiValue, zPageNumber, zSearchText, zSlugFilter } from "@/lib/validation/primitives";
import { CRITICALITIES, LIFECYCLES } from "@/lib/catalog/integrations/schemas";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { zArchivedFilter } from "@/lib/catalog/archived-filter";
import { recordLinkFields, recordLinkOutputFields } from "@/lib/catalog/links/schemas";

export const SYSTEM_KINDS = Object.values(SystemKind) as [SystemKind, ...SystemKind[]];
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const zOptionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(max, `At most ${max} characters.`).nullable().optional());

/** The longest text each system field takes; the export file's schema reads them too (an export always imports back). */
export const SYSTEM_TEXT_LIMITS = { name: 200, description: 5000, businessDomain: 100, vendor: 200 } as const;

const systemFields = {
  name: z.string().trim().min(1, "Required.").max(SYSTEM_TEXT_LIMITS.name, `At most ${SYSTEM_TEXT_LIMITS.name} characters.`),
  description: zOptionalText(SYSTEM_TEXT_LIMITS.description),
  kind: z.enum(SYSTEM_KINDS),
  businessDomain: z.string().trim().min(1, "Required.").max(SYSTEM_TEXT_LIMITS.businessDomain, `At most ${SYSTEM_TEXT_LIMITS.businessDomain} characters.`),
  vendor: zOptionalText(SYSTEM_TEXT_LIMITS.vendor),
  ownerTeam: z.string({ error: "Required." }).trim().min(1, "Required.").max(100),
  criticality: z.enum(CRITICALITIES),
  lifecycle: z.enum(LIFECYCLES),
  isExternal: z.boolean(),
  ...recordLinkFields,
};

/** The largest system the API accepts as JSON: the text limits below plus the envelope. */
export const SYSTEM_BODY_BYTES = 64 * 1024;

/** A system as the form and the API send it; the owner team by slug. */
export const zSystemInput = z.strictObject({
  ...systemFields,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "At least 2 characters.")
    .max(60, "At most 60 characters.")
    .regex(SLUG_PATTERN, "Lowercase letters, digits and dashes, e.g. order-service."),
  criticality: systemFields.criticality.default("tier3"),
  lifecycle: systemFields.lifecycle.default("active"),
  isExternal: systemFields.isExternal.default(false),
});
export type SystemInput = z.infer<typeof zSystemInput>;

/** Only what changes; the slug never changes (it is in URLs, imports and integration records). */
export const zSystemUpdateInput = z.strictObject(systemFields).partial();
export type SystemUpdateInput = z.infer<typeof zSystemUpdateInput>;

export const SYSTEM_SORTS = ["name", "slug", "updated", "criticality"] as const;

export const zSystemFilters = z.object({
  q: zSearchText,
  team: referenceTo(zSlugFilter, "team"),
  kind: zMultiValue(SYSTEM_KINDS),
  criticality: zMultiValue(CRITICALITIES),
  lifecycle: zMultiValue(LIFECYCLES),
  external: z.preprocess(emptyAsUndefined, z.enum(["yes", "no"]).optional()),
  missing: zMultiValue(["owner"] as const),
  archived: zArchivedFilter,
});
export type SystemFilters = z.infer<typeof zSystemFilters>;

export const zSystemListQuery = zSystemFilters.extend({
  sort: z.preprocess(emptyAsUndefined, z.enum(SYSTEM_SORTS).default("name")),
  dir: z.preprocess(emptyAsUndefined, z.enum(["asc", "desc"]).default("asc")),
  page: zPageNumber,
});
export type SystemListQuery = z.infer<typeof zSystemListQuery>;

export const zSystemApiListQuery = zSystemFilters.extend({
  sort: z.preprocess(emptyAsUndefined, z.enum(["name", "slug", "updated"]).default("slug")),
  dir: z.preprocess(emptyAsUndefined, z.enum(["asc", "desc"]).default("asc")),
  ...zCursorPageQuery.shape,
});
export type SystemApiListQuery = z.infer<typeof zSystemApiListQuery>;

export const zSystemOutput = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(SYSTEM_KINDS),
  businessDomain: z.string(),
  vendor: z.string().nullable(),
  ownerTeam: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  criticality: z.enum(CRITICALITIES),
  lifecycle: z.enum(LIFECYCLES),
  isExternal: z.boolean(),
  ...recordLinkOutputFields,
  archivedAt: z.date().nullable(),
  archiveReason: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  integrationCount: z.number(),
});
export type SystemOutput = z.infer<typeof zSystemOutput>;

export const zSystemPage = z.object({ items: z.array(zSystemOutput), nextCursor: z.string().nullable() });

import { z } from "zod";
import { referenceTo } from "@/lib/validation/filter-reference";
import { zCursorPageQuery } from "@/lib/pagination/cursor";
import { AUDIT_TARGET_TYPES } from "@/lib/audit/audit-vocabulary";
import { emptyAsUndefined } from "@/lib/validation/primitives";

// A date picker sends a bare day: as an upper bound it means "until the end of that day".
const endOfDayWhenDateOnly = (value: unknown) =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : emptyAsUndefined(value);

/** Filters of the audit trail, shared by the Audit page, the record history panels and the API. */
export const zAuditFilters = z.object({
  actorId: referenceTo(z.preprocess(emptyAsUndefined, z.string().max(100).optional()).describe("Only changes made by this user id."), "user-id"),
  targetType: z.preprocess(emptyAsUndefined, z.enum(AUDIT_TARGET_TYPES).optional()).describe("Entity type: one of the audit vocabulary's target types."),
  targetId: z.preprocess(emptyAsUndefined, z.string().max(100).optional()).describe("Only the history of this record id."),
  action: z.preprocess(emptyAsUndefined, z.string().max(100).optional()).describe("Action, or its prefix: `integration.` matches every integration action."),
  from: z.preprocess(emptyAsUndefined, z.coerce.date().optional()).describe("Earliest time (ISO 8601), inclusive."),
  to: z
    .preprocess(endOfDayWhenDateOnly, z.coerce.date().optional())
    .describe("Latest time (ISO 8601), inclusive; a bare date means the end of that day (UTC)."),
});

export const zAuditQuery = zAuditFilters.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AuditQuery = z.infer<typeof zAuditQuery>;

/** The API's form of the filters: keyset pagination instead of page numbers. */
export const zAuditApiQuery = zAuditFilters.extend(zCursorPageQuery.shape);
export type AuditApiQuery = z.infer<typeof zAuditApiQuery>;

export const zAuditEventOutput = z.object({
  id: z.string(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  targetLabel: z.string().nullable(),
  before: z.unknown().describe("The changed fields before the change (absent for a creation)."),
  after: z.unknown().describe("The changed fields after the change."),
});
export type AuditEventOutput = z.infer<typeof zAuditEventOutput>;

export const zAuditEventPage = z.object({ items: z.array(zAuditEventOutput), nextCursor: z.string().nullable() });

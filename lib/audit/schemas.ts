import { z } from "zod";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Filters of the audit trail, shared by the Audit page, the record history panels and the API. */
export const zAuditQuery = z.object({
  actorId: z.preprocess(emptyAsUndefined, z.string().max(100).optional()),
  targetType: z.preprocess(emptyAsUndefined, z.string().max(50).optional()),
  targetId: z.preprocess(emptyAsUndefined, z.string().max(100).optional()),
  action: z.preprocess(emptyAsUndefined, z.string().max(100).optional()),
  from: z.preprocess(emptyAsUndefined, z.coerce.date().optional()),
  to: z.preprocess(emptyAsUndefined, z.coerce.date().optional()),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type AuditQuery = z.infer<typeof zAuditQuery>;

export const zAuditEventOutput = z.object({
  id: z.string(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  targetLabel: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEventOutput = z.infer<typeof zAuditEventOutput>;

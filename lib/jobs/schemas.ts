import { z } from "zod";
import { emptyAsUndefined } from "@/lib/validation/primitives";

/** "retrying" is a pending job that has failed at least once; "dead" gave up after its last attempt. */
export const TROUBLED_JOB_STATES = ["retrying", "dead"] as const;

export const zJobListQuery = z.object({
  state: z.preprocess(emptyAsUndefined, z.enum(TROUBLED_JOB_STATES).optional()),
  kind: z.preprocess(emptyAsUndefined, z.string().trim().max(100).optional()),
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type JobListQuery = z.infer<typeof zJobListQuery>;

export const JOB_STATUSES = ["pending", "running", "succeeded", "dead"] as const;

export const zJobOutput = z.object({
  id: z.string(),
  kind: z.string(),
  dedupeKey: z.string(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.date(),
  lastError: z.string().nullable(),
  createdAt: z.date(),
});
export type JobOutput = z.infer<typeof zJobOutput>;

import { z } from "zod";
import { zOtlpMappingRule, type OtlpMappingRule } from "./otlp-metrics";

const zSignalEnvironment = z
  .object({
    // Minute buckets are the raw material of hours: kept long enough for late points and for the anomaly window.
    SIGNALS_MINUTE_RETENTION_HOURS: z.coerce
      .number()
      .int()
      .min(2)
      .max(24 * 31)
      .default(48),
    SIGNALS_HOUR_RETENTION_DAYS: z.coerce.number().int().min(2).max(3660).default(90),
    SIGNALS_DAY_RETENTION_DAYS: z.coerce.number().int().min(2).max(36600).default(730),
  })
  // Hours are recomputed from minutes and days from hours: a coarser resolution must outlive the finer one, or a
  // late point could recompute a bucket whose sources were already pruned.
  .refine((e) => e.SIGNALS_MINUTE_RETENTION_HOURS <= e.SIGNALS_HOUR_RETENTION_DAYS * 24, "SIGNALS_MINUTE_RETENTION_HOURS must not exceed the hour retention.")
  .refine((e) => e.SIGNALS_HOUR_RETENTION_DAYS <= e.SIGNALS_DAY_RETENTION_DAYS, "SIGNALS_HOUR_RETENTION_DAYS must not exceed SIGNALS_DAY_RETENTION_DAYS.");

export interface SignalRetention {
  minuteMs: number;
  hourMs: number;
  dayMs: number;
}

const HOUR_MS = 3_600_000;

export function readSignalRetention(env: Readonly<Record<string, string | undefined>> = process.env): SignalRetention {
  const parsed = zSignalEnvironment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid signal settings: ${issue.path.join(".") || "retention"}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    minuteMs: e.SIGNALS_MINUTE_RETENTION_HOURS * HOUR_MS,
    hourMs: e.SIGNALS_HOUR_RETENTION_DAYS * 24 * HOUR_MS,
    dayMs: e.SIGNALS_DAY_RETENTION_DAYS * 24 * HOUR_MS,
  };
}

const zHealthEnvironment = z.object({
  // No signal for this long and the integration is unmonitored (decision 050); never less than twice its freshness objective.
  SIGNALS_UNMONITORED_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 366)
    .default(24),
});

/** `SIGNALS_UNMONITORED_HOURS` (default 24): how long without any signal before an integration counts as unmonitored. */
export function readHealthSettings(env: Readonly<Record<string, string | undefined>> = process.env): { unmonitoredAfterHours: number } {
  const parsed = zHealthEnvironment.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid signal settings: SIGNALS_UNMONITORED_HOURS: ${parsed.error.issues[0].message}`);
  return { unmonitoredAfterHours: parsed.data.SIGNALS_UNMONITORED_HOURS };
}

const zRules = z.array(zOtlpMappingRule).max(10_000);

/**
 * `SIGNALS_OTLP_RULES`: a JSON list of `{service, destination?, route?, integration}` mapping OTLP senders that
 * cannot add the `interchange.integration.key` attribute to integrations, by `service.name` and
 * `messaging.destination.name` or `http.route`. The first rule that matches wins.
 */
export function readOtlpMappingRules(env: Readonly<Record<string, string | undefined>> = process.env): OtlpMappingRule[] {
  const text = env.SIGNALS_OTLP_RULES?.trim();
  if (!text) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("Invalid signal settings: SIGNALS_OTLP_RULES is not JSON.");
  }
  const parsed = zRules.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid signal settings: SIGNALS_OTLP_RULES/${issue.path.join("/")}: ${issue.message}`);
  }
  return parsed.data;
}

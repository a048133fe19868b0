import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { recordSignalPoints } from "@/lib/portal-metrics/instruments";
import { MalformedInput } from "@/lib/errors/domain-errors";
import { ingestSignalPoints } from "./ingest-signal-points";
import { mapOtlpMetrics } from "./otlp-metrics";
import { decodeOtlpMetricsRequest } from "./otlp-protobuf";
import { readOtlpMappingRules } from "./signal-settings";

/** OTLP's partial success: how many data points were rejected and why (the first reasons), or null when none was. */
export interface OtlpPartialSuccess {
  rejectedDataPoints: number;
  errorMessage: string;
}

const REASONS_IN_MESSAGE = 5;

/**
 * The OTLP/HTTP metrics receiver: decodes the request (JSON or protobuf, already un-gzipped), maps its data points to
 * integrations and stores them as signals. Points of metrics it does not know are ignored; points it cannot use are
 * counted as rejected, with the first reasons (and their JSON pointers) in the message.
 */
export async function ingestOtlpMetrics(
  db: PrismaClient,
  { actor, bytes, format, now }: { actor: Actor; bytes: Uint8Array; format: "json" | "protobuf"; now: Date },
): Promise<OtlpPartialSuccess | null> {
  const request = format === "json" ? parseJson(bytes) : decodeProtobuf(bytes);
  const { candidates, refusals } = mapOtlpMetrics(request, readOtlpMappingRules());
  const result = await ingestSignalPoints(db, { actor, candidates, refusals, now });
  recordSignalPoints("otlp", result);
  if (result.refused === 0) return null;
  const reasons = result.refusals.slice(0, REASONS_IN_MESSAGE).map((refusal) => `${refusal.pointer}: ${refusal.reason}`);
  const more = result.refused > reasons.length ? ` (and ${result.refused - reasons.length} more)` : "";
  return { rejectedDataPoints: result.refused, errorMessage: `${reasons.join("; ")}${more}` };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (error) {
    throw new MalformedInput(`The body is not OTLP/JSON: ${(error as Error).message}`);
  }
}

function decodeProtobuf(bytes: Uint8Array): unknown {
  try {
    return decodeOtlpMetricsRequest(bytes);
  } catch (error) {
    throw new MalformedInput(`The body is not an OTLP/protobuf ExportMetricsServiceRequest: ${(error as Error).message}`);
  }
}

import { z } from "zod";
import { LATENCY_BUCKET_BOUNDS_MS, emptyLatencyBuckets, latencyBucketIndex, rebucketLatency } from "./latency-buckets";
import type { SignalCandidate } from "./ingest-signal-points";
import type { SignalRefusal } from "./schemas";
import type { SignalMeasurements } from "./signal-buckets";

/** The attribute (on a data point or its resource) that names the integration a metric is about. */
export const INTEGRATION_KEY_ATTRIBUTE = "interchange.integration.key";

/** A mapping rule for senders that cannot add the key attribute: service.name (and a destination or route) to an integration. */
export const zOtlpMappingRule = z.strictObject({
  service: z.string().min(1),
  destination: z.string().min(1).optional(),
  route: z.string().min(1).optional(),
  integration: z.string().min(1),
});
export type OtlpMappingRule = z.infer<typeof zOtlpMappingRule>;

type CounterField = "records" | "errors" | "rateLimitRejections" | "quarantined";
type Meaning =
  | { kind: "counter"; field: CounterField }
  | { kind: "latency"; defaultUnit: string; countsRecords: boolean }
  | { kind: "gauge"; field: "deadLetterDepth" | "circuitOpen" | "lastSuccessAt" };

/**
 * The metrics the receiver understands, by name; any other metric is ignored (a collector may send its runtime
 * metrics too). Counters and histograms must be delta (OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE=delta):
 * a point of a cumulative one is refused with that reason. A data point with an `error.type` attribute (or an
 * HTTP status of 500 or more) also counts as errors.
 */
export const OTLP_METRICS: Readonly<Record<string, Meaning>> = {
  "interchange.records": { kind: "counter", field: "records" },
  "interchange.errors": { kind: "counter", field: "errors" },
  "interchange.rate_limit.rejections": { kind: "counter", field: "rateLimitRejections" },
  "interchange.quarantined": { kind: "counter", field: "quarantined" },
  "interchange.latency": { kind: "latency", defaultUnit: "ms", countsRecords: false },
  "interchange.last_success": { kind: "gauge", field: "lastSuccessAt" },
  "interchange.dead_letter.depth": { kind: "gauge", field: "deadLetterDepth" },
  "interchange.circuit_breaker.open": { kind: "gauge", field: "circuitOpen" },
  "messaging.client.consumed.messages": { kind: "counter", field: "records" },
  "messaging.client.sent.messages": { kind: "counter", field: "records" },
  "messaging.process.duration": { kind: "latency", defaultUnit: "s", countsRecords: false },
  "http.server.request.duration": { kind: "latency", defaultUnit: "s", countsRecords: true },
  "http.client.request.duration": { kind: "latency", defaultUnit: "s", countsRecords: true },
};

const DELTA = 1;
const CUMULATIVE = 2;

type Attributes = Map<string, string | number | boolean>;

const zUint64 = z.union([z.number().int().min(0), z.string().regex(/^\d{1,20}$/)]);
const zInt64 = z.union([z.number().int(), z.string().regex(/^-?\d{1,19}$/)]);
const zAnyValue = z.looseObject({
  stringValue: z.string().optional(),
  boolValue: z.boolean().optional(),
  intValue: zInt64.optional(),
  doubleValue: z.number().optional(),
});
const zKeyValue = z.looseObject({ key: z.string(), value: zAnyValue.optional() });
const zAttributes = z.array(zKeyValue).optional();
const zNumberPoint = z.looseObject({ attributes: zAttributes, timeUnixNano: zUint64, asDouble: z.number().optional(), asInt: zInt64.optional() });
const zHistogramPoint = z.looseObject({
  attributes: zAttributes,
  timeUnixNano: zUint64,
  count: zUint64,
  sum: z.number().optional(),
  max: z.number().optional(),
  bucketCounts: z.array(zUint64).optional(),
  explicitBounds: z.array(z.number()).optional(),
});
const zBuckets = z.looseObject({ offset: z.number().int().optional(), bucketCounts: z.array(zUint64).optional() });
const zExponentialPoint = z.looseObject({
  attributes: zAttributes,
  timeUnixNano: zUint64,
  count: zUint64,
  sum: z.number().optional(),
  max: z.number().optional(),
  scale: z.number().int().optional(),
  zeroCount: zUint64.optional(),
  positive: zBuckets.optional(),
});

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

function attributesOf(list: z.infer<typeof zAttributes> | unknown): Attributes {
  const attributes: Attributes = new Map();
  for (const entry of asArray(list)) {
    const parsed = zKeyValue.safeParse(entry);
    if (!parsed.success || !parsed.data.value) continue;
    const v = parsed.data.value;
    const value = v.stringValue ?? v.boolValue ?? (v.intValue !== undefined ? Number(v.intValue) : v.doubleValue);
    if (value !== undefined) attributes.set(parsed.data.key, value);
  }
  return attributes;
}

function millisOfNanos(nanos: number | string): number {
  return Number(BigInt(nanos) / 1_000_000n);
}

function unitFactorToMs(unit: string | undefined, defaultUnit: string): number | null {
  const factors: Record<string, number> = { s: 1000, ms: 1, us: 0.001, µs: 0.001, ns: 0.000001, min: 60_000 };
  const given = unit && unit !== "1" ? unit : defaultUnit;
  return factors[given] ?? null;
}

function isError(attributes: Attributes): boolean {
  const status = Number(attributes.get("http.response.status_code") ?? 0);
  return attributes.has("error.type") || status >= 500;
}

/** The integration a point is about: its key attribute (point, then resource), else the first rule that matches. */
function integrationOf(attributes: Attributes, rules: readonly OtlpMappingRule[]): string | null {
  const key = attributes.get(INTEGRATION_KEY_ATTRIBUTE);
  if (key !== undefined && String(key).trim()) return String(key).trim();
  const service = attributes.get("service.name");
  const rule = rules.find(
    (r) =>
      r.service === service &&
      (r.destination === undefined || r.destination === attributes.get("messaging.destination.name")) &&
      (r.route === undefined || r.route === attributes.get("http.route")),
  );
  return rule?.integration ?? null;
}

export interface OtlpMapping {
  candidates: SignalCandidate[];
  refusals: SignalRefusal[];
  /** Data points of metrics the receiver does not know: ignored, not refused. */
  ignored: number;
}

/**
 * Turns an OTLP metrics request (the OTLP/JSON shape; protobuf is decoded to it) into signal candidates, one per data
 * point of a known metric, and refuses the points it cannot use (no integration, cumulative temporality, bad values),
 * each with a JSON pointer into the request. Pure: the integrations are resolved by the ingest afterwards.
 */
export function mapOtlpMetrics(request: unknown, rules: readonly OtlpMappingRule[]): OtlpMapping {
  const candidates: SignalCandidate[] = [];
  const refusals: SignalRefusal[] = [];
  let ignored = 0;
  let index = 0;
  asArray(asObject(request).resourceMetrics).forEach((resourceMetrics, r) => {
    const resourceAttributes = attributesOf(asObject(asObject(resourceMetrics).resource).attributes);
    asArray(asObject(resourceMetrics).scopeMetrics).forEach((scopeMetrics, s) => {
      asArray(asObject(scopeMetrics).metrics).forEach((metricValue, m) => {
        const metric = asObject(metricValue);
        const meaning = typeof metric.name === "string" ? OTLP_METRICS[metric.name] : undefined;
        const dataKind = (["gauge", "sum", "histogram", "exponentialHistogram", "summary"] as const).find((kind) => metric[kind] !== undefined);
        const data = dataKind ? asObject(metric[dataKind]) : {};
        const points = asArray(data.dataPoints);
        if (!meaning || !dataKind) {
          ignored += points.length;
          return;
        }
        points.forEach((pointValue, p) => {
          const pointer = `/resourceMetrics/${r}/scopeMetrics/${s}/metrics/${m}/${dataKind}/dataPoints/${p}`;
          const current = index++;
          const refuse = (reason: string, at = "") => refusals.push({ index: current, pointer: `${pointer}${at}`, reason });
          const attributes = new Map([...resourceAttributes, ...attributesOf(asObject(pointValue).attributes)]);
          const integrationKey = integrationOf(attributes, rules);
          if (!integrationKey) {
            const service = attributes.get("service.name");
            return refuse(
              `No ${INTEGRATION_KEY_ATTRIBUTE} attribute and no mapping rule for service.name=${service === undefined ? "(none)" : JSON.stringify(service)}.`,
            );
          }
          const measured = measure(meaning, dataKind, data, metric, pointValue, attributes);
          if ("refusal" in measured) return refuse(measured.refusal, measured.at);
          candidates.push({ index: current, pointer, integrationKey, at: measured.at, ...measured.measurements });
        });
      });
    });
  });
  return { candidates, refusals, ignored };
}

type Measured = { at: Date; measurements: SignalMeasurements } | { refusal: string; at?: string };

function measure(
  meaning: Meaning,
  dataKind: "gauge" | "sum" | "histogram" | "exponentialHistogram" | "summary",
  data: Record<string, unknown>,
  metric: Record<string, unknown>,
  pointValue: unknown,
  attributes: Attributes,
): Measured {
  const temporality = Number(data.aggregationTemporality ?? 0);
  const name = String(metric.name);
  if (meaning.kind === "counter" || meaning.kind === "gauge") {
    const parsed = zNumberPoint.safeParse(pointValue);
    if (!parsed.success) return { refusal: parsed.error.issues[0].message, at: `/${parsed.error.issues[0].path.join("/")}` };
    const value = parsed.data.asDouble ?? (parsed.data.asInt !== undefined ? Number(parsed.data.asInt) : undefined);
    if (value === undefined || !Number.isFinite(value)) return { refusal: "The data point has no value.", at: "/asDouble" };
    const at = new Date(millisOfNanos(parsed.data.timeUnixNano));
    if (meaning.kind === "counter") {
      if (dataKind !== "sum") return { refusal: `${name} must be a counter (a sum), not a ${dataKind}.` };
      if (temporality !== DELTA) return { refusal: `${name} is cumulative: send delta temporality (OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE=delta).` };
      if (value < 0) return { refusal: "A count cannot be negative.", at: "/asDouble" };
      const count = Math.round(value);
      const measurements: SignalMeasurements = { [meaning.field]: count };
      if (meaning.field === "records" && isError(attributes)) measurements.errors = count;
      return { at, measurements };
    }
    if (dataKind !== "gauge" && !(dataKind === "sum" && temporality === CUMULATIVE))
      return { refusal: `${name} must be a gauge (or a cumulative up-down counter): it says what holds now.` };
    if (meaning.field === "circuitOpen") return { at, measurements: { circuitOpen: value !== 0 } };
    if (meaning.field === "deadLetterDepth") {
      if (value < 0) return { refusal: "A queue depth cannot be negative.", at: "/asDouble" };
      return { at, measurements: { deadLetterDepth: Math.round(value) } };
    }
    // A time: seconds since the epoch (the unit "s", the default), or milliseconds with the unit "ms".
    const ms = metric.unit === "ms" ? value : value * 1000;
    if (ms <= 0 || ms > 8.64e15) return { refusal: "The last success time is not a time.", at: "/asDouble" };
    return { at, measurements: { lastSuccessAt: new Date(ms) } };
  }
  const factor = unitFactorToMs(typeof metric.unit === "string" ? metric.unit : undefined, meaning.defaultUnit);
  if (factor === null) return { refusal: `The unit ${JSON.stringify(metric.unit)} is not a unit of time.` };
  if (dataKind !== "histogram" && dataKind !== "exponentialHistogram") return { refusal: `${name} must be a histogram, not a ${dataKind}.` };
  if (temporality !== DELTA) return { refusal: `${name} is cumulative: send delta temporality (OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE=delta).` };
  const latency = dataKind === "histogram" ? explicitLatency(pointValue, factor) : exponentialLatency(pointValue, factor);
  if ("refusal" in latency) return latency;
  const measurements: SignalMeasurements = { latency: latency.latency };
  if (meaning.countsRecords) measurements.records = latency.latency.count;
  if (isError(attributes)) measurements.errors = latency.latency.count;
  return { at: latency.at, measurements };
}

type LatencyOf = { at: Date; latency: NonNullable<SignalMeasurements["latency"]> } | { refusal: string; at?: string };

function explicitLatency(pointValue: unknown, factor: number): LatencyOf {
  const parsed = zHistogramPoint.safeParse(pointValue);
  if (!parsed.success) return { refusal: parsed.error.issues[0].message, at: `/${parsed.error.issues[0].path.join("/")}` };
  const point = parsed.data;
  const count = Number(point.count);
  const counts = (point.bucketCounts ?? []).map(Number);
  const bounds = (point.explicitBounds ?? []).map((bound) => bound * factor);
  if (counts.length > 0 && counts.length !== bounds.length + 1) return { refusal: "A histogram needs one more bucket count than bounds.", at: "/bucketCounts" };
  const sumMs = (point.sum ?? 0) * factor;
  const maxMs = point.max === undefined ? null : point.max * factor;
  let buckets = counts.length > 0 ? rebucketLatency(bounds, counts) : emptyLatencyBuckets();
  if (counts.length === 0 && count > 0) {
    buckets = emptyLatencyBuckets();
    buckets[latencyBucketIndex(sumMs / count)] = count;
  }
  return { at: new Date(millisOfNanos(point.timeUnixNano)), latency: { count, sumMs, maxMs, buckets } };
}

function exponentialLatency(pointValue: unknown, factor: number): LatencyOf {
  const parsed = zExponentialPoint.safeParse(pointValue);
  if (!parsed.success) return { refusal: parsed.error.issues[0].message, at: `/${parsed.error.issues[0].path.join("/")}` };
  const point = parsed.data;
  const base = 2 ** (2 ** -(point.scale ?? 0));
  const offset = point.positive?.offset ?? 0;
  const buckets = emptyLatencyBuckets();
  buckets[0] += Number(point.zeroCount ?? 0);
  // Bucket i of the positive range holds values up to base^(offset + i + 1).
  (point.positive?.bucketCounts ?? []).forEach((count, i) => {
    const upperMs = base ** (offset + i + 1) * factor;
    buckets[Number.isFinite(upperMs) ? latencyBucketIndex(upperMs) : LATENCY_BUCKET_BOUNDS_MS.length] += Number(count);
  });
  const count = Number(point.count);
  return {
    at: new Date(millisOfNanos(point.timeUnixNano)),
    latency: { count, sumMs: (point.sum ?? 0) * factor, maxMs: point.max === undefined ? null : point.max * factor, buckets },
  };
}

import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";
import { ingestOtlpMetrics } from "@/lib/signals/ingest-otlp-metrics";
import { encodeOtlpMetricsResponse } from "@/lib/signals/otlp-protobuf";
import { SIGNALS_BODY_BYTES } from "@/lib/signals/schemas";

const zOtlpResponse = z.object({
  partialSuccess: z.object({ rejectedDataPoints: z.number().int(), errorMessage: z.string() }).optional(),
});

/** The body's bytes within the limit, un-gzipped when sent with Content-Encoding: gzip (bounded too: no zip bomb). */
async function readBody(request: Request): Promise<Uint8Array> {
  const tooLarge = () => new HttpError(problem(413, `The body is larger than ${SIGNALS_BODY_BYTES} bytes.`));
  if (Number(request.headers.get("content-length") ?? "0") > SIGNALS_BODY_BYTES) throw tooLarge();
  const raw = new Uint8Array(await request.arrayBuffer());
  if (raw.byteLength > SIGNALS_BODY_BYTES) throw tooLarge();
  const encoding = (request.headers.get("content-encoding") ?? "identity").trim().toLowerCase();
  if (encoding === "identity" || encoding === "") return raw;
  if (encoding !== "gzip") throw new HttpError(problem(415, `Content-Encoding ${encoding} is not supported: send gzip or none.`));
  try {
    return new Uint8Array(gunzipSync(raw, { maxOutputLength: SIGNALS_BODY_BYTES }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge();
    throw new HttpError(problem(400, "The body is not valid gzip."));
  }
}

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/otlp/v1/metrics",
  operationId: "ingestOtlpMetrics",
  summary: "OTLP/HTTP metrics receiver",
  description:
    "Point an OpenTelemetry SDK or collector here (`OTEL_EXPORTER_OTLP_METRICS_ENDPOINT`), with `Authorization: Bearer` and a `signals:write` token. Takes `application/x-protobuf` or `application/json` (OTLP 1.x), optionally `Content-Encoding: gzip`, and answers in the same encoding with OTLP's `partialSuccess` (rejected data points and the first reasons). Counters and histograms must use delta temporality. See the README's *Live signals* for the metric names and how points map to integrations.",
  tag: "Live signals",
  access: "signals.write",
  response: { status: 200, description: "The export was read; rejected data points are counted in partialSuccess.", schema: null },
  handler: async ({ db, actor, request }) => {
    const contentType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    const format = contentType === "application/x-protobuf" ? "protobuf" : contentType === "application/json" ? "json" : null;
    if (!format) throw new HttpError(problem(415, "Send OTLP as application/x-protobuf or application/json."));
    const partialSuccess = await ingestOtlpMetrics(db, { actor, bytes: await readBody(request), format, now: new Date() });
    if (format === "json") return Response.json(zOtlpResponse.parse(partialSuccess ? { partialSuccess } : {}));
    return new Response(new Uint8Array(encodeOtlpMetricsResponse(partialSuccess)), { headers: { "content-type": "application/x-protobuf" } });
  },
});

import { defineOperation } from "@/lib/http/define-operation";
import { ingestSignals } from "@/lib/signals/ingest-signals";
import { SIGNALS_BODY_BYTES, zSignalBatch, zSignalBatchShape, zSignalIngestResult } from "@/lib/signals/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/signals",
  operationId: "ingestSignals",
  summary: "Report live signals",
  description:
    "A batch of points (up to 10,000): what integrations processed, failed, how long it took, their dead-letter depth and circuit breaker. Each point is checked on its own: the answer counts the stored points and lists each refused one with a reason and a JSON pointer; unknown integration keys are listed too. Good points of a batch are stored even when others are refused. Takes a `signals:write` token (which can do nothing else), or any credential whose role may report signals for the integration's team.",
  tag: "Live signals",
  access: "signals.write",
  body: zSignalBatch,
  byteLimit: SIGNALS_BODY_BYTES,
  // Points are validated one by one by the use case, so that one bad point does not refuse the batch.
  validatedAfter: "record",
  response: { status: 200, description: "How many points were stored, and why the others were not.", schema: zSignalIngestResult },
  handler: async ({ db, actor, input }) => ingestSignals(db, { actor, points: zSignalBatchShape.parse(input).points, now: new Date() }),
});

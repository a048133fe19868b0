import { defineOperation } from "@/lib/http/define-operation";
import { readPortalMetrics } from "@/lib/portal-metrics/read-portal-metrics";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/metrics",
  operationId: "readPortalMetrics",
  summary: "The portal's metrics for Prometheus",
  description:
    "The portal's own operational metrics in the Prometheus text format, also served at `/metrics`: API requests and their latency by operation, live signal points accepted and refused, the job queue by state and kind, open incidents by cause, and the process's CPU and memory. Takes a `metrics:read` token (which can do nothing else) of an administrator. See the README's *Operate* section for a scrape configuration.",
  tag: "Operations",
  access: "metrics.read",
  response: { status: 200, description: "The metrics in the Prometheus text exposition format (version 0.0.4).", schema: null },
  handler: async ({ db }) => {
    const { contentType, text } = await readPortalMetrics(db);
    return new Response(text, { headers: { "content-type": contentType, "cache-control": "no-store" } });
  },
});

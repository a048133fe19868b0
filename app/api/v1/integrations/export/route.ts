import { defineOperation } from "@/lib/http/define-operation";
import { LEGACY_ARCHIVED_QUERY } from "@/lib/catalog/archived-filter";
import { toCsv } from "@/lib/catalog/csv";
import { INTEGRATION_CSV_COLUMNS, integrationToCsvRow } from "@/lib/catalog/integrations/csv-format";
import { findIntegrationsForExport } from "@/lib/catalog/integrations/list-repository";
import { zIntegrationFilters } from "@/lib/catalog/integrations/schemas";

/** The inventory as CSV, with the same filters as the list (the list's "Export CSV" link passes its own). */
export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/integrations/export",
  operationId: "exportIntegrationsCsv",
  summary: "Export the inventory as CSV",
  description: "text/csv with the columns the import reads; the same filters as the list.",
  tag: "Integrations",
  access: "catalog.read",
  query: zIntegrationFilters,
  deprecatedQueryValues: LEGACY_ARCHIVED_QUERY,
  response: { status: 200, description: "CSV file (text/csv).", schema: null },
  handler: async ({ db, query }) => {
    const batches = findIntegrationsForExport(db, query);
    // Read before answering, so that an unreachable database answers 503 rather than a 200 that is cut short.
    const first = await batches.next();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(toCsv([[...INTEGRATION_CSV_COLUMNS]])));
        if (first.done) controller.close();
        else controller.enqueue(encoder.encode(toCsv(first.value.map(integrationToCsvRow))));
      },
      async pull(controller) {
        const { value, done } = await batches.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(toCsv(value.map(integrationToCsvRow))));
      },
    });
    const date = new Date().toISOString().slice(0, 10);
    return new Response(body, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="integrations-${date}.csv"` },
    });
  },
});

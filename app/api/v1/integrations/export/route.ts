import { authorize } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/read-query";
import { toCsv } from "@/lib/catalog/csv";
import { INTEGRATION_CSV_COLUMNS, integrationToCsvRow } from "@/lib/catalog/integrations/csv-format";
import { findIntegrationsForExport } from "@/lib/catalog/integrations/list-repository";
import { zIntegrationFilters } from "@/lib/catalog/integrations/schemas";

/** The inventory as CSV, with the same filters as the list (the list's "Export CSV" link passes its own). */
export const GET = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "catalog.read");
  const filters = readQuery(request, zIntegrationFilters);
  const batches = findIntegrationsForExport(db, filters);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(toCsv([[...INTEGRATION_CSV_COLUMNS]])));
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
});

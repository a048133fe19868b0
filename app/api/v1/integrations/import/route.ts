import { defineOperation } from "@/lib/http/define-operation";
import { readTextBody } from "@/lib/http/read-text-body";
import { importIntegrations } from "@/lib/catalog/integrations/import-integrations";
import { INTEGRATION_CSV_BYTES, zIntegrationImportQuery, zIntegrationImportReport } from "@/lib/catalog/integrations/schemas";

/**
 * POST a CSV (Content-Type: text/csv). `?dryRun=true` answers the per-row errors and what would change, writing
 * nothing; without it the file is imported all or nothing (422 listing every row's problem otherwise).
 */
export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/integrations/import",
  operationId: "importIntegrationsCsv",
  summary: "Import an inventory CSV",
  description: "Body: text/csv. `dryRun=true` reports every row's problems and writes nothing; otherwise all or nothing (422 listing the rows).",
  tag: "Integrations",
  access: "catalog.create",
  query: zIntegrationImportQuery,
  response: { status: 200, description: "What was (or would be) created and updated, and each row's errors.", schema: zIntegrationImportReport },
  handler: async ({ db, actor, request, query }) => {
    const csv = await readTextBody(request, { mediaType: /^text\/(csv|plain)\b/i, expected: "text/csv", maxBytes: INTEGRATION_CSV_BYTES });
    return importIntegrations(db, { actor, csv, dryRun: query.dryRun === "true" });
  },
});

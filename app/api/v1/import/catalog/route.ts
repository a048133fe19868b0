import { defineOperation } from "@/lib/http/define-operation";
import { importCatalog } from "@/lib/catalog/export/import-catalog";
import { MAX_CATALOG_FILE_BYTES, zCatalogExport, zCatalogImportOutput } from "@/lib/catalog/export/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/import/catalog",
  operationId: "importCatalog",
  summary: "Import a catalog into an empty installation",
  description:
    "Admins only. All or nothing. Refused with 409 when the catalog already holds teams, systems, integrations, contracts, consumers or capabilities. Invalid files answer 422 naming each failing field as a JSON pointer (e.g. `/integrations/3/sourceSystem`). People already registered (matched by e-mail) are kept as they are.",
  tag: "Export and import",
  // Refused before a large body is read: only admins may import.
  access: "user.manage",
  body: zCatalogExport,
  byteLimit: MAX_CATALOG_FILE_BYTES,
  response: { status: 201, description: "What was imported.", schema: zCatalogImportOutput },
  handler: ({ db, actor, input }) => importCatalog(db, { actor, input }),
});

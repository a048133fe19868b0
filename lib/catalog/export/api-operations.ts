import type { ApiOperation } from "@/lib/api-docs/operation";
import { zCatalogExport, zCatalogImportOutput } from "@/lib/catalog/export/schemas";

export const MAX_CATALOG_FILE_BYTES = 100 * 1024 * 1024;

export const catalogExportOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/export/catalog.json",
    operationId: "exportCatalog",
    summary: "Export the whole catalog",
    description: "Teams, people (never password hashes), capabilities, systems, integrations with owners, escalation, rules, routes and capabilities, contracts with versions and glossary, and consumers, as one JSON file that refers to records by slug, key or e-mail.",
    tag: "Export and import",
    permission: "catalog.read",
    responses: { 200: { description: "The catalog file (served as an attachment).", schema: zCatalogExport } },
  },
  {
    method: "post",
    path: "/api/v1/import/catalog",
    operationId: "importCatalog",
    summary: "Import a catalog into an empty installation",
    description: "Admins only. All or nothing. Refused with 409 when the catalog already holds teams, systems, integrations, contracts, consumers or capabilities. Invalid files answer 422 naming each failing field as a JSON pointer (e.g. `/integrations/3/sourceSystem`). People already registered (matched by e-mail) are kept as they are.",
    tag: "Export and import",
    permission: "user.manage",
    body: zCatalogExport,
    responses: { 201: { description: "What was imported.", schema: zCatalogImportOutput } },
  },
];

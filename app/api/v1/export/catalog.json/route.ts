import { defineOperation } from "@/lib/http/define-operation";
import { readCatalogForExport } from "@/lib/catalog/export/repository";
import { zCatalogExport } from "@/lib/catalog/export/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/export/catalog.json",
  operationId: "exportCatalog",
  summary: "Export the whole catalog",
  description:
    "Teams, people (never password hashes), capabilities, systems, integrations with owners, escalation, rules, routes and capabilities, contracts with versions and glossary, and consumers, as one JSON file that refers to records by slug, key or e-mail.",
  tag: "Export and import",
  access: "catalog.read",
  response: { status: 200, description: "The catalog file (served as an attachment).", schema: zCatalogExport },
  handler: async ({ db }) => {
    const file = await readCatalogForExport(db);
    return new Response(JSON.stringify(file, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="interchange-catalog-${file.exportedAt.slice(0, 10)}.json"`,
        "cache-control": "no-store",
      },
    });
  },
});

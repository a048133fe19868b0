import { defineOperation } from "@/lib/http/define-operation";
import { readTextBody } from "@/lib/http/read-text-body";
import { importBackstage } from "@/lib/backstage/import-backstage";
import { BACKSTAGE_FILE_BYTES, zBackstageImportQuery, zBackstageImportReport } from "@/lib/backstage/schemas";

/**
 * POST a Backstage catalog file (Content-Type: application/yaml): one or more entities. `?dryRun=true` answers
 * each entity's outcome and problems, writing nothing; without it the file is imported all or nothing.
 */
export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/import/backstage",
  operationId: "importBackstageCatalog",
  summary: "Import Backstage catalog entities",
  description:
    "Admins only. Body: a catalog-info.yaml (application/yaml), single or multi-document. Group → team, User → person, Component and Resource → system, API → contract with its definition as the first version, consumesApis → consumer, dependsOn → integration; System and Domain set the systems' business domain. Matched by Backstage ref (teams by slug, people by e-mail): importing the same file again writes nothing. `dryRun=true` reports every entity and writes nothing; otherwise all or nothing (422 naming each entity's problem). Location entities and $text placeholders are refused in an upload: the file has no directory to resolve them against.",
  tag: "Export and import",
  access: "user.manage",
  query: zBackstageImportQuery,
  response: { status: 200, description: "Each entity's outcome, and what was (or would be) created and updated.", schema: zBackstageImportReport },
  handler: async ({ db, actor, request, query }) => {
    const text = await readTextBody(request, {
      mediaType: /^(application|text)\/(x-)?yaml\b/i,
      expected: "application/yaml",
      maxBytes: BACKSTAGE_FILE_BYTES,
    });
    return importBackstage(db, { actor, text, file: query.file || "catalog-info.yaml", reader: null, dryRun: query.dryRun === "true" });
  },
});

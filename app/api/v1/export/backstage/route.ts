import { defineOperation } from "@/lib/http/define-operation";
import { readCatalogForBackstage } from "@/lib/backstage/export-repository";
import { catalogToBackstageYaml } from "@/lib/backstage/catalog-entities";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/export/backstage",
  operationId: "exportBackstageCatalog",
  summary: "Export the catalog as Backstage entities",
  description:
    "A multi-document catalog-info.yaml: teams as Groups, people in teams as Users, business domains as Systems, systems as Components (or Resources), contracts as APIs with their current version as the definition, consumers as consumesApis and integrations as dependsOn. Records without an owner team are left out (Backstage requires an owner) and named in the file's first comment. Importing it into an empty portal and exporting again gives the same file.",
  tag: "Export and import",
  access: "catalog.read",
  response: { status: 200, description: "catalog-info.yaml (application/yaml, served as an attachment).", schema: null },
  handler: async ({ db }) => {
    const yaml = catalogToBackstageYaml(await readCatalogForBackstage(db));
    return new Response(yaml, {
      headers: {
        "content-type": "application/yaml; charset=utf-8",
        "content-disposition": `attachment; filename="catalog-info-${new Date().toISOString().slice(0, 10)}.yaml"`,
        "cache-control": "no-store",
      },
    });
  },
});

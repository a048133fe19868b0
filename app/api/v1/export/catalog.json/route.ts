import { apiRoute } from "@/lib/http/api-route";
import { authorize } from "@/lib/auth/permissions";
import { readCatalogForExport } from "@/lib/catalog/export/repository";

export const GET = apiRoute(async ({ actor, db }) => {
  authorize(actor, "catalog.read");
  const file = await readCatalogForExport(db);
  return new Response(JSON.stringify(file, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="interchange-catalog-${file.exportedAt.slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});

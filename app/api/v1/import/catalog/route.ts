import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authorize } from "@/lib/auth/permissions";
import { importCatalog } from "@/lib/catalog/export/import-catalog";
import { MAX_CATALOG_FILE_BYTES } from "@/lib/catalog/export/api-operations";

export const POST = apiRoute(async ({ request, actor, db }) => {
  // Refuse before reading a large body: only admins may import.
  authorize(actor, "user.manage");
  // The body is validated (with JSON pointers to each failing field) inside the import's transaction.
  const input = await readJsonBody(request, z.unknown(), { maxBytes: MAX_CATALOG_FILE_BYTES });
  return Response.json(await importCatalog(db, { actor, input }), { status: 201 });
});

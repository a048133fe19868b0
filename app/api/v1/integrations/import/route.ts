import { z } from "zod";
import { authorize } from "@/lib/auth/permissions";
import { apiRoute } from "@/lib/http/api-route";
import { HttpError } from "@/lib/http/http-error";
import { problem } from "@/lib/http/problem-details";
import { decodeCleanText } from "@/lib/http/input-characters";
import { readQuery } from "@/lib/http/read-query";
import { importIntegrations } from "@/lib/catalog/integrations/import-integrations";

const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

const zImportQuery = z.object({ dryRun: z.enum(["true", "false"]).default("false") });

/**
 * POST a CSV (Content-Type: text/csv). `?dryRun=true` answers the per-row errors and what would change, writing
 * nothing; without it the file is imported all or nothing (422 listing every row's problem otherwise).
 */
export const POST = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "catalog.create");
  const { dryRun } = readQuery(request, zImportQuery);
  if (!/^text\/(csv|plain)\b/i.test(request.headers.get("content-type") ?? "")) throw new HttpError(problem(415, "Send the file as Content-Type: text/csv."));
  if (Number(request.headers.get("content-length") ?? "0") > MAX_IMPORT_BYTES) throw new HttpError(problem(413, `The file is larger than ${MAX_IMPORT_BYTES} bytes; split it.`));
  const csv = decodeCleanText(new Uint8Array(await request.arrayBuffer()));
  if (Buffer.byteLength(csv) > MAX_IMPORT_BYTES) throw new HttpError(problem(413, `The file is larger than ${MAX_IMPORT_BYTES} bytes; split it.`));
  return Response.json(await importIntegrations(db, { actor, csv, dryRun: dryRun === "true" }));
});

import { z } from "zod";
import { archiveContract } from "@/lib/catalog/contracts/contract-use-cases";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  const input = await readJsonBody(request, z.unknown(), { maxBytes: 16 * 1024 });
  const contract = await archiveContract(db, { actor, contractId: params.id, input, ifMatch: readIfMatch(request) });
  return Response.json(contract, { headers: { etag: etagOf(contract.updatedAt) } });
});

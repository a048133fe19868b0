import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { updateContract } from "@/lib/catalog/contracts/contract-use-cases";
import { findContract } from "@/lib/catalog/contracts/repository";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = apiRoute<{ id: string }>(async ({ params, db }) => {
  const contract = await findContract(db, { id: params.id });
  if (!contract) throw new NotFoundError("The contract");
  return Response.json(contract, { headers: { etag: etagOf(contract.updatedAt) } });
});

export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  const input = await readJsonBody(request, z.unknown(), { maxBytes: 64 * 1024 });
  const contract = await updateContract(db, { actor, contractId: params.id, input, ifMatch: readIfMatch(request) });
  return Response.json(contract, { headers: { etag: etagOf(contract.updatedAt) } });
});

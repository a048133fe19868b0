import { z } from "zod";
import { createContract } from "@/lib/catalog/contracts/contract-use-cases";
import { findContractsPage } from "@/lib/catalog/contracts/repository";
import { zContractApiListQuery } from "@/lib/catalog/contracts/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";

export const GET = apiRoute(async ({ request, db }) => {
  return Response.json(await findContractsPage(db, readQuery(request, zContractApiListQuery)));
});

// The body is validated inside the use case, after authorization: someone who may not create learns nothing.
export const POST = apiRoute(async ({ request, actor, db }) => {
  const contract = await createContract(db, { actor, input: await readJsonBody(request, z.unknown(), { maxBytes: 64 * 1024 }) });
  return Response.json(contract, { status: 201, headers: { etag: etagOf(contract.updatedAt), location: `/api/v1/contracts/${contract.id}` } });
});

import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { createContractVersion } from "@/lib/catalog/contracts/contract-use-cases";
import { findContract, findContractVersionsPage } from "@/lib/catalog/contracts/repository";
import { MAX_VERSION_BODY_BYTES, zVersionApiListQuery } from "@/lib/catalog/contracts/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readQuery } from "@/lib/http/read-query";

export const GET = apiRoute<{ id: string }>(async ({ request, params, db }) => {
  const contract = await findContract(db, { id: params.id });
  if (!contract) throw new NotFoundError("The contract");
  return Response.json(await findContractVersionsPage(db, contract.id, readQuery(request, zVersionApiListQuery)));
});

// Spec documents up to 10 MB: this route is also how the web form uploads them (server actions stop at 1 MB).
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, db }) => {
  const input = await readJsonBody(request, z.unknown(), { maxBytes: MAX_VERSION_BODY_BYTES });
  const version = await createContractVersion(db, { actor, contractId: params.id, input });
  return Response.json(version, {
    status: 201,
    headers: { etag: etagOf(version.updatedAt), location: `/api/v1/contracts/${params.id}/versions/${encodeURIComponent(version.version)}` },
  });
});

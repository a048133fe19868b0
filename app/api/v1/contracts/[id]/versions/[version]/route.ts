import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { updateContractVersion } from "@/lib/catalog/contracts/contract-use-cases";
import { findContractVersion } from "@/lib/catalog/contracts/repository";
import { apiRoute } from "@/lib/http/api-route";
import { etagOf, readIfMatch } from "@/lib/http/etag";
import { readJsonBody } from "@/lib/http/read-json-body";

export const GET = apiRoute<{ id: string; version: string }>(async ({ params, db }) => {
  const version = await findContractVersion(db, params.id, decodeURIComponent(params.version));
  if (!version) throw new NotFoundError("The contract version");
  return Response.json(version, { headers: { etag: etagOf(version.updatedAt) } });
});

/** Status, changelog and glossary; the document of a version never changes (publish a new version instead). */
export const PATCH = apiRoute<{ id: string; version: string }>(async ({ request, actor, params, db }) => {
  const input = await readJsonBody(request, z.unknown(), { maxBytes: 2 * 1024 * 1024 });
  const version = await updateContractVersion(db, { actor, contractId: params.id, version: decodeURIComponent(params.version), input, ifMatch: readIfMatch(request) });
  return Response.json(version, { headers: { etag: etagOf(version.updatedAt) } });
});

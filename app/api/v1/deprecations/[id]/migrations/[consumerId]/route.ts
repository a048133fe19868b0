import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { updateMigrationStatus } from "@/lib/deprecations/migration-use-cases";
import { findMigrationItem, findMigrationItemOutput } from "@/lib/deprecations/repository";
import { apiRoute } from "@/lib/http/api-route";
import { readJsonBody } from "@/lib/http/read-json-body";

type Params = { id: string; consumerId: string };

export const GET = apiRoute<Params>(async ({ params, db }) => {
  const item = await findMigrationItem(db, params.id, params.consumerId);
  if (!item) throw new NotFoundError("The migration");
  return Response.json(await findMigrationItemOutput(db, item.id));
});

/** Acknowledges (`{"status":"acknowledged"}`) or records progress: migrating, migrated, blocked with a reason. */
export const PATCH = apiRoute<Params>(async ({ request, actor, params, db }) => {
  const input = await readJsonBody(request, z.unknown(), { maxBytes: 16 * 1024 });
  return Response.json(await updateMigrationStatus(db, { actor, deprecationId: params.id, consumerId: params.consumerId, input }));
});

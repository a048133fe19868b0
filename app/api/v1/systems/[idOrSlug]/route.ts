import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { findSystem } from "@/lib/catalog/systems/repository";
import { SYSTEM_BODY_BYTES, zSystemOutput, zSystemUpdateInput } from "@/lib/catalog/systems/schemas";
import { updateSystem } from "@/lib/catalog/systems/update-system";

const zIdOrSlug = z.object({ idOrSlug: z.string().describe("The system's id or slug.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/systems/{idOrSlug}",
  operationId: "getSystem",
  summary: "Get a system",
  tag: "Systems",
  access: "catalog.read",
  pathParams: zIdOrSlug,
  response: { status: 200, description: "The system, with its ETag.", schema: zSystemOutput },
  version: (system) => system.updatedAt,
  handler: async ({ db, params }) => {
    const system = await findSystem(db, params.idOrSlug);
    if (!system) throw new NotFoundError(`System ${params.idOrSlug}`);
    return system;
  },
});

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/systems/{idOrSlug}",
  operationId: "updateSystem",
  summary: "Change a system",
  description: "Send only the fields that change, with If-Match: 412 when someone changed it since.",
  tag: "Systems",
  access: "catalog.update",
  pathParams: zIdOrSlug,
  body: zSystemUpdateInput,
  byteLimit: SYSTEM_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The changed system, with its new ETag.", schema: zSystemOutput },
  version: (system) => system.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => updateSystem(db, { actor, idOrSlug: params.idOrSlug, input, ifMatch }),
});

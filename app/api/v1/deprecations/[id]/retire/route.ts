import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { retireDeprecated } from "@/lib/deprecations/deprecation-use-cases";
import { findDeprecationDetail } from "@/lib/deprecations/repository";
import { DEPRECATION_ACTION_BODY_BYTES, zDeprecationDetail, zRetireInput } from "@/lib/deprecations/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/deprecations/{id}/retire",
  operationId: "retireDeprecated",
  summary: "Retire the deprecated version or integration",
  description: "409 while consumers have not migrated, unless an admin sends `overrideReason`.",
  tag: "Deprecations",
  access: "deprecation.manage",
  pathParams: z.object({ id: z.string().describe("The deprecation's id.") }),
  body: zRetireInput,
  byteLimit: DEPRECATION_ACTION_BODY_BYTES,
  bodyOptional: true,
  validatedAfter: "record",
  response: { status: 200, description: "The retired deprecation.", schema: zDeprecationDetail },
  handler: async ({ db, actor, params, input }) => {
    await retireDeprecated(db, { actor, deprecationId: params.id, input });
    return (await findDeprecationDetail(db, params.id, new Date()))!;
  },
});

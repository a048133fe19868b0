import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { cancelDeprecation } from "@/lib/deprecations/deprecation-use-cases";
import { findDeprecationDetail } from "@/lib/deprecations/repository";
import { DEPRECATION_ACTION_BODY_BYTES, zDeprecationDetail, zCancelInput } from "@/lib/deprecations/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/deprecations/{id}/cancel",
  operationId: "cancelDeprecation",
  summary: "Cancel a deprecation; the target returns to service",
  tag: "Deprecations",
  access: "deprecation.manage",
  pathParams: z.object({ id: z.string().describe("The deprecation's id.") }),
  body: zCancelInput,
  byteLimit: DEPRECATION_ACTION_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The cancelled deprecation.", schema: zDeprecationDetail },
  handler: async ({ db, actor, params, input }) => {
    await cancelDeprecation(db, { actor, deprecationId: params.id, input });
    return (await findDeprecationDetail(db, params.id, new Date()))!;
  },
});

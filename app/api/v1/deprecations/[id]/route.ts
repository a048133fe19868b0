import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { updateSunset } from "@/lib/deprecations/deprecation-use-cases";
import { findDeprecationDetail } from "@/lib/deprecations/repository";
import { DEPRECATION_ACTION_BODY_BYTES, zDeprecationDetail, zUpdateSunsetInput } from "@/lib/deprecations/schemas";

const zDeprecationPath = z.object({ id: z.string().describe("The deprecation's id.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/deprecations/{id}",
  operationId: "getDeprecation",
  summary: "Read a deprecation, its migrations and the headers its gateway should send",
  tag: "Deprecations",
  access: "catalog.read",
  pathParams: zDeprecationPath,
  response: { status: 200, description: "The deprecation.", schema: zDeprecationDetail },
  version: (detail) => detail.updatedAt,
  handler: async ({ db, params }) => {
    const detail = await findDeprecationDetail(db, params.id, new Date());
    if (!detail) throw new NotFoundError("The deprecation");
    return detail;
  },
});

/** Moves the sunset (the only field that changes after an announcement). */
export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/deprecations/{id}",
  operationId: "updateDeprecationSunset",
  summary: "Move the sunset date",
  description: "A sunset in the past is 422; a shorter notice than the policy's needs an admin's exception. Reminders are rescheduled.",
  tag: "Deprecations",
  access: "deprecation.manage",
  pathParams: zDeprecationPath,
  body: zUpdateSunsetInput,
  byteLimit: DEPRECATION_ACTION_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The deprecation.", schema: zDeprecationDetail },
  version: (detail) => detail.updatedAt,
  handler: async ({ db, actor, params, input, ifMatch }) => {
    await updateSunset(db, { actor, deprecationId: params.id, input, ifMatch });
    return (await findDeprecationDetail(db, params.id, new Date()))!;
  },
});

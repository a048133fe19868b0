import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { findIntegration } from "@/lib/catalog/integrations/detail-repository";
import { INTEGRATION_BODY_BYTES, zIntegrationOutput, zIntegrationUpdateInput } from "@/lib/catalog/integrations/schemas";
import { updateIntegration } from "@/lib/catalog/integrations/update-integration";

const zIdOrKey = z.object({ idOrKey: z.string().describe("The integration's id or its key, e.g. INT-0042.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/integrations/{idOrKey}",
  operationId: "getIntegration",
  summary: "Get an integration",
  tag: "Integrations",
  access: "catalog.read",
  pathParams: zIdOrKey,
  response: { status: 200, description: "The integration, with its ETag.", schema: zIntegrationOutput },
  version: (integration) => integration.updatedAt,
  handler: async ({ db, params }) => {
    const integration = await findIntegration(db, params.idOrKey);
    if (!integration) throw new NotFoundError(`Integration ${params.idOrKey}`);
    return integration;
  },
});

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/integrations/{idOrKey}",
  operationId: "updateIntegration",
  summary: "Change an integration",
  description: "Send only the fields that change. Send If-Match with the ETag you read: 412 when someone changed the record since.",
  tag: "Integrations",
  access: "catalog.update",
  pathParams: zIdOrKey,
  body: zIntegrationUpdateInput,
  byteLimit: INTEGRATION_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The changed integration, with its new ETag.", schema: zIntegrationOutput },
  version: (integration) => integration.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => updateIntegration(db, { actor, idOrKey: params.idOrKey, input, ifMatch }),
});

import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { zIntegrationOutput } from "@/lib/catalog/integrations/schemas";
import { endHealthOverride } from "@/lib/signals/health/end-health-override";
import { overrideHealth } from "@/lib/signals/health/override-health";
import { HEALTH_OVERRIDE_BODY_BYTES, zHealthOverrideInput } from "@/lib/signals/health/schemas";

const zParams = z.object({ idOrKey: z.string().describe("The integration's id or its key, e.g. INT-0042.") });

export const PUT = defineOperation({
  method: "PUT",
  path: "/api/v1/integrations/{idOrKey}/health-override",
  operationId: "overrideIntegrationHealth",
  summary: "Override an integration's derived health",
  description:
    "Shows `health` instead of the health derived from signals until `until` (at most 90 days ahead), with a reason. The derived health is still computed and answered as `derivedHealth`. Replaces any override in force.",
  tag: "Integrations",
  access: "catalog.update",
  pathParams: zParams,
  body: zHealthOverrideInput,
  byteLimit: HEALTH_OVERRIDE_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The integration with its override.", schema: zIntegrationOutput },
  version: (integration) => integration.updatedAt,
  handler: ({ db, actor, params, input }) => overrideHealth(db, { actor, idOrKey: params.idOrKey, input }),
});

export const DELETE = defineOperation({
  method: "DELETE",
  path: "/api/v1/integrations/{idOrKey}/health-override",
  operationId: "endIntegrationHealthOverride",
  summary: "End an integration's health override",
  description: "The derived health is in force again at once. 409 when there is no override.",
  tag: "Integrations",
  access: "catalog.update",
  pathParams: zParams,
  response: { status: 200, description: "The integration without its override.", schema: zIntegrationOutput },
  version: (integration) => integration.updatedAt,
  handler: ({ db, actor, params }) => endHealthOverride(db, { actor, idOrKey: params.idOrKey }),
});

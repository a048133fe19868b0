import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { archiveIntegration } from "@/lib/catalog/integrations/archive-integration";
import { ARCHIVE_BODY_BYTES, zArchiveInput } from "@/lib/catalog/archive-input";
import { zIntegrationOutput } from "@/lib/catalog/integrations/schemas";

/** Archiving replaces DELETE: it needs a reason (and a plan for active consumers), so it takes a body. */
export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/integrations/{idOrKey}/archive",
  operationId: "archiveIntegration",
  summary: "Archive an integration",
  description: "Archiving replaces deletion. 409 naming /consumerPlan while active consumers remain and no plan is given.",
  tag: "Integrations",
  access: "catalog.archive",
  pathParams: z.object({ idOrKey: z.string().describe("The integration's id or its key, e.g. INT-0042.") }),
  body: zArchiveInput,
  byteLimit: ARCHIVE_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The archived integration.", schema: zIntegrationOutput },
  version: (integration) => integration.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => archiveIntegration(db, { actor, idOrKey: params.idOrKey, input, ifMatch }),
});

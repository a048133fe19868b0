import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { ARCHIVE_BODY_BYTES, zArchiveInput } from "@/lib/catalog/archive-input";
import { archiveSystem } from "@/lib/catalog/systems/archive-system";
import { zSystemOutput } from "@/lib/catalog/systems/schemas";

/** Archiving replaces DELETE: it needs a reason (and a plan for what depends on the system), so it takes a body. */
export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/systems/{idOrSlug}/archive",
  operationId: "archiveSystem",
  summary: "Archive a system",
  description: "409 naming /consumerPlan while live integrations or active consumers depend on it and no plan is given.",
  tag: "Systems",
  access: "catalog.archive",
  pathParams: z.object({ idOrSlug: z.string().describe("The system's id or slug.") }),
  body: zArchiveInput,
  byteLimit: ARCHIVE_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The archived system.", schema: zSystemOutput },
  version: (system) => system.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => archiveSystem(db, { actor, idOrSlug: params.idOrSlug, input, ifMatch }),
});

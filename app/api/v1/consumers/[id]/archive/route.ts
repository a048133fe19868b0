import { z } from "zod";
import { defineOperation } from "@/lib/http/define-operation";
import { archiveConsumer } from "@/lib/catalog/consumers/consumer-use-cases";
import { ARCHIVE_BODY_BYTES, zArchiveInput } from "@/lib/catalog/archive-input";
import { zConsumerOutput } from "@/lib/catalog/consumers/schemas";

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/consumers/{id}/archive",
  operationId: "archiveConsumer",
  summary: "Archive a consumer",
  tag: "Consumers",
  access: "catalog.archive",
  pathParams: z.object({ id: z.string().describe("The consumer's id.") }),
  body: zArchiveInput,
  byteLimit: ARCHIVE_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The archived consumer.", schema: zConsumerOutput },
  version: (consumer) => consumer.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => archiveConsumer(db, { actor, consumerId: params.id, input, ifMatch }),
});

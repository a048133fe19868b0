import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { updateConsumer } from "@/lib/catalog/consumers/consumer-use-cases";
import { findConsumer } from "@/lib/catalog/consumers/repository";
import { CONSUMER_BODY_BYTES, zConsumerOutput, zUpdateConsumerInput } from "@/lib/catalog/consumers/schemas";

const zConsumerPath = z.object({ id: z.string().describe("The consumer's id.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/consumers/{id}",
  operationId: "getConsumer",
  summary: "Read a consumer",
  tag: "Consumers",
  access: "catalog.read",
  pathParams: zConsumerPath,
  response: { status: 200, description: "The consumer, with its ETag.", schema: zConsumerOutput },
  version: (consumer) => consumer.updatedAt,
  handler: async ({ db, params }) => {
    const consumer = await findConsumer(db, params.id);
    if (!consumer) throw new NotFoundError("The consumer");
    return consumer;
  },
});

export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/consumers/{id}",
  operationId: "updateConsumer",
  summary: "Edit a consumer",
  description: "Send If-Match with the ETag you read: a consumer changed since answers 412 and nothing is written.",
  tag: "Consumers",
  access: "catalog.update",
  pathParams: zConsumerPath,
  body: zUpdateConsumerInput,
  byteLimit: CONSUMER_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The edited consumer.", schema: zConsumerOutput },
  version: (consumer) => consumer.updatedAt,
  handler: ({ db, actor, params, input, ifMatch }) => updateConsumer(db, { actor, consumerId: params.id, input, ifMatch }),
});

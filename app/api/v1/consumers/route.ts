import { defineOperation } from "@/lib/http/define-operation";
import { LEGACY_ARCHIVED_QUERY } from "@/lib/catalog/archived-filter";
import { createConsumer } from "@/lib/catalog/consumers/consumer-use-cases";
import { findConsumersPage } from "@/lib/catalog/consumers/repository";
import { CONSUMER_BODY_BYTES, zConsumerApiListQuery, zConsumerOutput, zConsumerPageOutput, zCreateConsumerInput } from "@/lib/catalog/consumers/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/consumers",
  operationId: "listConsumers",
  summary: "List consumers",
  description: "`q` searches names, purposes, fields used and the contract; `contract` is a contract's slug. Cursor pagination.",
  tag: "Consumers",
  access: "catalog.read",
  query: zConsumerApiListQuery,
  deprecatedQueryValues: LEGACY_ARCHIVED_QUERY,
  response: { status: 200, description: "A page of consumers.", schema: zConsumerPageOutput },
  handler: ({ db, query }) => findConsumersPage(db, query),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/consumers",
  operationId: "createConsumer",
  summary: "Register a consumer of a contract version",
  tag: "Consumers",
  access: "catalog.create",
  body: zCreateConsumerInput,
  byteLimit: CONSUMER_BODY_BYTES,
  // The use case authorizes against the owning team first.
  validatedAfter: "record",
  response: { status: 201, description: "The consumer, with its ETag.", schema: zConsumerOutput },
  version: (consumer) => consumer.updatedAt,
  location: (consumer) => `/api/v1/consumers/${consumer.id}`,
  handler: ({ db, actor, input }) => createConsumer(db, { actor, input }),
});

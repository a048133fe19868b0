import { z } from "zod";
import type { ApiOperation } from "@/lib/api-docs/operation";
import { zArchiveConsumerInput, zConsumerApiListQuery, zConsumerOutput, zConsumerPageOutput, zCreateConsumerInput, zUpdateConsumerInput } from "@/lib/catalog/consumers/schemas";

const zConsumerPath = z.object({ id: z.string().describe("The consumer's id.") });

/** The consumers part of the REST API, for the OpenAPI document. */
export const CONSUMER_API_OPERATIONS: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/consumers",
    operationId: "listConsumers",
    summary: "List consumers",
    description: "`q` searches names, purposes, fields used and the contract; `contract` is a contract's slug. Cursor pagination.",
    tag: "Consumers",
    permission: "catalog.read",
    query: zConsumerApiListQuery,
    responses: { 200: { description: "A page of consumers.", schema: zConsumerPageOutput } },
  },
  {
    method: "post",
    path: "/api/v1/consumers",
    operationId: "createConsumer",
    summary: "Register a consumer of a contract version",
    tag: "Consumers",
    permission: "catalog.create",
    body: zCreateConsumerInput,
    responses: { 201: { description: "The consumer, with its ETag.", schema: zConsumerOutput } },
    conditional: true,
  },
  {
    method: "get",
    path: "/api/v1/consumers/{id}",
    operationId: "getConsumer",
    summary: "Read a consumer",
    tag: "Consumers",
    permission: "catalog.read",
    pathParams: zConsumerPath,
    responses: { 200: { description: "The consumer, with its ETag.", schema: zConsumerOutput } },
    conditional: true,
  },
  {
    method: "patch",
    path: "/api/v1/consumers/{id}",
    operationId: "updateConsumer",
    summary: "Edit a consumer",
    description: "Send If-Match with the ETag you read: a consumer changed since answers 412 and nothing is written.",
    tag: "Consumers",
    permission: "catalog.update",
    pathParams: zConsumerPath,
    body: zUpdateConsumerInput,
    responses: { 200: { description: "The edited consumer.", schema: zConsumerOutput } },
    conditional: true,
  },
  {
    method: "post",
    path: "/api/v1/consumers/{id}/archive",
    operationId: "archiveConsumer",
    summary: "Archive a consumer",
    tag: "Consumers",
    permission: "catalog.archive",
    pathParams: zConsumerPath,
    body: zArchiveConsumerInput,
    responses: { 200: { description: "The archived consumer.", schema: zConsumerOutput } },
    conditional: true,
  },
];

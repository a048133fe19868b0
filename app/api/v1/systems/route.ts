import { defineOperation } from "@/lib/http/define-operation";
import { LEGACY_ARCHIVED_QUERY } from "@/lib/catalog/archived-filter";
import { createSystem } from "@/lib/catalog/systems/create-system";
import { findSystemsPage } from "@/lib/catalog/systems/repository";
import { SYSTEM_BODY_BYTES, zSystemApiListQuery, zSystemInput, zSystemOutput, zSystemPage } from "@/lib/catalog/systems/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/systems",
  operationId: "listSystems",
  summary: "List systems",
  tag: "Systems",
  access: "catalog.read",
  query: zSystemApiListQuery,
  deprecatedQueryValues: LEGACY_ARCHIVED_QUERY,
  response: { status: 200, description: "One page of systems.", schema: zSystemPage },
  handler: ({ db, query }) => findSystemsPage(db, query),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/systems",
  operationId: "createSystem",
  summary: "Register a system",
  tag: "Systems",
  access: "catalog.create",
  body: zSystemInput,
  byteLimit: SYSTEM_BODY_BYTES,
  response: { status: 201, description: "Registered; Location and ETag are set.", schema: zSystemOutput },
  version: (system) => system.updatedAt,
  location: (system) => `/api/v1/systems/${system.slug}`,
  handler: ({ db, actor, input }) => createSystem(db, { actor, input }),
});

import { defineOperation } from "@/lib/http/define-operation";
import { LEGACY_ARCHIVED_QUERY } from "@/lib/catalog/archived-filter";
import { createIntegration } from "@/lib/catalog/integrations/create-integration";
import { findIntegrationsPage } from "@/lib/catalog/integrations/list-repository";
import { INTEGRATION_BODY_BYTES, zIntegrationApiListQuery, zIntegrationInput, zIntegrationOutput, zIntegrationPage } from "@/lib/catalog/integrations/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/integrations",
  operationId: "listIntegrations",
  summary: "List integrations",
  description:
    "Filters as in the catalog UI (comma-separated values for multi-value filters, e.g. health=failing,degraded); cursor pagination with `limit` and `nextCursor`.",
  tag: "Integrations",
  access: "catalog.read",
  query: zIntegrationApiListQuery,
  deprecatedQueryValues: LEGACY_ARCHIVED_QUERY,
  response: { status: 200, description: "One page of integrations.", schema: zIntegrationPage },
  handler: ({ db, query }) => findIntegrationsPage(db, query),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/integrations",
  operationId: "createIntegration",
  summary: "Register an integration",
  description: "References are by slug (systems, team, capabilities) and e-mail (owners, escalation steps). Owners may register only for their own teams.",
  tag: "Integrations",
  access: "catalog.create",
  body: zIntegrationInput,
  byteLimit: INTEGRATION_BODY_BYTES,
  response: { status: 201, description: "Registered; Location and ETag are set.", schema: zIntegrationOutput },
  version: (integration) => integration.updatedAt,
  location: (integration) => `/api/v1/integrations/${integration.key}`,
  handler: ({ db, actor, input }) => createIntegration(db, { actor, input }),
});

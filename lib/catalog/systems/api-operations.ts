import { z } from "zod";
import type { ApiOperation } from "@/lib/api-docs/operation";
import { zArchiveInput } from "@/lib/catalog/integrations/schemas";
import { zSystemApiListQuery, zSystemInput, zSystemOutput, zSystemPage, zSystemUpdateInput } from "@/lib/catalog/systems/schemas";

const zIdOrSlug = z.object({ idOrSlug: z.string().describe("The system's id or slug.") });

/** What the OpenAPI document says about /api/v1/systems (collected by the API docs generator). */
export const systemOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/systems",
    operationId: "listSystems",
    summary: "List systems",
    tag: "Systems",
    permission: "catalog.read",
    query: zSystemApiListQuery,
    responses: { 200: { description: "One page of systems.", schema: zSystemPage } },
  },
  {
    method: "post",
    path: "/api/v1/systems",
    operationId: "createSystem",
    summary: "Register a system",
    tag: "Systems",
    permission: "catalog.create",
    body: zSystemInput,
    responses: { 201: { description: "Registered; Location and ETag are set.", schema: zSystemOutput } },
    conditional: true,
  },
  {
    method: "get",
    path: "/api/v1/systems/{idOrSlug}",
    operationId: "getSystem",
    summary: "Get a system",
    tag: "Systems",
    permission: "catalog.read",
    pathParams: zIdOrSlug,
    responses: { 200: { description: "The system, with its ETag.", schema: zSystemOutput } },
    conditional: true,
  },
  {
    method: "patch",
    path: "/api/v1/systems/{idOrSlug}",
    operationId: "updateSystem",
    summary: "Change a system",
    description: "Send only the fields that change, with If-Match: 412 when someone changed it since.",
    tag: "Systems",
    permission: "catalog.update",
    pathParams: zIdOrSlug,
    body: zSystemUpdateInput,
    responses: { 200: { description: "The changed system, with its new ETag.", schema: zSystemOutput } },
    conditional: true,
  },
  {
    method: "post",
    path: "/api/v1/systems/{idOrSlug}/archive",
    operationId: "archiveSystem",
    summary: "Archive a system",
    description: "409 naming /consumerPlan while live integrations or active consumers depend on it and no plan is given.",
    tag: "Systems",
    permission: "catalog.archive",
    pathParams: zIdOrSlug,
    body: zArchiveInput,
    responses: { 200: { description: "The archived system.", schema: zSystemOutput } },
    conditional: true,
  },
];

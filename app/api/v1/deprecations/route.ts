import { defineOperation } from "@/lib/http/define-operation";
import { announceDeprecation } from "@/lib/deprecations/deprecation-use-cases";
import { findDeprecationDetail, findDeprecationsPage } from "@/lib/deprecations/repository";
import {
  DEPRECATION_BODY_BYTES,
  zAnnounceDeprecationInput,
  zDeprecationApiListQuery,
  zDeprecationDetail,
  zDeprecationPageOutput,
} from "@/lib/deprecations/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/deprecations",
  operationId: "listDeprecations",
  summary: "List deprecations by sunset date",
  description:
    "`q` searches reasons and the deprecated version's contract or integration; `overdue=true` keeps those past their sunset with consumers not migrated; `mine=true` those you manage or whose consumers you own. Cursor pagination.",
  tag: "Deprecations",
  access: "catalog.read",
  query: zDeprecationApiListQuery,
  response: { status: 200, description: "A page of deprecations with their progress.", schema: zDeprecationPageOutput },
  handler: ({ db, actor, query }) => findDeprecationsPage(db, query, { actor, now: new Date() }),
});

export const POST = defineOperation({
  method: "POST",
  path: "/api/v1/deprecations",
  operationId: "announceDeprecation",
  summary: "Deprecate a contract version or an integration",
  description:
    "Opens a migration item per consumer and notifies their owners. A notice shorter than the criticality's minimum is 422 unless an admin gives `noticeExceptionReason`; a target that already has an open deprecation is 409.",
  tag: "Deprecations",
  access: "deprecation.manage",
  body: zAnnounceDeprecationInput,
  byteLimit: DEPRECATION_BODY_BYTES,
  // The use case validates after authorizing against the target's team.
  validatedAfter: "record",
  response: { status: 201, description: "The deprecation, with its migrations and gateway headers.", schema: zDeprecationDetail },
  version: (detail) => detail.updatedAt,
  location: (detail) => `/api/v1/deprecations/${detail.id}`,
  handler: async ({ db, actor, input }) => {
    const { id } = await announceDeprecation(db, { actor, input });
    return (await findDeprecationDetail(db, id, new Date()))!;
  },
});

import { z } from "zod";
import { NotFoundError } from "@/lib/auth/permissions";
import { defineOperation } from "@/lib/http/define-operation";
import { updateMigrationStatus } from "@/lib/deprecations/migration-use-cases";
import { findMigrationItem, findMigrationItemOutput } from "@/lib/deprecations/repository";
import { DEPRECATION_ACTION_BODY_BYTES, zMigrationItemOutput, zUpdateMigrationInput } from "@/lib/deprecations/schemas";

const zMigrationPath = z.object({ id: z.string().describe("The deprecation's id."), consumerId: z.string().describe("The consumer's id.") });

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/deprecations/{id}/migrations/{consumerId}",
  operationId: "getMigration",
  summary: "Read one consumer's migration",
  tag: "Deprecations",
  access: "catalog.read",
  pathParams: zMigrationPath,
  response: { status: 200, description: "The migration item.", schema: zMigrationItemOutput },
  handler: async ({ db, params }) => {
    const item = await findMigrationItem(db, params.id, params.consumerId);
    if (!item) throw new NotFoundError("The migration");
    return findMigrationItemOutput(db, item.id);
  },
});

/** Acknowledges (`{"status":"acknowledged"}`) or records progress: migrating, migrated, blocked with a reason. */
export const PATCH = defineOperation({
  method: "PATCH",
  path: "/api/v1/deprecations/{id}/migrations/{consumerId}",
  operationId: "updateMigration",
  summary: "Acknowledge, or record a consumer's migration status",
  description:
    "For the consumer's owner, its team, or the deprecation's managers. Nothing returns to `notified`; `migrated` reopens to `migrating` only with `reopenReason`; `blocked` needs `blockedReason`. A refused transition is 409 naming `/status`.",
  tag: "Deprecations",
  // Consumer owners and their teams act here without a catalog permission: the use case decides.
  access: "signed-in",
  pathParams: zMigrationPath,
  body: zUpdateMigrationInput,
  byteLimit: DEPRECATION_ACTION_BODY_BYTES,
  validatedAfter: "record",
  response: { status: 200, description: "The migration item.", schema: zMigrationItemOutput },
  handler: ({ db, actor, params, input }) => updateMigrationStatus(db, { actor, deprecationId: params.id, consumerId: params.consumerId, input }),
});

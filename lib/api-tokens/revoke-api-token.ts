import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { findApiTokenForUpdate, markApiTokenRevoked } from "@/lib/api-tokens/repository";
import type { ApiTokenOutput } from "@/lib/api-tokens/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/** Revokes one of the actor's tokens (admins may revoke anyone's). Someone else's token answers 404: fail closed. */
export async function revokeApiToken(
  db: PrismaClient,
  { actor, tokenId, now = new Date() }: { actor: Actor; tokenId: string; now?: Date },
): Promise<ApiTokenOutput> {
  return runMutation(db, {
    actor,
    permission: "token.manage",
    action: "api_token.revoke",
    schema: z.unknown(),
    input: undefined,
    load: async (tx) => {
      const token = await findApiTokenForUpdate(tx, tokenId);
      return token && (token.userId === actor.id || can(actor, "user.manage")) ? token : null;
    },
    write: async (tx, { resource }) => {
      const token = resource;
      if (token.revokedAt) throw new Conflict("This token is already revoked.");
      const revoked = await markApiTokenRevoked(tx, token.id, now);
      return {
        result: revoked,
        target: { type: "api_token", id: token.id, label: token.name },
        before: { revokedAt: null },
        after: { revokedAt: revoked.revokedAt },
      };
    },
  });
}

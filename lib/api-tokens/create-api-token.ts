import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { insertApiToken } from "@/lib/api-tokens/repository";
import { zCreateApiTokenInput, type CreatedApiTokenOutput } from "@/lib/api-tokens/schemas";
import { displayPrefixOf, expiryFromNow, generateTokenSecret, hashTokenSecret } from "@/lib/api-tokens/token-secret";

/** Creates a personal token for the actor. The secret is in the answer and nowhere else (not even the audit row). */
export async function createApiToken(
  db: PrismaClient,
  { actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date },
): Promise<CreatedApiTokenOutput> {
  return runMutation(db, {
    actor,
    permission: "token.manage",
    action: "api_token.create",
    schema: zCreateApiTokenInput,
    input,
    write: async (tx, { input: { name, scope, expiresInDays } }) => {
      const secret = generateTokenSecret();
      const token = await insertApiToken(tx, {
        userId: actor.id,
        name,
        scope,
        prefix: displayPrefixOf(secret),
        tokenHash: hashTokenSecret(secret),
        expiresAt: expiryFromNow(expiresInDays, now),
      });
      return {
        result: { token, secret },
        target: { type: "api_token", id: token.id, label: `${name} (${actor.email})` },
        after: { name, scope, prefix: token.prefix, expiresAt: token.expiresAt },
      };
    },
  });
}

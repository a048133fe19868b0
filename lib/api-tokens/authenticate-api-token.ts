import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { findActorById } from "@/lib/auth/repository";
import { findApiTokenByHash, recordApiTokenUse } from "@/lib/api-tokens/repository";
import { hashTokenSecret, scopeAllowsMethod, shouldRecordUse, tokenRefusal } from "@/lib/api-tokens/token-secret";
import { Forbidden, Unauthenticated } from "@/lib/errors/domain-errors";

function unauthorized(detail: string): Unauthenticated {
  return new Unauthenticated(detail);
}

/**
 * The actor a personal API token acts as: its owner, reloaded so that a changed role or a disabled account
 * takes effect at once. Throws 401 for an unknown, expired or revoked token (or a disabled owner), and 403 when a
 * read token attempts a write.
 */
export async function authenticateApiToken(db: PrismaClient, { secret, method, now = new Date() }: { secret: string; method: string; now?: Date }): Promise<Actor> {
  const token = await findApiTokenByHash(db, hashTokenSecret(secret));
  if (!token) throw unauthorized("The API token is not valid.");
  const refusal = tokenRefusal(token, now);
  if (refusal) throw unauthorized(`The API token is ${refusal}. Create a new one under Settings › API tokens.`);
  const actor = await findActorById(db, token.userId);
  if (!actor) throw unauthorized("The API token's owner can no longer sign in.");
  if (!scopeAllowsMethod(token.scope, method)) {
    throw new Forbidden("This API token is read-only: create a read-write token to make changes.");
  }
  if (shouldRecordUse(token.lastUsedAt, now)) await recordApiTokenUse(db, token.id, now);
  return actor;
}

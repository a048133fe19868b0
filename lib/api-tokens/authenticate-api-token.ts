import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { findActorById } from "@/lib/auth/repository";
import { findApiTokenByHash, recordApiTokenUse } from "@/lib/api-tokens/repository";
import { hashTokenSecret, scopeAllows, shouldRecordUse, tokenRefusal, urlMayCarry } from "@/lib/api-tokens/token-secret";
import { Forbidden, Unauthenticated } from "@/lib/errors/domain-errors";

function unauthorized(detail: string): Unauthenticated {
  return new Unauthenticated(detail);
}

/**
 * The actor a personal API token acts as: its owner, reloaded so that a changed role or a disabled account
 * takes effect at once. Throws 401 for an unknown, expired or revoked token (or a disabled owner), and 403 when the
 * token's scope does not cover the call (a read token attempting a write, a decisions token anything but decisions, a signals token anything but reporting signals).
 */
export async function authenticateApiToken(
  db: PrismaClient,
  {
    secret,
    method,
    operationId,
    inUrl = false,
    now = new Date(),
  }: {
    secret: string;
    method: string;
    /** The API operation called, for scopes that name operations. */ operationId?: string;
    /** Sent as `?token=`, not as a header. */ inUrl?: boolean;
    now?: Date;
  },
): Promise<Actor> {
  const token = await findApiTokenByHash(db, hashTokenSecret(secret));
  if (!token) throw unauthorized("The API token is not valid.");
  // A URL ends up in proxy logs, browser history and calendar apps: only a token that cannot change anything may
  // travel in one. A read-write token leaked that way is still valid: the owner should revoke it.
  if (inUrl && !urlMayCarry(token.scope)) throw unauthorized("Only a read-only API token may be sent in the URL: create a read-only token for feeds.");
  const refusal = tokenRefusal(token, now);
  if (refusal) throw unauthorized(`The API token is ${refusal}. Create a new one under Settings › API tokens.`);
  const actor = await findActorById(db, token.userId);
  if (!actor) throw unauthorized("The API token's owner can no longer sign in.");
  if (!scopeAllows(token.scope, { method, operationId })) {
    throw new Forbidden(
      token.scope === "decisions"
        ? "This API token may only ask for routing decisions (POST /api/v1/integrations/{key}/decisions)."
        : token.scope === "signals:write"
          ? "This API token may only report signals (POST /api/v1/signals and the OTLP receiver)."
          : token.scope === "metrics:read"
            ? "This API token may only scrape the portal's metrics (GET /metrics)."
            : "This API token is read-only: create a read-write token to make changes.",
    );
  }
  if (shouldRecordUse(token.lastUsedAt, now)) await recordApiTokenUse(db, token.id, now);
  return actor;
}

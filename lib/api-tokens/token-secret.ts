import { createHash, randomBytes } from "node:crypto";
import type { ApiTokenScope } from "@/lib/api-tokens/schemas";

export const TOKEN_PREFIX = "ix_";
const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;
// Writing lastUsedAt on every request would turn each read into a write; a minute is precise enough to audit use.
export const LAST_USED_WRITE_INTERVAL_MS = 60_000;

/** A new secret: `ix_` and 32 random bytes, base64url (256 bits: not guessable, so a plain hash suffices). */
export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function displayPrefixOf(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}

/** The secret of an `Authorization: Bearer ix_...` header, or null when the header carries no API token. */
export function bearerTokenOf(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return match && match[1].startsWith(TOKEN_PREFIX) ? match[1] : null;
}

export type TokenRefusal = "revoked" | "expired";

export function tokenRefusal(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenRefusal | null {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return null;
}

export function shouldRecordUse(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_WRITE_INTERVAL_MS;
}

/** One call as a token scope judges it: the HTTP method (GET for a POST that changes nothing) and the operation. */
export interface TokenCall {
  method: string;
  operationId?: string;
}

/** The operations a `decisions` token may call: a gateway holding one can ask for routing decisions, not even read. */
const DECISIONS_SCOPE_OPERATIONS: readonly string[] = ["decideIntegrationPayloads"];

/** The operations a `signals:write` token may call: a collector holding one can report signals, not even read. */
const SIGNALS_SCOPE_OPERATIONS: readonly string[] = ["ingestSignals", "ingestOtlpMetrics"];

/** The operations a `metrics:read` token may call: a Prometheus server holding one can scrape, nothing else. */
const METRICS_SCOPE_OPERATIONS: readonly string[] = ["readPortalMetrics"];

/**
 * The one table of what each token scope may call. A token also acts only within its owner's permissions, so a
 * scope narrows what the owner may do, never widens it.
 */
const TOKEN_SCOPE_TABLE: Record<ApiTokenScope, (call: TokenCall) => boolean> = {
  // Read tokens may only look: GET, HEAD (and OPTIONS, which changes nothing).
  read: ({ method }) => ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase()),
  read_write: () => true,
  decisions: ({ operationId }) => operationId !== undefined && DECISIONS_SCOPE_OPERATIONS.includes(operationId),
  "signals:write": ({ operationId }) => operationId !== undefined && SIGNALS_SCOPE_OPERATIONS.includes(operationId),
  "metrics:read": ({ operationId }) => operationId !== undefined && METRICS_SCOPE_OPERATIONS.includes(operationId),
};

/** Whether a token of this scope may make this call; an unknown scope may make none. */
export function scopeAllows(scope: string, call: TokenCall): boolean {
  return Object.hasOwn(TOKEN_SCOPE_TABLE, scope) ? TOKEN_SCOPE_TABLE[scope as ApiTokenScope](call) : false;
}

/** Only read tokens may travel in a URL (`?token=` of a calendar feed). */
export function urlMayCarry(scope: string): boolean {
  return scope === "read";
}

export function expiryFromNow(days: number | undefined, now: Date): Date | null {
  return days === undefined ? null : new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

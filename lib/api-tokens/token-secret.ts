import { createHash, randomBytes } from "node:crypto";

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

/** Read tokens may only look: GET, HEAD (and OPTIONS, which changes nothing). A signals token may only report signals. */
export function scopeAllowsMethod(scope: string, method: string, { signalIngest = false }: { signalIngest?: boolean } = {}): boolean {
  if (scope === "signals:write") return signalIngest;
  if (scope === "read_write") return true;
  return ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase());
}

/** Only read tokens may travel in a URL (`?token=` of a calendar feed). */
export function urlMayCarry(scope: string): boolean {
  return scope === "read";
}

export function expiryFromNow(days: number | undefined, now: Date): Date | null {
  return days === undefined ? null : new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

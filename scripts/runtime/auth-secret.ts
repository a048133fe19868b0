import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Sessions are signed with NEXTAUTH_SECRET. A fresh clone must run without configuration, so when the
 * variable is unset a random secret is generated once and kept beside the data (sessions survive restarts).
 * Production deployments set the variable themselves.
 */
export function ensureAuthSecret(env: Readonly<Record<string, string | undefined>>, secretFile = path.resolve(".data", "auth-secret")): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (existsSync(secretFile)) return readFileSync(secretFile, "utf8").trim();
  mkdirSync(path.dirname(secretFile), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(secretFile, secret, { mode: 0o600 });
  return secret;
}

import type { Role } from "@/lib/generated/prisma/enums";
import type { ClaimMappings } from "@/lib/single-sign-on/schemas";

/** What the provider said about the person, from the verified ID token. */
export interface IdentityClaims {
  issuer: string;
  subject: string;
  email: string | null;
  /** Only `true` counts: a missing or false `email_verified` is an unverified address. */
  emailVerified: boolean;
  name: string | null;
  raw: Readonly<Record<string, unknown>>;
}

interface AccountFacts {
  id: string;
  disabled: boolean;
}

export type SignOnDecision =
  | { kind: "known"; userId: string }
  | { kind: "link-verified-email"; userId: string }
  | { kind: "link-signed-in"; userId: string }
  | { kind: "create"; email: string }
  | { kind: "refuse"; reason: "disabled" | "email-in-use" | "no-email" | "identity-of-someone-else" };

/**
 * Which account an OpenID identity signs in to (issue #12: never by an unverified e-mail):
 * 1. an identity already linked (issuer + subject) decides, whatever the e-mail says now;
 * 2. someone signed in who starts single sign-on links it to their own account (settings page);
 * 3. an e-mail that matches an existing account links to it only when the provider verified the address AND
 *    the operator allowed it (`OIDC_LINK_VERIFIED_EMAIL=true`); otherwise the sign-in is refused, so the owner
 *    links it after signing in with their password, or an admin does;
 * 4. otherwise a new account is created.
 */
export function decideSignOn(input: {
  claims: IdentityClaims;
  linkedAccount: AccountFacts | null;
  signedInAccountId: string | null;
  accountWithEmail: AccountFacts | null;
  linkVerifiedEmail: boolean;
}): SignOnDecision {
  const { claims, linkedAccount, signedInAccountId, accountWithEmail } = input;
  if (linkedAccount) {
    if (signedInAccountId && signedInAccountId !== linkedAccount.id) return { kind: "refuse", reason: "identity-of-someone-else" };
    return linkedAccount.disabled ? { kind: "refuse", reason: "disabled" } : { kind: "known", userId: linkedAccount.id };
  }
  if (signedInAccountId) return { kind: "link-signed-in", userId: signedInAccountId };
  if (!claims.email) return { kind: "refuse", reason: "no-email" };
  if (accountWithEmail) {
    if (!claims.emailVerified || !input.linkVerifiedEmail) return { kind: "refuse", reason: "email-in-use" };
    return accountWithEmail.disabled ? { kind: "refuse", reason: "disabled" } : { kind: "link-verified-email", userId: accountWithEmail.id };
  }
  return { kind: "create", email: claims.email };
}

/** A claim's values: a string, or an array of strings (groups); anything else counts as none. */
export function claimValues(raw: Readonly<Record<string, unknown>>, claim: string): string[] {
  const value = raw[claim];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** The role the claims give, or null when roles are not mapped from claims. First matching map entry wins. */
export function roleFromClaims(raw: Readonly<Record<string, unknown>>, mappings: ClaimMappings): Role | null {
  if (!mappings.role) return null;
  const values = new Set(claimValues(raw, mappings.role.claim));
  return mappings.role.map.find((entry) => values.has(entry.claimValue))?.target ?? mappings.role.defaultRole;
}

/**
 * The team memberships the claims give: `member` lists the mapped teams the person belongs to, `managed` every
 * team the map mentions. Memberships of teams outside the map are the portal's business and left alone.
 */
export function teamsFromClaims(raw: Readonly<Record<string, unknown>>, mappings: ClaimMappings): { member: string[]; managed: string[] } | null {
  if (!mappings.team) return null;
  const values = new Set(claimValues(raw, mappings.team.claim));
  const managed = [...new Set(mappings.team.map.map((entry) => entry.target))];
  const member = [...new Set(mappings.team.map.filter((entry) => values.has(entry.claimValue)).map((entry) => entry.target))];
  return { member, managed };
}

type SignOnRefusal = Extract<SignOnDecision, { kind: "refuse" }>["reason"];

/** The message for a refusal named in a redirect's `error` parameter; null for anything else (next-auth's own codes). */
export function signOnRefusalMessage(code: string): string | null {
  return Object.hasOwn(SIGN_ON_REFUSALS, code) ? SIGN_ON_REFUSALS[code as SignOnRefusal] : null;
}

const SIGN_ON_REFUSALS: Record<Extract<SignOnDecision, { kind: "refuse" }>["reason"], string> = {
  disabled: "This account is disabled.",
  "email-in-use":
    "An account with this e-mail address already exists. Sign in with its password and link single sign-on under Settings → Sign-in, or ask an admin to link it.",
  "no-email": "The identity provider did not send an e-mail address.",
  "identity-of-someone-else": "This single sign-on identity is already linked to another account.",
};

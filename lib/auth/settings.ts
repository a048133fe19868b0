import { z } from "zod";
import { readClaimMappings, type ClaimMappings } from "@/lib/single-sign-on/schemas";

const zAuthEnvironment = z.object({
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters.").optional(),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  OIDC_ISSUER: z.string().url("OIDC_ISSUER must be a URL.").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_DISPLAY_NAME: z.string().min(1).default("Single sign-on"),
});

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  displayName: string;
  /** Role and team claims, and whether a verified e-mail may link to an existing account. */
  mappings: ClaimMappings;
}

export interface AuthSettings {
  secret: string | undefined;
  sessionMaxAgeSeconds: number;
  oidc: OidcSettings | null;
}

export function readAuthSettings(env: Readonly<Record<string, string | undefined>>): AuthSettings {
  const parsed = zAuthEnvironment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid authentication settings: ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  const oidcVariables = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcVariables.some(Boolean) && !oidcVariables.every(Boolean)) {
    throw new Error("Single sign-on needs all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.");
  }
  return {
    secret: e.NEXTAUTH_SECRET,
    sessionMaxAgeSeconds: Math.round(e.SESSION_MAX_AGE_HOURS * 3600),
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            displayName: e.OIDC_DISPLAY_NAME,
            mappings: readClaimMappings(env),
          }
        : null,
  };
}

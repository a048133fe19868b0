import { startIdentityProvider } from "./identity-provider";

/** Starts the OpenID provider the single sign-on tests sign in with; playwright.config.ts chose its port. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const issuer = process.env.E2E_OIDC_ISSUER;
  const baseURL = process.env.E2E_BASE_URL;
  if (!issuer || !baseURL) throw new Error("playwright.config.ts sets E2E_OIDC_ISSUER and E2E_BASE_URL.");
  return startIdentityProvider({ issuer, redirectUri: `${baseURL}/api/auth/callback/oidc` });
}

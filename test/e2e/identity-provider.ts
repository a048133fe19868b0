import type { Server } from "node:http";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, for the single sign-on tests. Its
 * development login form accepts any password; the login picks one of these people.
 */
export const OIDC_CLIENT = { id: "interchange-e2e", secret: "e2e-client-secret-not-for-production" } as const;

/**
 * A new person's e-mail differs on each run (the provider's port does): a database kept from an earlier run holds the
 * previous run's account, whose identity belongs to that run's issuer.
 */
export function newPersonEmail(issuer: string): string {
  return `nia.${new URL(issuer).port}@sso.example`;
}

const identities = (issuer: string): Record<string, { email: string; email_verified: boolean; name: string; groups: string[] }> => ({
  // A new person whose groups make them a reviewer (OIDC_ROLE_MAP in playwright.config.ts).
  "nia-architect": { email: newPersonEmail(issuer), email_verified: true, name: "Nia Architect", groups: ["architects"] },
  // Claims the demo admin's e-mail without the provider having verified it: must not get in as the admin.
  mallory: { email: "admin@interchange.demo", email_verified: false, name: "Mallory", groups: ["portal-admins"] },
  // The demo owner's identity at work: another e-mail, no mapped group. Linked from Settings → Sign-in.
  "owen-at-work": { email: "owen.marsh@corp.example", email_verified: true, name: "Owen Marsh", groups: [] },
});

export async function startIdentityProvider({ issuer, redirectUri }: { issuer: string; redirectUri: string }): Promise<() => Promise<void>> {
  const people = identities(issuer);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    cookies: { keys: ["e2e-identity-provider-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    // Groups and e-mail travel in the ID token, which is what the portal reads.
    conformIdTokenClaims: false,
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      const identity = people[id];
      if (!identity) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...identity }) };
    },
    // Consent is granted at once: the tests are about the portal, not the provider's consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const { port, hostname } = new URL(issuer);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = provider.listen(Number(port), hostname, () => resolve(listening));
    listening.once("error", reject);
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

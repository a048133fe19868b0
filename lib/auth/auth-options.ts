import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getDb } from "@/lib/db";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/permissions";
import { endSessions, findSessionActor, findSessionVersion } from "@/lib/auth/repository";
import type { IdentityClaims } from "@/lib/single-sign-on/identity-rules";
import { findIdentityAccount } from "@/lib/single-sign-on/repository";
import { signInWithIdentity } from "@/lib/single-sign-on/sign-in-with-identity";
import { clientAddress } from "@/lib/http/client-address";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { readAuthSettings, type OidcSettings } from "@/lib/auth/settings";

interface OidcProfile extends Record<string, unknown> {
  iss?: string;
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
}

/** The claims of the verified ID token, as the single sign-on rules read them. */
function identityClaims(profile: OidcProfile, settings: OidcSettings): IdentityClaims {
  return {
    // openid-client has checked that the token's `iss` is the discovered issuer; the configured one is the fallback.
    issuer: typeof profile.iss === "string" ? profile.iss : settings.issuer,
    subject: String(profile.sub),
    email: typeof profile.email === "string" ? profile.email : null,
    emailVerified: profile.email_verified === true,
    name: typeof profile.name === "string" ? profile.name : typeof profile.preferred_username === "string" ? profile.preferred_username : null,
    raw: profile,
  };
}

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Who was signed in when single sign-on came back: someone who starts it from Settings → Sign-in links the identity
 * to their own account. A revoked or invalid cookie counts as nobody.
 */
async function signedInActor(secret: string | undefined): Promise<Actor | null> {
  if (!secret) return null;
  const jar = await cookies();
  const value = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!value) return null;
  const token = await decode({ token: value, secret }).catch(() => null);
  if (!token?.sub) return null;
  return findSessionActor(await getDb(), { id: token.sub, sessionVersion: token.sv ?? 0 });
}

function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> {
  return {
    id: "oidc",
    name: settings.displayName,
    type: "oauth",
    wellKnown: `${settings.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({
      id: profile.sub,
      email: profile.email ?? null,
      name: profile.name ?? profile.preferred_username ?? profile.email ?? profile.sub,
    }),
  };
}

export function buildAuthOptions(env: Readonly<Record<string, string | undefined>> = process.env): NextAuthOptions {
  const settings = readAuthSettings(env);
  return {
    secret: settings.secret,
    session: { strategy: "jwt", maxAge: settings.sessionMaxAgeSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      // An expired or forged cookie is routine (the visitor is sent to sign in): one line, not a stack trace.
      error(code, metadata) {
        const detail = metadata instanceof Error ? metadata.message : (metadata as { message?: string } | undefined)?.message;
        if (code === "JWT_SESSION_ERROR") console.warn(`[auth] Ignored an invalid or expired session cookie (${detail ?? "undecryptable"}).`);
        else console.error(`[auth] ${code}: ${detail ?? "see next-auth documentation"}`);
      },
      warn(code) {
        console.warn(`[auth] ${code}`);
      },
      debug() {},
    },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const address = clientAddress(new Headers(request?.headers as Record<string, string> | undefined));
          const result = await signInWithPassword(await getDb(), credentials, { address: address === "unknown" ? null : address });
          if (result.ok) return { id: result.userId };
          if (result.reason === "throttled") {
            throw new Error(`Too many failed attempts. Try again in ${result.retryAfterSeconds} seconds.`);
          }
          return null;
        },
      }),
      ...(settings.oidc ? [oidcProvider(settings.oidc)] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc" || !settings.oidc) return true;
        const signedIn = await signedInActor(settings.secret);
        const result = await signInWithIdentity(await getDb(), {
          claims: identityClaims(profile as OidcProfile, settings.oidc),
          signedIn,
          mappings: settings.oidc.mappings,
        });
        if (result.ok) return true;
        // A refusal goes back to where single sign-on started, saying why (SIGN_ON_REFUSALS names the reasons).
        return `${signedIn ? "/settings/sign-in" : "/sign-in"}?error=${result.reason}`;
      },
      async jwt({ token, user, account, profile }) {
        if (user && account?.provider === "oidc" && settings.oidc) {
          // signIn above has created or linked the identity: the account is the one it belongs to.
          const claims = identityClaims(profile as OidcProfile, settings.oidc);
          const identity = await findIdentityAccount(await getDb(), claims.issuer, claims.subject);
          if (!identity) throw new Error("Single sign-on identity was not recorded.");
          token.sub = identity.user.id;
        } else if (user) {
          token.sub = user.id;
        }
        // At sign-in the cookie takes the user's current session version; raising it later revokes the cookie.
        if (user && token.sub) token.sv = (await findSessionVersion(await getDb(), token.sub)) ?? 0;
        // Only the id and version travel: next-auth's defaults would copy the provider's name and e-mail too.
        return user ? { sub: token.sub, sv: token.sv } : token;
      },
      async session({ session, token }) {
        // Only the id and session version travel in the session: role and teams are read from the database on each
        // request, so a role change, a disabled account or a sign-out takes effect at once.
        return { expires: session.expires, user: { id: token.sub, sessionVersion: token.sv ?? 0 } };
      },
    },
    events: {
      // Signing out ends the session on the server too: a copy of the cookie kept elsewhere stops working.
      async signOut({ token }) {
        if (token?.sub) await endSessions(await getDb(), token.sub);
      },
    },
  };
}

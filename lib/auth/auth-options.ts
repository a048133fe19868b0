import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getDb } from "@/lib/db";
import { endSessions, findOrCreateSingleSignOnUser, findSessionVersion, findSignInAccount } from "@/lib/auth/repository";
import { clientAddress } from "@/lib/http/client-address";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { readAuthSettings, type OidcSettings } from "@/lib/auth/settings";

interface OidcProfile {
  sub: string;
  email?: string;
  name?: string;
  preferred_username?: string;
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
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        // Single sign-on users get an account on first visit, as viewers; an admin grants more.
        if (!user.email) return false;
        const record = await findOrCreateSingleSignOnUser(await getDb(), {
          email: user.email.toLowerCase(),
          name: user.name ?? user.email,
        });
        return record.disabledAt === null;
      },
      async jwt({ token, user, account }) {
        if (user && account?.provider === "oidc" && user.email) {
          const record = await findSignInAccount(await getDb(), user.email.toLowerCase());
          if (record) token.sub = record.id;
        } else if (user) {
          token.sub = user.id;
        }
        // At sign-in the cookie takes the user's current session version; raising it later revokes the cookie.
        if (user && token.sub) token.sv = (await findSessionVersion(await getDb(), token.sub)) ?? 0;
        return token;
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

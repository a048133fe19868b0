import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { decideSignOn, roleFromClaims, teamsFromClaims, type IdentityClaims, type SignOnDecision } from "@/lib/single-sign-on/identity-rules";
import type { ClaimMappings } from "@/lib/single-sign-on/schemas";
import {
  createAccount,
  createIdentity,
  findAccountByEmail,
  findAccountById,
  findIdentityAccount,
  findManagedMemberships,
  recordAccountSignIn,
  setManagedMemberships,
  setRoleFromClaims,
  touchIdentity,
} from "@/lib/single-sign-on/repository";

export type SignOnResult = { ok: true; userId: string } | { ok: false; reason: Extract<SignOnDecision, { kind: "refuse" }>["reason"] };

type Account = NonNullable<Awaited<ReturnType<typeof findAccountById>>>;

const asActor = (account: Account): Actor => ({ id: account.id, email: account.email, name: account.name, role: account.role, teamIds: [] });

/**
 * Signs a person in with an OpenID identity, in one transaction: finds (or creates, or links) the account by the
 * rules of `decideSignOn`, applies the role and team claims, and audits account creation, linking and every change
 * the claims make. `signedIn` is the actor whose session was active when single sign-on started: they are linking
 * the identity to their own account from Settings → Sign-in.
 */
export async function signInWithIdentity(
  db: PrismaClient,
  { claims, signedIn, mappings, now = new Date() }: { claims: IdentityClaims; signedIn: Actor | null; mappings: ClaimMappings; now?: Date },
): Promise<SignOnResult> {
  return db.$transaction(async (tx) => {
    const linked = await findIdentityAccount(tx, claims.issuer, claims.subject);
    const email = claims.email?.trim().toLowerCase() || null;
    const accountWithEmail = !linked && !signedIn && email ? await findAccountByEmail(tx, email) : null;
    const decision = decideSignOn({
      claims: { ...claims, email },
      linkedAccount: linked ? { id: linked.user.id, disabled: linked.user.disabledAt !== null } : null,
      signedInAccountId: signedIn?.id ?? null,
      accountWithEmail: accountWithEmail ? { id: accountWithEmail.id, disabled: accountWithEmail.disabledAt !== null } : null,
      linkVerifiedEmail: mappings.linkVerifiedEmail,
    });
    if (decision.kind === "refuse") return { ok: false, reason: decision.reason };

    const identityAudit = { issuer: claims.issuer, subject: claims.subject };
    let account: Account;
    if (decision.kind === "create") {
      account = await createAccount(tx, {
        email: decision.email,
        name: claims.name?.trim() || decision.email,
        role: roleFromClaims(claims.raw, mappings) ?? "viewer",
      });
      await createIdentity(tx, { userId: account.id, ...identityAudit, lastSignInAt: now });
      await recordAuditEvent(tx, {
        actor: asActor(account),
        action: "user.sso.create",
        target: { type: "user", id: account.id, label: account.email },
        after: { ...identityAudit, email: account.email, role: account.role },
      });
    } else {
      account = (await findAccountById(tx, decision.userId))!;
      if (decision.kind === "known") {
        await touchIdentity(tx, linked!.id, now);
      } else {
        if (decision.kind === "link-signed-in") authorize(signedIn!, "sso.link.own");
        await createIdentity(tx, { userId: account.id, ...identityAudit, lastSignInAt: now });
        await recordAuditEvent(tx, {
          actor: decision.kind === "link-signed-in" ? signedIn : asActor(account),
          action: "user.sso.link",
          target: { type: "user", id: account.id, label: account.email },
          after: { ...identityAudit, via: decision.kind === "link-signed-in" ? "signed-in owner" : "verified e-mail" },
        });
      }
    }

    await applyClaims(tx, account, claims, mappings);
    await recordAccountSignIn(tx, account.id, now);
    return { ok: true, userId: account.id };
  });
}

/** Role and team claims apply at every sign-in, so a change at the provider reaches the portal at the next one. */
async function applyClaims(tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0], account: Account, claims: IdentityClaims, mappings: ClaimMappings) {
  const role = roleFromClaims(claims.raw, mappings);
  const teams = teamsFromClaims(claims.raw, mappings);
  const before: { role?: string; teams?: string[] } = {};
  const after: { role?: string; teams?: string[] } = {};
  if (role && role !== account.role) {
    await setRoleFromClaims(tx, account.id, role);
    before.role = account.role;
    after.role = role;
  }
  if (teams) {
    const current = await findManagedMemberships(tx, account.id, teams.managed);
    const wanted = [...teams.member].sort();
    if (current.join(",") !== wanted.join(",")) {
      await setManagedMemberships(tx, account.id, teams.managed, wanted);
      before.teams = current;
      after.teams = await findManagedMemberships(tx, account.id, teams.managed);
    }
  }
  if (Object.keys(after).length === 0) return;
  await recordAuditEvent(tx, {
    actor: asActor(account),
    action: "user.sso.claims",
    target: { type: "user", id: account.id, label: account.email },
    before,
    after,
  });
}

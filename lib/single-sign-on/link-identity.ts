import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { Conflict } from "@/lib/errors/domain-errors";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { createIdentity, findAccountById, findIdentityAccount } from "@/lib/single-sign-on/repository";
import { zLinkIdentityInput } from "@/lib/single-sign-on/schemas";

/**
 * An admin links an identity (issuer + subject, as the provider's admin console shows them) to an existing account.
 * Owners link their own account by signing in at the provider from Settings → Sign-in instead: typing a subject
 * proves nothing about who holds it.
 */
export async function linkIdentity(db: PrismaClient, { actor, userId, input }: { actor: Actor; userId: string; input: unknown }) {
  return runMutation(db, {
    actor,
    permission: "sso.link.others",
    action: "user.sso.link",
    schema: zLinkIdentityInput,
    input,
    load: (tx) => findAccountById(tx, userId),
    write: async (tx, { input: { issuer, subject }, resource }) => {
      const user = resource;
      const taken = await findIdentityAccount(tx, issuer, subject);
      if (taken) {
        throw new Conflict("This identity is already linked to an account.", {
          issues: [{ pointer: "/subject", detail: `Already linked to ${taken.user.email}.` }],
        });
      }
      const identity = await createIdentity(tx, { userId: user.id, issuer, subject, lastSignInAt: null });
      return {
        result: identity,
        target: { type: "user", id: user.id, label: user.email },
        after: { issuer, subject, via: "admin" },
      };
    },
  });
}

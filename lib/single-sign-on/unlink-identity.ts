import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { endSessions } from "@/lib/auth/repository";
import { Conflict } from "@/lib/errors/domain-errors";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { deleteIdentity, findIdentityForUpdate } from "@/lib/single-sign-on/repository";

/**
 * Removes a single sign-on identity from an account (its owner, or an admin) and ends the account's sessions, so a
 * session opened with that identity does not outlive the link. Owners cannot remove their last way to sign in.
 */
export async function unlinkIdentity(db: PrismaClient, { actor, identityId }: { actor: Actor; identityId: string }) {
  return runMutation(db, {
    actor,
    // The identity's owner is known only once it is loaded; `load` hides other people's identities from
    // anyone who may not manage them (404), and this permission is what is left to check.
    permission: can(actor, "sso.link.others") ? "sso.link.others" : "sso.link.own",
    action: "user.sso.unlink",
    schema: z.strictObject({}),
    input: {},
    load: async (tx) => {
      const identity = await findIdentityForUpdate(tx, identityId);
      if (!identity || (identity.user.id !== actor.id && !can(actor, "sso.link.others"))) return null;
      return identity;
    },
    write: async (tx, { resource }) => {
      const identity = resource;
      const lastWayIn = identity.user.passwordHash === null && identity.user._count.singleSignOnIdentities <= 1;
      if (lastWayIn && identity.user.id === actor.id) {
        throw new Conflict("This is your only way to sign in: it cannot be removed.");
      }
      await deleteIdentity(tx, identity.id);
      await endSessions(tx, identity.user.id);
      return {
        result: { userId: identity.user.id },
        target: { type: "user", id: identity.user.id, label: identity.user.email },
        before: { issuer: identity.issuer, subject: identity.subject },
      };
    },
  });
}

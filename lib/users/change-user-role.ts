import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { countAdmins, findUserForUpdate, updateUserRole } from "@/lib/users/repository";
import { zChangeUserRoleInput, type UserOutput } from "@/lib/users/schemas";
import { Conflict } from "@/lib/errors/domain-errors";

/** An admin changes someone's role. The last admin cannot be demoted: the portal would lose its keys. */
export async function changeUserRole(db: PrismaClient, { actor, userId, input }: { actor: Actor; userId: string; input: unknown }): Promise<UserOutput> {
  return runMutation(db, {
    actor,
    permission: "user.manage",
    action: "user.role.change",
    schema: zChangeUserRoleInput,
    input,
    load: (tx) => findUserForUpdate(tx, userId),
    write: async (tx, { input: { role }, resource }) => {
      const user = resource;
      if (user.role === "admin" && role !== "admin" && (await countAdmins(tx)) <= 1) {
        throw new Conflict("This is the last admin: make someone else an admin first.", {
          issues: [{ pointer: "/role", detail: "The last admin must stay an admin." }],
        });
      }
      const updated = await updateUserRole(tx, user.id, role);
      return {
        result: updated,
        target: { type: "user", id: user.id, label: user.email },
        before: { role: user.role },
        after: { role: updated.role },
      };
    },
  });
}

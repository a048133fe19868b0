"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { changeUserRole } from "@/lib/users/change-user-role";
import { zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

export const changeUserRoleAction = defineAction(z.object({ userId: zRecordRef, role: zUseCaseInput }), async ({ userId, role }, { actor, db }) => {
  const user = await changeUserRole(db, { actor, userId, input: { role } });
  revalidatePath("/admin");
  return { message: `${user.name} is now ${user.role}.` };
});

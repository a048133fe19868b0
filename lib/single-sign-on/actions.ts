"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { linkIdentity } from "@/lib/single-sign-on/link-identity";
import { unlinkIdentity } from "@/lib/single-sign-on/unlink-identity";
import { zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

export const linkIdentityAction = defineAction(z.object({ userId: zRecordRef, values: zUseCaseInput }), async ({ userId, values }, { actor, db }) => {
  await linkIdentity(db, { actor, userId, input: values });
  revalidatePath(`/admin/users/${userId}`);
  return { message: "Single sign-on identity linked." };
});

export const unlinkIdentityAction = defineAction(z.object({ identityId: zRecordRef }), async ({ identityId }, { actor, db }) => {
  const { userId } = await unlinkIdentity(db, { actor, identityId });
  revalidatePath("/settings/sign-in");
  revalidatePath(`/admin/users/${userId}`);
  return { message: "Single sign-on identity removed. Its sessions have ended." };
});

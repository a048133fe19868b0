"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

/** The secret is answered once, to the person who created it, and is never stored or shown again. */
export const createApiTokenAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const { secret, token } = await createApiToken(db, { actor, input: values });
  revalidatePath("/settings/tokens");
  return { message: `Token “${token.name}” created. Copy it now: it will not be shown again.`, value: { secret, name: token.name } };
});

export const revokeApiTokenAction = defineAction(z.object({ tokenId: zRecordRef }), async ({ tokenId }, { actor, db }) => {
  const token = await revokeApiToken(db, { actor, tokenId });
  revalidatePath("/settings/tokens");
  return { message: `“${token.name}” is revoked: it no longer works.` };
});

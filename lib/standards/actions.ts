"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { changeRuleset } from "@/lib/standards/change-ruleset";
import { zEtag, zUseCaseInput } from "@/lib/validation/primitives";

/** `version` is the ETag of the ruleset the page showed: a change saved meanwhile by another admin is not overwritten. */
export const changeRulesetAction = defineAction(z.object({ version: zEtag, values: zUseCaseInput }), async ({ version, values }, { actor, db }) => {
  const ruleset = await changeRuleset(db, { actor, input: values, ifMatch: [version] });
  revalidatePath("/standards", "layout");
  return { message: `Saved as ruleset version ${ruleset.version}. Findings are being linted again.` };
});

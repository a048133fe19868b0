"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";
import { endHealthOverride } from "./end-health-override";
import { overrideHealth } from "./override-health";

/** Health shows on the integration page, the catalog list, the dashboard and the graph. */
function revalidateHealth() {
  revalidatePath("/", "layout");
}

export const overrideHealthAction = defineAction(
  z.object({ integration: zRecordRef, values: zUseCaseInput }),
  async ({ integration, values }, { actor, db }) => {
    await overrideHealth(db, { actor, idOrKey: integration, input: values });
    revalidateHealth();
    return { message: "Override set: it ends by itself at the date given." };
  },
);

export const endHealthOverrideAction = defineAction(z.object({ integration: zRecordRef }), async ({ integration }, { actor, db }) => {
  await endHealthOverride(db, { actor, idOrKey: integration });
  revalidateHealth();
  return { message: "Override ended: the health derived from signals is in force again." };
});

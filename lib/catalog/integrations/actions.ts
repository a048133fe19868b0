"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { archiveIntegration } from "@/lib/catalog/integrations/archive-integration";
import { createIntegration } from "@/lib/catalog/integrations/create-integration";
import { updateIntegration } from "@/lib/catalog/integrations/update-integration";
import { zEtag, zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

export const createIntegrationAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const created = await createIntegration(db, { actor, input: values });
  revalidatePath("/catalog");
  return { message: `${created.key} ${created.name} is registered.`, value: { href: `/catalog/integrations/${created.key}` } };
});

/** `version` is the ETag the form was loaded with: a change made meanwhile by someone else is not overwritten. */
export const updateIntegrationAction = defineAction(
  z.object({ key: zRecordRef, version: zEtag, values: zUseCaseInput }),
  async ({ key, version, values }, { actor, db }) => {
    const updated = await updateIntegration(db, { actor, idOrKey: key, input: values, ifMatch: [version] });
    revalidatePath("/catalog");
    revalidatePath(`/catalog/integrations/${updated.key}`);
    return { message: `${updated.key} is saved.`, value: { href: `/catalog/integrations/${updated.key}` } };
  },
);

export const archiveIntegrationAction = defineAction(z.object({ target: zRecordRef, values: zUseCaseInput }), async ({ target, values }, { actor, db }) => {
  const archived = await archiveIntegration(db, { actor, idOrKey: target, input: values });
  revalidatePath("/catalog");
  revalidatePath(`/catalog/integrations/${archived.key}`);
  return { message: `${archived.key} is archived.`, value: { href: `/catalog/integrations/${archived.key}` } };
});

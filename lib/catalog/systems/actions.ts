"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { archiveSystem } from "@/lib/catalog/systems/archive-system";
import { createSystem } from "@/lib/catalog/systems/create-system";
import { updateSystem } from "@/lib/catalog/systems/update-system";
import { zEtag, zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

export const createSystemAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const created = await createSystem(db, { actor, input: values });
  revalidatePath("/catalog/systems");
  return { message: `${created.name} is registered.`, value: { href: `/catalog/systems/${created.slug}` } };
});

/** `version` is the ETag the form was loaded with: a change made meanwhile by someone else is not overwritten. */
export const updateSystemAction = defineAction(
  z.object({ slug: zRecordRef, version: zEtag, values: zUseCaseInput }),
  async ({ slug, version, values }, { actor, db }) => {
    const updated = await updateSystem(db, { actor, idOrSlug: slug, input: values, ifMatch: [version] });
    revalidatePath("/catalog/systems");
    return { message: `${updated.name} is saved.`, value: { href: `/catalog/systems/${updated.slug}` } };
  },
);

export const archiveSystemAction = defineAction(z.object({ target: zRecordRef, values: zUseCaseInput }), async ({ target, values }, { actor, db }) => {
  const archived = await archiveSystem(db, { actor, idOrSlug: target, input: values });
  revalidatePath("/catalog/systems");
  return { message: `${archived.name} is archived.`, value: { href: `/catalog/systems/${archived.slug}` } };
});

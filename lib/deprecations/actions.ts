"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { announceDeprecation, cancelDeprecation, retireDeprecated, updateNoticePolicy, updateSunset } from "@/lib/deprecations/deprecation-use-cases";
import { updateMigrationStatus } from "@/lib/deprecations/migration-use-cases";
import { zEtag, zRecordRef, zUseCaseInput } from "@/lib/validation/primitives";

/** Lifecycles show on the catalog and the graph too: refresh every page that renders them. */
function revalidateDeprecations(id?: string) {
  revalidatePath("/deprecations");
  if (id) revalidatePath(`/deprecations/${id}`);
  revalidatePath("/catalog", "layout");
  revalidatePath("/graph");
  revalidatePath("/");
}

const zDeprecationChange = z.object({ deprecationId: zRecordRef, values: zUseCaseInput });

export const announceDeprecationAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const { id } = await announceDeprecation(db, { actor, input: values });
  revalidateDeprecations(id);
  return { message: "The deprecation is announced and consumer owners are notified.", value: { href: `/deprecations/${id}` } };
});

/** `version` is the ETag the form was loaded with: a sunset moved meanwhile by someone else is not overwritten. */
export const updateSunsetAction = defineAction(zDeprecationChange.extend({ version: zEtag }), async ({ deprecationId, version, values }, { actor, db }) => {
  await updateSunset(db, { actor, deprecationId, input: values, ifMatch: [version] });
  revalidateDeprecations(deprecationId);
  return { message: "The sunset is moved; owners still migrating are told." };
});

export const retireDeprecatedAction = defineAction(zDeprecationChange, async ({ deprecationId, values }, { actor, db }) => {
  await retireDeprecated(db, { actor, deprecationId, input: values });
  revalidateDeprecations(deprecationId);
  return { message: "Retired." };
});

export const cancelDeprecationAction = defineAction(zDeprecationChange, async ({ deprecationId, values }, { actor, db }) => {
  await cancelDeprecation(db, { actor, deprecationId, input: values });
  revalidateDeprecations(deprecationId);
  return { message: "The deprecation is cancelled." };
});

export const updateMigrationAction = defineAction(
  zDeprecationChange.extend({ consumerId: zRecordRef }),
  async ({ deprecationId, consumerId, values }, { actor, db }) => {
    const item = await updateMigrationStatus(db, { actor, deprecationId, consumerId, input: values });
    revalidateDeprecations(deprecationId);
    return { message: `${item.consumer.name} is now ${item.status}.` };
  },
);

export const updateNoticePolicyAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const row = await updateNoticePolicy(db, { actor, input: values });
  revalidatePath("/admin");
  return { message: `${row.criticality}: ${row.minimumNoticeDays} days of notice, acknowledgement within ${row.acknowledgeWithinDays} days.` };
});

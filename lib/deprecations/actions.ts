"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { toActionFailure, type CatalogActionResult } from "@/lib/catalog/action-result";
import { announceDeprecation, cancelDeprecation, retireDeprecated, updateNoticePolicy, updateSunset } from "@/lib/deprecations/deprecation-use-cases";
import { updateMigrationStatus } from "@/lib/deprecations/migration-use-cases";

const signedOut: CatalogActionResult = { ok: false, error: "Your session has expired. Sign in again.", fieldErrors: {} };

/** Lifecycles show on the catalog and the graph too: refresh every page that renders them. */
function revalidateDeprecations(id?: string) {
  revalidatePath("/deprecations");
  if (id) revalidatePath(`/deprecations/${id}`);
  revalidatePath("/catalog", "layout");
  revalidatePath("/graph");
  revalidatePath("/");
}

async function withActor(run: (actor: NonNullable<Awaited<ReturnType<typeof getActor>>>) => Promise<CatalogActionResult>): Promise<CatalogActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  try {
    return await run(actor);
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function announceDeprecationAction(input: unknown): Promise<CatalogActionResult> {
  return withActor(async (actor) => {
    const { id } = await announceDeprecation(await getDb(), { actor, input });
    revalidateDeprecations(id);
    return { ok: true, message: "The deprecation is announced and consumer owners are notified.", href: `/deprecations/${id}` };
  });
}

/** `version` is the ETag the form was loaded with: a sunset moved meanwhile by someone else is not overwritten. */
export async function updateSunsetAction(deprecationId: string, version: string, input: unknown): Promise<CatalogActionResult> {
  return withActor(async (actor) => {
    await updateSunset(await getDb(), { actor, deprecationId, input, ifMatch: [version] });
    revalidateDeprecations(deprecationId);
    return { ok: true, message: "The sunset is moved; owners still migrating are told.", href: `/deprecations/${deprecationId}` };
  });
}

export async function retireDeprecatedAction(deprecationId: string, input: unknown): Promise<CatalogActionResult> {
  return withActor(async (actor) => {
    await retireDeprecated(await getDb(), { actor, deprecationId, input });
    revalidateDeprecations(deprecationId);
    return { ok: true, message: "Retired.", href: `/deprecations/${deprecationId}` };
  });
}

export async function cancelDeprecationAction(deprecationId: string, input: unknown): Promise<CatalogActionResult> {
  return withActor(async (actor) => {
    await cancelDeprecation(await getDb(), { actor, deprecationId, input });
    revalidateDeprecations(deprecationId);
    return { ok: true, message: "The deprecation is cancelled.", href: `/deprecations/${deprecationId}` };
  });
}

export async function updateMigrationAction(deprecationId: string, consumerId: string, input: unknown): Promise<CatalogActionResult> {
  return withActor(async (actor) => {
    const item = await updateMigrationStatus(await getDb(), { actor, deprecationId, consumerId, input });
    revalidateDeprecations(deprecationId);
    return { ok: true, message: `${item.consumer.name} is now ${item.status}.`, href: `/deprecations/${deprecationId}` };
  });
}

export async function updateNoticePolicyAction(input: unknown): Promise<CatalogActionResult> {
  return withActor(async (actor) => {
    const row = await updateNoticePolicy(await getDb(), { actor, input });
    revalidatePath("/admin");
    return { ok: true, message: `${row.criticality}: ${row.minimumNoticeDays} days of notice, acknowledgement within ${row.acknowledgeWithinDays} days.`, href: "/admin" };
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { toActionFailure, type CatalogActionResult } from "@/lib/catalog/action-result";
import { archiveSystem } from "@/lib/catalog/systems/archive-system";
import { createSystem } from "@/lib/catalog/systems/create-system";
import { updateSystem } from "@/lib/catalog/systems/update-system";

const signedOut: CatalogActionResult = { ok: false, error: "Your session has expired. Sign in again.", fieldErrors: {} };

export async function createSystemAction(input: unknown): Promise<CatalogActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  try {
    const created = await createSystem(await getDb(), { actor, input });
    revalidatePath("/catalog/systems");
    return { ok: true, message: `${created.name} is registered.`, href: `/catalog/systems/${created.slug}` };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** `version` is the ETag the form was loaded with: a change made meanwhile by someone else is not overwritten. */
export async function updateSystemAction(slug: string, version: string, input: unknown): Promise<CatalogActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  try {
    const updated = await updateSystem(await getDb(), { actor, idOrSlug: slug, input, ifMatch: [version] });
    revalidatePath("/catalog/systems");
    return { ok: true, message: `${updated.name} is saved.`, href: `/catalog/systems/${updated.slug}` };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function archiveSystemAction(slug: string, input: unknown): Promise<CatalogActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  try {
    const archived = await archiveSystem(await getDb(), { actor, idOrSlug: slug, input });
    revalidatePath("/catalog/systems");
    return { ok: true, message: `${archived.name} is archived.`, href: `/catalog/systems/${archived.slug}` };
  } catch (error) {
    return toActionFailure(error);
  }
}

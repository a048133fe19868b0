"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { toActionFailure, type CatalogActionResult } from "@/lib/catalog/action-result";
import { archiveIntegration } from "@/lib/catalog/integrations/archive-integration";
import { createIntegration } from "@/lib/catalog/integrations/create-integration";
import { updateIntegration } from "@/lib/catalog/integrations/update-integration";

const signedOut: CatalogActionResult = { ok: false, error: "Your session has expired. Sign in again.", fieldErrors: {} };

export async function createIntegrationAction(input: unknown): Promise<CatalogActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  try {
    const created = await createIntegration(await getDb(), { actor, input });
    revalidatePath("/catalog");
    return { ok: true, message: `${created.key} ${created.name} is registered.`, href: `/catalog/integrations/${created.key}` };
  } catch (error) {
    return toActionFailure(error);
  }
}

/** `version` is the ETag the form was loaded with: a change made meanwhile by someone else is not overwritten. */
export async function updateIntegrationAction(key: string, version: string, input: unknown): Promise<CatalogActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  try {
    const updated = await updateIntegration(await getDb(), { actor, idOrKey: key, input, ifMatch: [version] });
    revalidatePath("/catalog");
    revalidatePath(`/catalog/integrations/${updated.key}`);
    return { ok: true, message: `${updated.key} is saved.`, href: `/catalog/integrations/${updated.key}` };
  } catch (error) {
    return toActionFailure(error);
  }
}

export async function archiveIntegrationAction(key: string, input: unknown): Promise<CatalogActionResult> {
  const actor = await getActor();
  if (!actor) return signedOut;
  try {
    const archived = await archiveIntegration(await getDb(), { actor, idOrKey: key, input });
    revalidatePath("/catalog");
    revalidatePath(`/catalog/integrations/${archived.key}`);
    return { ok: true, message: `${archived.key} is archived.`, href: `/catalog/integrations/${archived.key}` };
  } catch (error) {
    return toActionFailure(error);
  }
}

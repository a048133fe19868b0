"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-errors";
import { linkIdentity } from "@/lib/single-sign-on/link-identity";
import { unlinkIdentity } from "@/lib/single-sign-on/unlink-identity";

export type IdentityActionResult = { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Partial<Record<string, string>> };

const EXPIRED = { ok: false, error: "Your session has expired. Sign in again." } as const;

function refusal(error: unknown): IdentityActionResult {
  if (error instanceof ZodError) {
    const fieldErrors: Partial<Record<string, string>> = {};
    for (const issue of error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, error: "Check the highlighted fields.", fieldErrors };
  }
  if (error instanceof DomainError) {
    const fieldErrors: Partial<Record<string, string>> = {};
    for (const issue of error.issues) fieldErrors[issue.pointer.replace(/^\//, "")] ??= issue.detail;
    return { ok: false, error: error.message, fieldErrors };
  }
  throw error;
}

export async function linkIdentityAction(userId: string, input: { issuer: string; subject: string }): Promise<IdentityActionResult> {
  const actor = await getActor();
  if (!actor) return EXPIRED;
  try {
    await linkIdentity(await getDb(), { actor, userId, input });
    revalidatePath(`/admin/users/${userId}`);
    return { ok: true, message: "Single sign-on identity linked." };
  } catch (error) {
    return refusal(error);
  }
}

export async function unlinkIdentityAction(identityId: string): Promise<IdentityActionResult> {
  const actor = await getActor();
  if (!actor) return EXPIRED;
  try {
    const { userId } = await unlinkIdentity(await getDb(), { actor, identityId });
    revalidatePath("/settings/sign-in");
    revalidatePath(`/admin/users/${userId}`);
    return { ok: true, message: "Single sign-on identity removed. Its sessions have ended." };
  } catch (error) {
    return refusal(error);
  }
}

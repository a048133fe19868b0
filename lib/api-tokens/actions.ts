"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-errors";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";

export type CreateApiTokenResult =
  | { ok: true; secret: string; name: string }
  | { ok: false; error: string; fieldErrors?: Partial<Record<string, string>> };

export async function createApiTokenAction(input: { name: string; scope: string; expiresInDays: string }): Promise<CreateApiTokenResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "Your session has expired. Sign in again." };
  try {
    const { secret, token } = await createApiToken(await getDb(), { actor, input });
    revalidatePath("/settings/tokens");
    return { ok: true, secret, name: token.name };
  } catch (error) {
    if (error instanceof ZodError) {
      const fieldErrors: Partial<Record<string, string>> = {};
      for (const issue of error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
      return { ok: false, error: "Check the highlighted fields.", fieldErrors };
    }
    if (error instanceof DomainError) return { ok: false, error: error.message };
    throw error;
  }
}

export async function revokeApiTokenAction(tokenId: string): Promise<{ ok: true; message: string } | { ok: false; error: string }> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "Your session has expired. Sign in again." };
  try {
    const token = await revokeApiToken(await getDb(), { actor, tokenId });
    revalidatePath("/settings/tokens");
    return { ok: true, message: `“${token.name}” is revoked: it no longer works.` };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.message };
    throw error;
  }
}

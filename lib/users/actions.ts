"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-errors";
import { changeUserRole } from "@/lib/users/change-user-role";

export type ActionResult = { ok: true; message: string } | { ok: false; error: string };

export async function changeUserRoleAction(userId: string, role: string): Promise<ActionResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "Your session has expired. Sign in again." };
  try {
    const user = await changeUserRole(await getDb(), { actor, userId, input: { role } });
    revalidatePath("/admin");
    return { ok: true, message: `${user.name} is now ${user.role}.` };
  } catch (error) {
    if (error instanceof ZodError) return { ok: false, error: error.issues[0]?.message ?? "Invalid role." };
    if (error instanceof DomainError) return { ok: false, error: error.message };
    throw error;
  }
}

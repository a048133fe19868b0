import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { buildAuthOptions } from "@/lib/auth/auth-options";
import { findActorById } from "@/lib/auth/repository";
import type { Actor } from "@/lib/auth/permissions";

export const authOptions = buildAuthOptions();

/**
 * The only place that reads the session. The actor is reloaded from the database (once per request,
 * thanks to `cache`) so that roles, team memberships and disabled accounts are always current.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return findActorById(await getDb(), userId);
});

/** For pages: the signed-in actor, or a redirect to the sign-in page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { buildAuthOptions } from "@/lib/auth/auth-options";
import { findSessionActor } from "@/lib/auth/repository";
import type { Actor } from "@/lib/auth/permissions";

export const authOptions = buildAuthOptions();

/**
 * The only place that reads the session. The actor is reloaded from the database (once per request,
 * thanks to `cache`) so that roles, team memberships and disabled accounts are always current, and a revoked session
 * (signed out, role changed) ends at once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return findSessionActor(await getDb(), session.user);
});

/** For pages: the signed-in actor, or a redirect to the sign-in page. */
export async function requirePageActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

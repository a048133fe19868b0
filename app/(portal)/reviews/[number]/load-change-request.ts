import "server-only";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { findChangeRequest } from "@/lib/reviews/find-change-requests";
import { changeRequestNumberOf } from "@/lib/reviews/http";

/**
 * The change request a review page shows, as the signed-in user may see it. A number that names no request,
 * or one the user may not see, renders the 404 page.
 */
export async function loadChangeRequest(params: Promise<{ number: string }>) {
  const actor = await requirePageActor();
  const db = await getDb();
  try {
    return { db, detail: await findChangeRequest(db, { actor, number: changeRequestNumberOf((await params).number) }) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

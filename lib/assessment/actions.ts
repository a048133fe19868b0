"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { getActor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/auth/permissions";
import { takeAssessment } from "@/lib/assessment/take-assessment";
import { getDb } from "@/lib/db";
import { DomainError, pointerFromPath } from "@/lib/errors/domain-errors";

export type TakeAssessmentActionResult =
  | { ok: true; id: string; message: string }
  | { ok: false; error: string; fieldErrors: Record<string, string> };

/** The form's submit: the same use case as the API, so the form and the server validate with one schema. */
export async function takeAssessmentAction(input: unknown): Promise<TakeAssessmentActionResult> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "Your session has expired. Sign in again; your answers are kept as a draft.", fieldErrors: {} };
  try {
    const result = await takeAssessment(await getDb(), { actor, input });
    revalidatePath("/assessments");
    return { ok: true, id: result.id, message: `Assessment saved: level ${result.level}, ${result.levelName}.` };
  } catch (error) {
    if (error instanceof ZodError) {
      const fieldErrors = Object.fromEntries(error.issues.map((issue) => [pointerFromPath(issue.path), issue.message]));
      return { ok: false, error: "Some answers need attention.", fieldErrors };
    }
    if (error instanceof ForbiddenError || error instanceof NotFoundError) return { ok: false, error: "You may not take the assessment for this scope.", fieldErrors: {} };
    if (error instanceof DomainError) return { ok: false, error: error.message, fieldErrors: Object.fromEntries(error.issues.map((e) => [e.pointer, e.detail])) };
    throw error;
  }
}

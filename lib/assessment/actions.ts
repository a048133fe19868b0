"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { takeAssessment } from "@/lib/assessment/take-assessment";
import { zUseCaseInput } from "@/lib/validation/primitives";

/** The form's submit: the same use case as the API, so the form and the server validate with one schema. */
export const takeAssessmentAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const result = await takeAssessment(db, { actor, input: values });
  revalidatePath("/assessments");
  return { message: `Assessment saved: level ${result.level}, ${result.levelName}.`, value: { id: result.id } };
});

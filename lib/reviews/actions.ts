"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { getDb } from "@/lib/db";
import { STATUS_LABELS, type ChangeRequestOutput } from "@/lib/reviews/schemas";
import {
  acknowledgeBreakingChange,
  approveChangeRequest,
  commentOnChangeRequest,
  grantReviewException,
  rejectChangeRequest,
  requestChanges,
  submitChangeRequest,
  withdrawChangeRequest,
  type ReviewCommand,
} from "@/lib/reviews/review-decisions";
import { proposeContractChange } from "@/lib/reviews/propose-contract-change";
import { zUseCaseInput } from "@/lib/validation/primitives";

type Command = (db: Awaited<ReturnType<typeof getDb>>, command: ReviewCommand) => Promise<ChangeRequestOutput>;

const zNumber = z.number().int().positive();
const zDecision = z.object({ number: zNumber, values: zUseCaseInput.optional() });

/** One review command for the signed-in person, saying what happened for a toast. */
function reviewAction(command: Command, say: (request: ChangeRequestOutput, number: number) => string) {
  return defineAction(zDecision, async ({ number, values }, { actor, db }) => {
    const request = await command(db, { actor, number, input: values ?? {} });
    revalidatePath(`/reviews/${number}`);
    revalidatePath("/reviews");
    if (request.status === "published") revalidatePath(`/catalog/contracts/${request.contract.slug}`);
    return { message: say(request, number), value: { status: request.status } };
  });
}

const published = (request: ChangeRequestOutput) => `Approved: ${request.contract.name} ${request.publishedVersion} is published and active.`;

export const submitChangeRequestAction = reviewAction(
  submitChangeRequest,
  (_request, number) => `CR-${number} is in review: reviewers and affected owners were notified.`,
);

export const approveChangeRequestAction = reviewAction(approveChangeRequest, (request, number) =>
  request.status === "published"
    ? published(request)
    : `You approved CR-${number}; it waits for ${request.steps.filter((step) => !step.satisfied).length} more step(s).`,
);

export const requestChangesAction = reviewAction(requestChanges, (_request, number) => `CR-${number} went back to its author for changes.`);

export const rejectChangeRequestAction = reviewAction(rejectChangeRequest, (_request, number) => `CR-${number} is rejected.`);

export const withdrawChangeRequestAction = reviewAction(withdrawChangeRequest, (_request, number) => `CR-${number} is withdrawn.`);

export const acknowledgeBreakingChangeAction = reviewAction(acknowledgeBreakingChange, (request, number) =>
  request.status === "published" ? published(request) : `Acknowledged. CR-${number} is ${STATUS_LABELS[request.status].toLowerCase()}.`,
);

export const grantReviewExceptionAction = reviewAction(grantReviewException, (request, number) =>
  request.status === "published" ? published(request) : `Exception granted for CR-${number}.`,
);

export const commentOnChangeRequestAction = defineAction(zDecision, async ({ number, values }, { actor, db }) => {
  await commentOnChangeRequest(db, { actor, number, input: values });
  revalidatePath(`/reviews/${number}`);
  return { message: "Comment added.", value: { status: "commented" } };
});

/**
 * The glossary editor of a published version proposes a change of meaning instead of saving it (decision 059):
 * the current document is carried over and the proposal goes to review at once, so its consumers' owners hear of it.
 */
export const proposeGlossaryChangeAction = defineAction(zUseCaseInput, async (values, { actor, db }) => {
  const input = typeof values === "object" && values !== null ? { ...values, submit: true } : values;
  const request = await proposeContractChange(db, { actor, input });
  revalidatePath("/reviews");
  return {
    message: `CR-${request.number} is in review: reviewers and the owners of consumers that read these fields were notified.`,
    value: { number: request.number },
  };
});

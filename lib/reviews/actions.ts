"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { SESSION_EXPIRED, toFormError, type FormActionResult } from "@/lib/catalog/contracts/action-result";
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

type Command = (db: Awaited<ReturnType<typeof getDb>>, command: ReviewCommand) => Promise<ChangeRequestOutput>;

/** Runs one review command for the signed-in person and says what happened, for a toast. */
async function run(command: Command, number: number, input: unknown, say: (request: ChangeRequestOutput) => string): Promise<FormActionResult<{ status: string }>> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    const request = await command(await getDb(), { actor, number, input });
    revalidatePath(`/reviews/${number}`);
    revalidatePath("/reviews");
    if (request.status === "published") revalidatePath(`/catalog/contracts/${request.contract.slug}`);
    return { ok: true, message: say(request), value: { status: request.status } };
  } catch (error) {
    return toFormError(error);
  }
}

const published = (request: ChangeRequestOutput) => `Approved: ${request.contract.name} ${request.publishedVersion} is published and active.`;

export async function submitChangeRequestAction(number: number): Promise<FormActionResult<{ status: string }>> {
  return run(submitChangeRequest, number, {}, () => `CR-${number} is in review: reviewers and affected owners were notified.`);
}

export async function approveChangeRequestAction(number: number, input: unknown): Promise<FormActionResult<{ status: string }>> {
  return run(approveChangeRequest, number, input, (request) => (request.status === "published" ? published(request) : `You approved CR-${number}; it waits for ${request.steps.filter((step) => !step.satisfied).length} more step(s).`));
}

export async function requestChangesAction(number: number, input: unknown): Promise<FormActionResult<{ status: string }>> {
  return run(requestChanges, number, input, () => `CR-${number} went back to its author for changes.`);
}

export async function rejectChangeRequestAction(number: number, input: unknown): Promise<FormActionResult<{ status: string }>> {
  return run(rejectChangeRequest, number, input, () => `CR-${number} is rejected.`);
}

export async function withdrawChangeRequestAction(number: number): Promise<FormActionResult<{ status: string }>> {
  return run(withdrawChangeRequest, number, {}, () => `CR-${number} is withdrawn.`);
}

export async function acknowledgeBreakingChangeAction(number: number, input: unknown): Promise<FormActionResult<{ status: string }>> {
  return run(acknowledgeBreakingChange, number, input, (request) => (request.status === "published" ? published(request) : `Acknowledged. CR-${number} is ${STATUS_LABELS[request.status].toLowerCase()}.`));
}

export async function grantReviewExceptionAction(number: number, input: unknown): Promise<FormActionResult<{ status: string }>> {
  return run(grantReviewException, number, input, (request) => (request.status === "published" ? published(request) : `Exception granted for CR-${number}.`));
}

export async function commentOnChangeRequestAction(number: number, input: unknown): Promise<FormActionResult<{ status: string }>> {
  const actor = await getActor();
  if (!actor) return SESSION_EXPIRED;
  try {
    await commentOnChangeRequest(await getDb(), { actor, number, input });
    revalidatePath(`/reviews/${number}`);
    return { ok: true, message: "Comment added.", value: { status: "commented" } };
  } catch (error) {
    return toFormError(error);
  }
}

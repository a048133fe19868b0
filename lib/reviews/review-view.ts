import { assessConsumers, describeAffectedConsumers, needsAcknowledgement, summarizeImpact, type AssessedConsumer } from "@/lib/reviews/impact-summary";
import { checkProposedVersion } from "@/lib/reviews/diff-snapshot";
import { dataOwnersOf, evaluateReview, type PolicyApproval, type ReviewSnapshot, type ReviewStep } from "@/lib/reviews/review-policy";
import type { ChangeRequestOutput } from "@/lib/reviews/schemas";
import type { ReviewContext } from "@/lib/reviews/repository";

/** Who may act on the data owner's step: the integration's data owner, else the contract's owner user. */
export function dataOwnerIdsOf(context: Pick<ReviewContext, "contract">): string[] {
  return dataOwnersOf({ integrationDataOwnerId: context.contract.integration?.owners[0]?.userId ?? null, contractOwnerUserId: context.contract.ownerUserId });
}

function dataOwnerNamesOf(context: Pick<ReviewContext, "contract">): string[] {
  const fromIntegration = context.contract.integration?.owners[0]?.user.name;
  if (fromIntegration) return [fromIntegration];
  return context.contract.ownerUser ? [context.contract.ownerUser.name] : [];
}

export function assessedConsumersOf(context: Pick<ReviewContext, "diff" | "consumers" | "glossaryChanges">): AssessedConsumer[] {
  return assessConsumers(context.diff?.changes ?? [], context.consumers, context.glossaryChanges);
}

export function policyApprovalsOf(context: Pick<ReviewContext, "approvals">): PolicyApproval[] {
  return context.approvals.map((approval) => ({
    kind: approval.kind,
    decision: approval.decision,
    userId: approval.userId,
    userName: approval.user.name,
    revision: approval.revision,
    consumerId: approval.consumerId,
    exceptionExpiresAt: approval.exceptionExpiresAt,
  }));
}

/** What the policy needs to know about a loaded request. */
export function toReviewSnapshot(context: ReviewContext, assessed: readonly AssessedConsumer[] = assessedConsumersOf(context)): ReviewSnapshot {
  return {
    status: context.status,
    authorId: context.authorId,
    editorIds: context.editorIds,
    revision: context.revision,
    contractOwnerTeamId: context.contract.ownerTeamId,
    dataOwnerIds: dataOwnerIdsOf(context),
    brokenConsumers: assessed.filter(needsAcknowledgement).map(({ id, name, ownerUserId, ownerTeamId }) => ({ id, name, ownerUserId, ownerTeamId })),
    approvals: policyApprovalsOf(context),
    newStandardsErrors: context.requireExceptionForNewErrors ? (context.newStandardsErrors ?? 0) : 0,
  };
}

function describeStep(step: ReviewStep, context: ReviewContext, assessed: readonly AssessedConsumer[]): ChangeRequestOutput["steps"][number] {
  const by = step.satisfiedBy;
  const satisfiedBy = !by
    ? null
    : by.kind === "admin_exception"
      ? `Admin exception by ${by.userName ?? "an admin"} until ${by.exceptionExpiresAt?.toISOString().slice(0, 10)}`
      : (by.userName ?? "someone");
  if (step.kind === "reviewer")
    return {
      kind: step.kind,
      label: "A reviewer approves",
      satisfied: step.satisfied,
      satisfiedBy,
      waitingFor: "Any reviewer other than the author",
      consumerId: null,
    };
  if (step.kind === "data_owner") {
    const names = dataOwnerNamesOf(context);
    const onlyAuthor = dataOwnerIdsOf(context).every((id) => id === context.authorId || context.editorIds.includes(id));
    const waitingFor = onlyAuthor
      ? `An admin, standing in for the data owner${names.length > 0 ? ` (${names.join(", ")} proposed it)` : " (none is recorded)"}`
      : names.join(", ");
    return { kind: step.kind, label: "The data owner approves", satisfied: step.satisfied, satisfiedBy, waitingFor, consumerId: null };
  }
  if (step.kind === "standards_exception") {
    const count = context.newStandardsErrors ?? 0;
    return {
      kind: step.kind,
      label: `An admin grants an exception for ${count === 1 ? "the new error-level violation" : `${count} new error-level violations`} of the API standards`,
      satisfied: step.satisfied,
      satisfiedBy,
      waitingFor: "An admin other than the author (a reason and an expiry), or a revision that fixes them",
      consumerId: null,
    };
  }
  const consumer = assessed.find((candidate) => candidate.id === step.consumer?.id);
  const meaning = consumer && consumer.meaningChanges.length > 0 ? `the new meaning of ${consumer.meaningChanges.join(", ")}` : null;
  const what = consumer?.broken === false && meaning ? meaning : meaning ? `the break and ${meaning}` : "the break";
  return {
    kind: step.kind,
    label: `The owner of ${step.consumer?.name ?? "a consumer"} acknowledges ${what}`,
    satisfied: step.satisfied,
    satisfiedBy,
    waitingFor: consumer?.owner ?? "Nobody owns this consumer: an admin exception is needed",
    consumerId: step.consumer?.id ?? null,
  };
}

/** The request as the API and the request page show it, with the policy's checklist evaluated at `now`. */
export function toChangeRequestOutput(context: ReviewContext, now: Date): ChangeRequestOutput {
  const assessed = assessedConsumersOf(context);
  const evaluation = evaluateReview(toReviewSnapshot(context, assessed), now);
  return {
    id: context.id,
    number: context.number,
    title: context.title,
    description: context.description,
    status: context.status,
    contract: { id: context.contract.id, slug: context.contract.slug, name: context.contract.name },
    baseVersion: context.baseVersion?.version ?? null,
    proposedVersion: context.proposedVersion,
    publishedVersion: context.publishedVersion?.version ?? null,
    revision: context.revision,
    breakingCount: context.breakingCount,
    changeCount: context.changeCount,
    changelog: context.changelog,
    author: context.author,
    submittedAt: context.submittedAt,
    decidedAt: context.decidedAt,
    createdAt: context.createdAt,
    updatedAt: context.updatedAt,
    approvals: context.approvals.map(({ id, revision, kind, decision, user, consumerId, comment, exceptionReason, exceptionExpiresAt, createdAt }) => ({
      id,
      revision,
      kind,
      decision,
      user,
      consumerId,
      comment,
      exceptionReason,
      exceptionExpiresAt,
      createdAt,
    })),
    steps: evaluation.steps.map((step) => describeStep(step, context, assessed)),
    policySatisfied: evaluation.satisfied,
    impact: summarizeImpact(assessed),
    affectedConsumers: describeAffectedConsumers(assessed),
    versionCheck: context.baseVersion && context.diff ? checkProposedVersion(context.baseVersion.version, context.proposedVersion, context.diff.changes) : null,
    standards: context.standards,
    glossaryChanges: context.glossaryChanges,
  };
}

import "server-only";
import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, ForbiddenError, NotFoundError, type Actor, type Permission } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AuditAction } from "@/lib/audit/audit-vocabulary";
import { conflictOn, invalidField } from "@/lib/catalog/contracts/contract-errors";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { notifyUsers } from "@/lib/notifications/notify-users";
import {
  acknowledgeableConsumers,
  approvalKindsFor,
  canTransition,
  evaluateReview,
  hasWritten,
  mayApproveAsReviewer,
  mayDecide,
  mayGrantException,
  mayManage,
  needsException,
  ownsConsumer,
  type ReviewSnapshot,
} from "@/lib/reviews/review-policy";
import { toChangeRequestOutput, toReviewSnapshot, assessedConsumersOf } from "@/lib/reviews/review-view";
import { announceSubmission, auditTargetOf, auditView, subjectOf } from "@/lib/reviews/propose-contract-change";
import { changeRequestHref, notifyDecision, publishReviewEvent } from "@/lib/reviews/review-events";
import {
  findConsumerOwnerIds,
  findCurrentVersion,
  findProposalText,
  findReviewContext,
  insertApprovals,
  insertComment,
  insertPublishedVersion,
  updateChangeRequestIf,
  versionExists,
  type ReviewContext,
} from "@/lib/reviews/repository";
import {
  zAcknowledgeInput,
  zApproveInput,
  zCommentInput,
  zDecisionInput,
  zExceptionInput,
  zRejectInput,
  zRequestChangesInput,
  zSubmitInput,
  zWithdrawInput,
  type ChangeRequestOutput,
  type ChangeRequestStatus,
} from "@/lib/reviews/schemas";

export interface ReviewCommand {
  actor: Actor;
  number: number;
  input: unknown;
  now?: Date;
}

const statusWord = (status: ChangeRequestStatus) => status.replace("_", " ");

function notInState(context: ReviewContext, doing: string): Error {
  return conflictOn("/", `CR-${context.number} is ${statusWord(context.status)}: it cannot be ${doing} now.`);
}

function changedMeanwhile(context: ReviewContext): Error {
  return conflictOn("/", `CR-${context.number} was changed by someone else meanwhile: reload it and try again.`);
}

/**
 * One review command: load the request, let the policy decide, write, audit, all in one transaction. The
 * permission given to runMutation is only the floor (reading); the policy module is what admits or refuses.
 */
async function reviewMutation<S extends z.ZodType>(
  db: PrismaClient,
  { actor, number, input, now = new Date() }: ReviewCommand,
  {
    action,
    permission = "catalog.read",
    admit,
    schema,
    write,
  }: {
    action: AuditAction;
    permission?: Permission;
    /** The policy's refusal that needs no input (who may decide at all): answered before the body is validated. */
    admit?: (snapshot: ReviewSnapshot) => void;
    schema: S;
    write: (
      tx: Prisma.TransactionClient,
      args: { context: ReviewContext; snapshot: ReviewSnapshot; values: z.infer<S>; now: Date },
    ) => Promise<{ auditAfter?: Record<string, unknown> } | void>;
  },
): Promise<ChangeRequestOutput> {
  return runMutation(db, {
    actor,
    permission,
    action,
    schema,
    input,
    load: (tx) => findReviewContext(tx, { number }),
    ownershipOf: (context) => ({ ownerTeamId: context.contract.ownerTeamId }),
    admit: admit && ((context) => admit(toReviewSnapshot(context))),
    write: async (tx, { input: values, resource }) => {
      const context = resource;
      const outcome = await write(tx, { context, snapshot: toReviewSnapshot(context), values, now });
      const updated = (await findReviewContext(tx, { id: context.id }))!;
      return {
        result: toChangeRequestOutput(updated, now),
        target: auditTargetOf(updated),
        before: auditView(context),
        after: { ...auditView(updated), ...(outcome?.auditAfter ?? {}) },
      };
    },
  });
}

/**
 * Once the policy is satisfied the same transaction publishes: the proposal becomes the contract's new active
 * version (the previous one stays active until a deprecation says otherwise) and the request is closed.
 */
async function publishIfSatisfied(tx: Prisma.TransactionClient, context: ReviewContext, actor: Actor, now: Date): Promise<Record<string, unknown>> {
  const fresh = (await findReviewContext(tx, { id: context.id }))!;
  if (!evaluateReview(toReviewSnapshot(fresh), now).satisfied) {
    if (!(await updateChangeRequestIf(tx, context, { updatedAt: now }))) throw changedMeanwhile(context);
    return { published: false };
  }
  const current = await findCurrentVersion(tx, context.contract.id);
  if ((current?.id ?? null) !== (context.baseVersion?.id ?? null)) {
    throw conflictOn(
      "/",
      `Version ${current?.version} of ${context.contract.name} was published after this proposal was made: the author must edit it to compare with the current version.`,
    );
  }
  if (await versionExists(tx, context.contract.id, context.proposedVersion))
    throw conflictOn("/proposedVersion", `Version ${context.proposedVersion} already exists: the author must propose a higher one.`);
  const specText = (await findProposalText(tx, context.id))!;
  const version = await insertPublishedVersion(tx, {
    contractId: context.contract.id,
    baseVersionId: context.baseVersion?.id ?? null,
    changeRequestId: context.id,
    version: context.proposedVersion,
    specText,
    changelog: context.changelog,
    publishedAt: now,
    standards: context.standards,
    glossary: context.glossary,
  });
  // in_review -> approved -> published happen together: an approved proposal is never left unpublished.
  if (!(await updateChangeRequestIf(tx, context, { status: "published", publishedVersionId: version.id, decidedAt: now }))) throw changedMeanwhile(context);
  await recordAuditEvent(tx, {
    actor,
    action: "contract.version.publish",
    target: { type: "contract", id: context.contract.id, label: `${context.contract.slug}@${version.version}` },
    after: { version: version.version, status: "active", changeRequest: `CR-${context.number}`, previousVersion: context.baseVersion?.version ?? null },
  });
  const subject = { ...subjectOf(context), status: "published" };
  await publishReviewEvent(tx, "approved", subject, actor, now);
  await publishReviewEvent(tx, "published", subject, actor, now, { version: { id: version.id, version: version.version } });
  const consumerOwners = await findConsumerOwnerIds(
    tx,
    assessedConsumersOf(context).filter((consumer) => consumer.touched),
  );
  await notifyDecision(tx, subject, actor, `published as ${context.contract.name} ${version.version}`, now, consumerOwners);
  return { published: true, publishedVersion: version.version };
}

export async function submitChangeRequest(db: PrismaClient, command: ReviewCommand): Promise<ChangeRequestOutput> {
  return reviewMutation(db, command, {
    action: "change_request.submit",
    permission: "contract.propose",
    schema: zSubmitInput,
    write: async (tx, { context, snapshot, now }) => {
      if (!mayManage(command.actor, snapshot)) throw new ForbiddenError("contract.propose");
      if (!canTransition(context.status, "in_review")) throw notInState(context, "submitted");
      if (!(await updateChangeRequestIf(tx, context, { status: "in_review", submittedAt: now }))) throw changedMeanwhile(context);
      await announceSubmission(tx, { ...context, status: "in_review" }, command.actor, now);
    },
  });
}

/** A 403 that says which review rule refused, rather than only the permission. */
function refusal(permission: Permission, message: string): ForbiddenError {
  const error = new ForbiddenError(permission);
  error.message = message;
  return error;
}

const ownProposal = () => refusal("contract.review", "Nobody approves or decides on their own proposal, or one they edited: another reviewer must.");

/** Not by its author or an editor, and only by reviewers and data owners. */
function assertMayDecide(actor: Actor, snapshot: ReviewSnapshot): void {
  if (hasWritten(actor, snapshot)) throw ownProposal();
  if (!mayDecide(actor, snapshot)) throw refusal("contract.review", "Only a reviewer or the integration's data owner can decide on a proposal.");
}

export async function approveChangeRequest(db: PrismaClient, command: ReviewCommand): Promise<ChangeRequestOutput> {
  return reviewMutation(db, command, {
    action: "change_request.approve",
    admit: (snapshot) => assertMayDecide(command.actor, snapshot),
    schema: zApproveInput,
    write: async (tx, { context, snapshot, values, now }) => {
      if (context.status !== "in_review") throw notInState(context, "approved");
      const kinds = approvalKindsFor(command.actor, snapshot, now);
      if (kinds.length === 0) throw conflictOn("/", `You already approved revision ${context.revision} of CR-${context.number}.`);
      await insertApprovals(
        tx,
        kinds.map((kind) => ({
          changeRequestId: context.id,
          revision: context.revision,
          kind,
          decision: "approved" as const,
          userId: command.actor.id,
          comment: values.comment ?? null,
        })),
      );
      const outcome = await publishIfSatisfied(tx, context, command.actor, now);
      if (!outcome.published)
        await notifyDecision(tx, subjectOf(context), command.actor, `approved (${kinds.map((kind) => kind.replace("_", " ")).join(" and ")})`, now);
      return { auditAfter: { approvedAs: kinds, ...outcome } };
    },
  });
}

/** The step a decision is recorded under: the reviewer's when the actor may review, else the data owner's. */
function decisionKindOf(actor: Actor, snapshot: ReviewSnapshot): "reviewer" | "data_owner" {
  return mayApproveAsReviewer(actor, snapshot) ? "reviewer" : "data_owner";
}

/**
 * A reviewer sends the request back or rejects it: both record the decision with its comment on the current
 * revision, move the request out of review, and tell the author and the event subscribers.
 */
function decideAgainst(
  db: PrismaClient,
  command: ReviewCommand,
  {
    action,
    schema,
    decision,
    doing,
    notice,
    closes,
  }: {
    action: AuditAction;
    schema: typeof zRequestChangesInput | typeof zRejectInput;
    decision: "changes_requested" | "rejected";
    /** How the refusal reads when the request is not in a state that allows this decision. */
    doing: string;
    /** How the author's notification reads. */
    notice: string;
    /** A rejection is final (decidedAt); a request for changes is not. */
    closes: boolean;
  },
): Promise<ChangeRequestOutput> {
  return reviewMutation(db, command, {
    action,
    admit: (snapshot) => assertMayDecide(command.actor, snapshot),
    schema,
    write: async (tx, { context, snapshot, values, now }) => {
      if (!canTransition(context.status, decision)) throw notInState(context, doing);
      await insertApprovals(tx, [
        {
          changeRequestId: context.id,
          revision: context.revision,
          kind: decisionKindOf(command.actor, snapshot),
          decision,
          userId: command.actor.id,
          comment: values.comment,
        },
      ]);
      if (!(await updateChangeRequestIf(tx, context, closes ? { status: decision, decidedAt: now } : { status: decision }))) throw changedMeanwhile(context);
      const subject = { ...subjectOf(context), status: decision };
      await publishReviewEvent(tx, decision, subject, command.actor, now, { comment: values.comment });
      await notifyDecision(tx, subject, command.actor, notice, now);
      return { auditAfter: { comment: values.comment } };
    },
  });
}

export async function requestChanges(db: PrismaClient, command: ReviewCommand): Promise<ChangeRequestOutput> {
  return decideAgainst(db, command, {
    action: "change_request.request_changes",
    schema: zRequestChangesInput,
    decision: "changes_requested",
    doing: "sent back for changes",
    notice: "needs changes",
    closes: false,
  });
}

export async function rejectChangeRequest(db: PrismaClient, command: ReviewCommand): Promise<ChangeRequestOutput> {
  return decideAgainst(db, command, {
    action: "change_request.reject",
    schema: zRejectInput,
    decision: "rejected",
    doing: "rejected",
    notice: "was rejected",
    closes: true,
  });
}

export async function withdrawChangeRequest(db: PrismaClient, command: ReviewCommand): Promise<ChangeRequestOutput> {
  return reviewMutation(db, command, {
    action: "change_request.withdraw",
    permission: "contract.propose",
    schema: zWithdrawInput,
    write: async (tx, { context, snapshot, values, now }) => {
      if (!mayManage(command.actor, snapshot)) throw new ForbiddenError("contract.propose");
      if (!canTransition(context.status, "withdrawn")) throw notInState(context, "withdrawn");
      if (!(await updateChangeRequestIf(tx, context, { status: "withdrawn", decidedAt: now }))) throw changedMeanwhile(context);
      await publishReviewEvent(tx, "withdrawn", { ...subjectOf(context), status: "withdrawn" }, command.actor, now);
      return { auditAfter: { comment: values.comment ?? null } };
    },
  });
}

const DECIDE = { approved: approveChangeRequest, changes_requested: requestChanges, rejected: rejectChangeRequest } as const;

/**
 * The API's one body for a decision (`{decision, comment}`). Someone who may not decide at all hears 403 even when
 * the body is invalid: validation messages are for those who may act.
 */
export async function decideOnChangeRequest(db: PrismaClient, command: ReviewCommand): Promise<ChangeRequestOutput> {
  const parsed = zDecisionInput.safeParse(command.input);
  if (!parsed.success) {
    const context = await findReviewContext(db, { number: command.number });
    if (!context) throw new NotFoundError(`CR-${command.number}`);
    authorize(command.actor, "catalog.read", { ownerTeamId: context.contract.ownerTeamId });
    assertMayDecide(command.actor, toReviewSnapshot(context));
    throw parsed.error;
  }
  const { decision, comment } = parsed.data;
  return DECIDE[decision](db, { ...command, input: comment === undefined ? {} : { comment } });
}

/** A consumer's owner acknowledges that the breaking change breaks it; the last missing step publishes. */
export async function acknowledgeBreakingChange(db: PrismaClient, command: ReviewCommand): Promise<ChangeRequestOutput> {
  return reviewMutation(db, command, {
    action: "change_request.acknowledge",
    // Which consumer is in the body; someone who owns none of the broken ones is refused before it is read.
    admit: (snapshot) => {
      if (!snapshot.brokenConsumers.some((consumer) => ownsConsumer(command.actor, consumer)))
        throw refusal("catalog.update", "Only the owner of a consumer this change breaks (its owner or a member of its team) can acknowledge it.");
    },
    schema: zAcknowledgeInput,
    write: async (tx, { context, snapshot, values, now }) => {
      const consumer = snapshot.brokenConsumers.find((candidate) => candidate.id === values.consumerId);
      if (!consumer) throw invalidField("/consumerId", "This change does not break that consumer: there is nothing to acknowledge.");
      if (!ownsConsumer(command.actor, consumer))
        throw refusal("catalog.update", `Only the owner of ${consumer.name} (its owner or a member of its team) can acknowledge for it.`);
      if (context.status !== "in_review") throw notInState(context, "acknowledged");
      if (!acknowledgeableConsumers(command.actor, snapshot, now).some((candidate) => candidate.id === consumer.id))
        throw conflictOn("/consumerId", `${consumer.name} already acknowledged revision ${context.revision}.`);
      await insertApprovals(tx, [
        {
          changeRequestId: context.id,
          revision: context.revision,
          kind: "consumer_acknowledgement",
          decision: "acknowledged",
          userId: command.actor.id,
          consumerId: consumer.id,
          comment: values.comment ?? null,
        },
      ]);
      const outcome = await publishIfSatisfied(tx, context, command.actor, now);
      if (!outcome.published) await notifyDecision(tx, subjectOf(context), command.actor, `acknowledged for ${consumer.name}`, now);
      return { auditAfter: { consumer: consumer.name, ...outcome } };
    },
  });
}

/** An admin lets a breaking change go ahead without the missing acknowledgements, with a reason, until a date. */
export async function grantReviewException(db: PrismaClient, command: ReviewCommand): Promise<ChangeRequestOutput> {
  const now = command.now ?? new Date();
  return reviewMutation(
    db,
    { ...command, now },
    {
      action: "change_request.exception",
      permission: "contract.review.exception",
      admit: (snapshot) => {
        if (hasWritten(command.actor, snapshot)) throw ownProposal();
      },
      schema: zExceptionInput(now),
      write: async (tx, { context, snapshot, values }) => {
        if (hasWritten(command.actor, snapshot)) throw ownProposal();
        if (context.status !== "in_review") throw notInState(context, "given an exception");
        if (!needsException(snapshot))
          throw conflictOn("/", `CR-${context.number} breaks no consumer and introduces no error-level violation that needs one: it needs no exception.`);
        if (!mayGrantException(command.actor, snapshot, now)) throw conflictOn("/", `An exception is already in force for revision ${context.revision}.`);
        await insertApprovals(tx, [
          {
            changeRequestId: context.id,
            revision: context.revision,
            kind: "admin_exception",
            decision: "approved",
            userId: command.actor.id,
            exceptionReason: values.reason,
            exceptionExpiresAt: values.expiresAt,
          },
        ]);
        const outcome = await publishIfSatisfied(tx, context, command.actor, now);
        const standsInFor = [
          snapshot.brokenConsumers.length > 0 ? "missing acknowledgements" : null,
          snapshot.newStandardsErrors > 0 ? "new API standards errors" : null,
        ].filter(Boolean);
        if (!outcome.published) await notifyDecision(tx, subjectOf(context), command.actor, `got an admin exception for ${standsInFor.join(" and ")}`, now);
        return { auditAfter: { exceptionReason: values.reason, exceptionExpiresAt: values.expiresAt, ...outcome } };
      },
    },
  );
}

/** Anyone who can read may comment; the author hears about it. */
export async function commentOnChangeRequest(db: PrismaClient, { actor, number, input }: Omit<ReviewCommand, "now">) {
  return runMutation(db, {
    actor,
    permission: "catalog.read",
    action: "change_request.comment",
    schema: zCommentInput,
    input,
    load: (tx) => findReviewContext(tx, { number }),
    ownershipOf: (context) => ({ ownerTeamId: context.contract.ownerTeamId }),
    write: async (tx, { input: values, resource }) => {
      const context = resource;
      const comment = await insertComment(tx, { changeRequestId: context.id, authorId: actor.id, body: values.body, location: values.location ?? null });
      await notifyUsers(tx, {
        userIds: [context.authorId].filter((id) => id !== actor.id),
        kind: "review.comment",
        title: `${actor.name} commented on CR-${context.number}`,
        body: values.body.slice(0, 300),
        href: changeRequestHref(context.number),
        dedupeKey: `change_request:${context.id}:comment:${comment.id}`,
      });
      return { result: comment, target: auditTargetOf(context), after: { comment: values.body.slice(0, 500), location: values.location ?? null } };
    },
  });
}

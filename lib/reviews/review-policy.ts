import { can, type Actor } from "@/lib/auth/permissions";
import type { ApprovalDecision, ApprovalKind, ChangeRequestStatus } from "@/lib/reviews/schemas";

/**
 * The one place that decides who must approve a contract change, who may act on it and which state changes are
 * allowed. Pure: the use cases load a snapshot, ask here, then write. See docs/decisions/013-review-workflow.md.
 *
 * Required, for the current revision of a proposal:
 * - a reviewer's approval (anyone holding contract.review);
 * - the data owner's approval (the integration's data_owner; for a contract without one, its owner user; when the
 *   only data owner is the author, an admin holding contract.review.exception stands in);
 * - for a breaking change, and for a glossary change of a field's meaning or rules, an acknowledgement from the owner
 *   of each consumer it breaks or that declared the field, or an admin exception
 *   (reason and expiry) standing in for the missing ones until it expires. A warning ("may break some clients")
 *   breaks, and so needs the acknowledgement of, only consumers that declared a field it touches; the others are
 *   shown as at risk (decision 010);
 * - when the API standards' ruleset asks for it, an admin exception (reason and expiry) for a proposal that
 *   introduces error-level findings: the same exception that stands in for missing acknowledgements.
 * Nobody approves a proposal they wrote or edited. One person holding two roles (a reviewer who is also the data owner)
 * satisfies both with one approval.
 */

export interface PolicyConsumer {
  id: string;
  name: string;
  ownerUserId: string | null;
  ownerTeamId: string | null;
}

export interface PolicyApproval {
  kind: ApprovalKind;
  decision: ApprovalDecision;
  userId: string;
  userName?: string;
  revision: number;
  consumerId: string | null;
  exceptionExpiresAt: Date | null;
}

export interface ReviewSnapshot {
  status: ChangeRequestStatus;
  authorId: string;
  /** Others who edited the proposal (admins may): they count as its authors when it comes to deciding on it. */
  editorIds: readonly string[];
  revision: number;
  /** The team owning the contract: proposing, editing and withdrawing are scoped to it. */
  contractOwnerTeamId: string | null;
  /** The people whose approval counts as the data owner's (already resolved, see dataOwnersOf). */
  dataOwnerIds: readonly string[];
  /** Consumers of the base version whose owners must acknowledge: a breaking change touches them, or the meaning of a field they declared changes. */
  brokenConsumers: readonly PolicyConsumer[];
  /** Every approval given, of every revision: only the current revision's count. */
  approvals: readonly PolicyApproval[];
  /**
   * Error-level findings of the API standards the current revision introduces, counted only while the ruleset
   * requires an exception for them (0 otherwise).
   */
  newStandardsErrors: number;
}

export type StepKind = "reviewer" | "data_owner" | "consumer_acknowledgement" | "standards_exception";

export interface ReviewStep {
  kind: StepKind;
  satisfied: boolean;
  /** The approval that satisfied it (for an acknowledgement, possibly the admin exception). */
  satisfiedBy: PolicyApproval | null;
  consumer: PolicyConsumer | null;
}

export interface ReviewEvaluation {
  steps: ReviewStep[];
  satisfied: boolean;
  /** The admin exception in force for this revision, if any. */
  exception: PolicyApproval | null;
}

/** Who counts as the data owner: the integration's data owner, else the contract's owner user. */
export function dataOwnersOf({
  integrationDataOwnerId,
  contractOwnerUserId,
}: {
  integrationDataOwnerId: string | null;
  contractOwnerUserId: string | null;
}): string[] {
  if (integrationDataOwnerId) return [integrationDataOwnerId];
  return contractOwnerUserId ? [contractOwnerUserId] : [];
}

const TRANSITIONS: Record<ChangeRequestStatus, readonly ChangeRequestStatus[]> = {
  draft: ["in_review", "withdrawn"],
  in_review: ["changes_requested", "approved", "rejected", "withdrawn"],
  changes_requested: ["in_review", "rejected", "withdrawn"],
  approved: ["published"],
  rejected: [],
  withdrawn: [],
  published: [],
};

export function canTransition(from: ChangeRequestStatus, to: ChangeRequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isOpen(status: ChangeRequestStatus): boolean {
  return status === "draft" || status === "in_review" || status === "changes_requested";
}

/** Editing keeps the state but starts a new revision; closed proposals are history. */
export function isEditable(status: ChangeRequestStatus): boolean {
  return isOpen(status);
}

function currentApprovals(snapshot: ReviewSnapshot): PolicyApproval[] {
  return snapshot.approvals.filter((approval) => approval.revision === snapshot.revision);
}

function activeException(snapshot: ReviewSnapshot, now: Date): PolicyApproval | null {
  return (
    currentApprovals(snapshot).find(
      (approval) => approval.kind === "admin_exception" && approval.exceptionExpiresAt !== null && approval.exceptionExpiresAt.getTime() > now.getTime(),
    ) ?? null
  );
}

export function evaluateReview(snapshot: ReviewSnapshot, now: Date): ReviewEvaluation {
  const approvals = currentApprovals(snapshot);
  const approvalOf = (kind: ApprovalKind) => approvals.find((approval) => approval.kind === kind && approval.decision === "approved") ?? null;
  const exception = activeException(snapshot, now);
  const steps: ReviewStep[] = [
    { kind: "reviewer" as const, satisfiedBy: approvalOf("reviewer"), satisfied: false, consumer: null },
    { kind: "data_owner" as const, satisfiedBy: approvalOf("data_owner"), satisfied: false, consumer: null },
    ...snapshot.brokenConsumers.map((consumer): ReviewStep => {
      const acknowledgement =
        approvals.find(
          (approval) => approval.kind === "consumer_acknowledgement" && approval.consumerId === consumer.id && approval.decision === "acknowledged",
        ) ?? null;
      return { kind: "consumer_acknowledgement", satisfiedBy: acknowledgement ?? exception, satisfied: false, consumer };
    }),
    ...(snapshot.newStandardsErrors > 0 ? [{ kind: "standards_exception" as const, satisfiedBy: exception, satisfied: false, consumer: null }] : []),
  ].map((step) => ({ ...step, satisfied: step.satisfiedBy !== null }));
  return { steps, satisfied: steps.every((step) => step.satisfied), exception };
}

export function isAuthor(actor: Actor, snapshot: Pick<ReviewSnapshot, "authorId">): boolean {
  return actor.id === snapshot.authorId;
}

/** The author or anyone who edited the proposal: what they wrote needs someone else's eyes. */
export function hasWritten(actor: Actor, snapshot: Pick<ReviewSnapshot, "authorId" | "editorIds">): boolean {
  return isAuthor(actor, snapshot) || snapshot.editorIds.includes(actor.id);
}

/** Whether the actor may give the reviewer's approval (never to their own proposal). */
export function mayApproveAsReviewer(actor: Actor, snapshot: ReviewSnapshot): boolean {
  return !hasWritten(actor, snapshot) && can(actor, "contract.review");
}

/** Whether the actor may give the data owner's approval; an admin stands in when nobody but the author could. */
export function mayApproveAsDataOwner(actor: Actor, snapshot: ReviewSnapshot): boolean {
  if (hasWritten(actor, snapshot)) return false;
  if (snapshot.dataOwnerIds.includes(actor.id)) return true;
  const othersCanApprove = snapshot.dataOwnerIds.some((id) => id !== snapshot.authorId && !snapshot.editorIds.includes(id));
  return !othersCanApprove && can(actor, "contract.review.exception");
}

export function ownsConsumer(actor: Actor, consumer: PolicyConsumer): boolean {
  return consumer.ownerUserId === actor.id || (consumer.ownerTeamId !== null && actor.teamIds.includes(consumer.ownerTeamId));
}

/**
 * The approval kinds the actor's "approve" would add now: the outstanding steps they are eligible for. Empty when
 * they may approve but already did for this revision, or may not approve at all (see mayDecide).
 */
export function approvalKindsFor(actor: Actor, snapshot: ReviewSnapshot, now: Date): ("reviewer" | "data_owner")[] {
  if (snapshot.status !== "in_review") return [];
  const evaluation = evaluateReview(snapshot, now);
  const open = (kind: StepKind) => evaluation.steps.some((step) => step.kind === kind && !step.satisfied);
  const kinds: ("reviewer" | "data_owner")[] = [];
  if (open("reviewer") && mayApproveAsReviewer(actor, snapshot)) kinds.push("reviewer");
  if (open("data_owner") && mayApproveAsDataOwner(actor, snapshot)) kinds.push("data_owner");
  return kinds;
}

/** Reviewers and data owners decide: approve, request changes or reject. */
export function mayDecide(actor: Actor, snapshot: ReviewSnapshot): boolean {
  return mayApproveAsReviewer(actor, snapshot) || mayApproveAsDataOwner(actor, snapshot);
}

/** Consumers the actor may still acknowledge the breaking change for, in this revision. */
export function acknowledgeableConsumers(actor: Actor, snapshot: ReviewSnapshot, now: Date): PolicyConsumer[] {
  if (snapshot.status !== "in_review") return [];
  const evaluation = evaluateReview(snapshot, now);
  return evaluation.steps
    .filter((step) => step.kind === "consumer_acknowledgement" && step.consumer && ownsConsumer(actor, step.consumer))
    .filter((step) => !(step.satisfiedBy && step.satisfiedBy.kind === "consumer_acknowledgement"))
    .map((step) => step.consumer!);
}

/** The proposal's author edits, submits and withdraws it; so may an admin (contract.review.exception). */
export function mayManage(actor: Actor, snapshot: ReviewSnapshot): boolean {
  return (
    (isAuthor(actor, snapshot) && can(actor, "contract.propose", { ownerTeamId: snapshot.contractOwnerTeamId })) || can(actor, "contract.review.exception")
  );
}

/** Whether an admin exception would stand in for anything: missing acknowledgements or new standards errors. */
export function needsException(snapshot: Pick<ReviewSnapshot, "brokenConsumers" | "newStandardsErrors">): boolean {
  return snapshot.brokenConsumers.length > 0 || snapshot.newStandardsErrors > 0;
}

export function mayGrantException(actor: Actor, snapshot: ReviewSnapshot, now: Date): boolean {
  return (
    snapshot.status === "in_review" &&
    needsException(snapshot) &&
    !hasWritten(actor, snapshot) &&
    can(actor, "contract.review.exception") &&
    activeException(snapshot, now) === null
  );
}

export interface AvailableActions {
  edit: boolean;
  submit: boolean;
  withdraw: boolean;
  approve: boolean;
  requestChanges: boolean;
  reject: boolean;
  acknowledge: PolicyConsumer[];
  grantException: boolean;
}

/** What the actor may do to the proposal now: the request page shows these buttons and no others. */
export function availableActions(actor: Actor, snapshot: ReviewSnapshot, now: Date): AvailableActions {
  const manage = mayManage(actor, snapshot);
  const deciding = snapshot.status === "in_review" && mayDecide(actor, snapshot);
  return {
    edit: manage && isEditable(snapshot.status),
    submit: manage && canTransition(snapshot.status, "in_review"),
    withdraw: manage && canTransition(snapshot.status, "withdrawn"),
    approve: approvalKindsFor(actor, snapshot, now).length > 0,
    requestChanges: deciding,
    reject: deciding,
    acknowledge: acknowledgeableConsumers(actor, snapshot, now),
    grantException: mayGrantException(actor, snapshot, now),
  };
}

/** Whether the proposal waits for the actor: it is in review and they have something to approve or acknowledge. */
export function waitsFor(actor: Actor, snapshot: ReviewSnapshot, now: Date): boolean {
  if (snapshot.status !== "in_review") return false;
  return approvalKindsFor(actor, snapshot, now).length > 0 || acknowledgeableConsumers(actor, snapshot, now).length > 0;
}

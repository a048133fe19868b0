import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { can, NotFoundError, type Actor } from "@/lib/auth/permissions";
import type { ContractChange } from "@/lib/contract-diff";
import type { CursorPage } from "@/lib/pagination/cursor";
import { availableActions, waitsFor, type AvailableActions } from "@/lib/reviews/review-policy";
import { buildReviewDiff, type ReviewDiff } from "@/lib/reviews/review-diff";
import { toChangeRequestOutput, toReviewSnapshot } from "@/lib/reviews/review-view";
import {
  changeRequestWhere,
  findChangeRequestCursorPage,
  findChangeRequestList,
  findComments,
  findDiffTexts,
  findQueueCandidateIds,
  findReviewContext,
  REVIEWS_PAGE_SIZE,
} from "@/lib/reviews/repository";
import type { ChangeRequestListItem, ChangeRequestOutput, ReviewApiListQuery, ReviewListQuery } from "@/lib/reviews/schemas";

/**
 * The Reviews page's lists. "My queue" is what waits for the actor: requests in review where the policy says they
 * still have something to approve or acknowledge. SQL narrows the candidates; the policy decides on each.
 */
export async function findChangeRequests(
  db: PrismaClient,
  { actor, query, now = new Date() }: { actor: Actor; query: ReviewListQuery; now?: Date },
): Promise<{ items: ChangeRequestListItem[]; total: number; pageSize: number }> {
  const filters = { q: query.q, contract: query.contract, status: query.status, breaking: query.breaking };
  if (query.tab === "mine")
    return { ...(await findChangeRequestList(db, changeRequestWhere(filters, { authorId: actor.id }), query.page)), pageSize: REVIEWS_PAGE_SIZE };
  if (query.tab === "open")
    return { ...(await findChangeRequestList(db, changeRequestWhere(filters, { openOnly: true }), query.page)), pageSize: REVIEWS_PAGE_SIZE };
  if (query.status && query.status !== "in_review") return { items: [], total: 0, pageSize: REVIEWS_PAGE_SIZE };
  const ids = await queueIds(db, actor, filters, now);
  return { ...(await findChangeRequestList(db, changeRequestWhere({}, { ids }), query.page)), pageSize: REVIEWS_PAGE_SIZE };
}

async function queueIds(db: PrismaClient, actor: Actor, filters: Pick<ReviewListQuery, "q" | "contract" | "breaking">, now: Date): Promise<string[]> {
  const candidates = await findQueueCandidateIds(db, actor, can(actor, "contract.review"), filters);
  const waiting: string[] = [];
  for (const id of candidates) {
    const context = await findReviewContext(db, { id });
    if (context && waitsFor(actor, toReviewSnapshot(context), now)) waiting.push(id);
  }
  return waiting;
}

export async function findChangeRequestsPage(
  db: PrismaClient,
  { actor, query }: { actor: Actor; query: ReviewApiListQuery },
): Promise<CursorPage<ChangeRequestListItem>> {
  const filters = { q: query.q, contract: query.contract, status: query.status, breaking: query.breaking };
  const scope = query.tab === "mine" ? { authorId: actor.id } : query.tab === "open" ? { openOnly: true } : {};
  return findChangeRequestCursorPage(db, changeRequestWhere(filters, scope), query);
}

export interface ChangeRequestDetail {
  request: ChangeRequestOutput;
  actions: AvailableActions;
  /** The stored diff's fragments, for the side-by-side view. */
  fragments: Record<string, { base: string | null; proposed: string | null }>;
  changes: ContractChange[];
}

export async function findChangeRequest(
  db: PrismaClient,
  { actor, number, now = new Date() }: { actor: Actor; number: number; now?: Date },
): Promise<ChangeRequestDetail> {
  const context = await findReviewContext(db, { number });
  if (!context) throw new NotFoundError(`CR-${number}`);
  return {
    request: toChangeRequestOutput(context, now),
    actions: availableActions(actor, toReviewSnapshot(context), now),
    fragments: context.diff?.fragments ?? {},
    changes: context.diff?.changes ?? [],
  };
}

/** The text diff the review page shows; null for a first version, or documents too large to compare on a page. */
export async function findReviewDiff(db: PrismaClient, detail: Pick<ChangeRequestDetail, "request" | "changes">): Promise<ReviewDiff | null> {
  const texts = await findDiffTexts(db, detail.request.id);
  if (!texts?.base) return null;
  return buildReviewDiff(texts.base, texts.proposed, detail.changes);
}

export async function findChangeRequestComments(db: PrismaClient, number: number) {
  const context = await findReviewContext(db, { number });
  if (!context) throw new NotFoundError(`CR-${number}`);
  return { items: await findComments(db, context.id) };
}

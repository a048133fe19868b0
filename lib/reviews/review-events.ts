import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { notifyUsers } from "@/lib/notifications/notify-users";
import { publishEvent } from "@/lib/webhooks/publish-event";
import { findConsumerOwnerIds, findReviewerIds } from "@/lib/reviews/repository";

export type ReviewEventType = "submitted" | "approved" | "changes_requested" | "rejected" | "published" | "withdrawn";

export interface ReviewEventSubject {
  id: string;
  number: number;
  title: string;
  status: string;
  revision: number;
  authorId: string;
  proposedVersion: string;
  breakingCount: number;
  changeCount: number;
  contract: { id: string; slug: string; name: string };
}

export const changeRequestHref = (number: number) => `/reviews/${number}`;

/** Emits change_request.<type> to subscribed webhooks, in the caller's transaction. */
export async function publishReviewEvent(
  tx: Prisma.TransactionClient,
  type: ReviewEventType,
  subject: ReviewEventSubject,
  actor: Actor,
  now: Date,
  extra: Prisma.InputJsonObject = {},
): Promise<void> {
  await publishEvent(tx, {
    // Unique per occurrence: a request can be submitted again after changes were requested.
    id: `change_request.${type}:${subject.id}:${now.getTime()}`,
    type: `change_request.${type}`,
    occurredAt: now,
    data: {
      changeRequest: {
        id: subject.id,
        number: subject.number,
        title: subject.title,
        status: subject.status,
        revision: subject.revision,
        proposedVersion: subject.proposedVersion,
        breakingCount: subject.breakingCount,
        changeCount: subject.changeCount,
        href: changeRequestHref(subject.number),
      },
      contract: subject.contract,
      actor: { id: actor.id, email: actor.email },
      ...extra,
    },
  });
}

/** On submission: every reviewer, the data owners and the owners of the consumers the change touches. */
export async function notifyReviewRequested(
  tx: Prisma.TransactionClient,
  subject: ReviewEventSubject,
  {
    dataOwnerIds,
    affectedConsumers,
    breakingSentence,
  }: { dataOwnerIds: readonly string[]; affectedConsumers: readonly { ownerUserId: string | null; ownerTeamId: string | null }[]; breakingSentence: string },
  now: Date,
): Promise<void> {
  const reviewers = await findReviewerIds(tx);
  const consumerOwners = await findConsumerOwnerIds(tx, affectedConsumers);
  const recipients = [...new Set([...reviewers, ...dataOwnerIds, ...consumerOwners])].filter((id) => id !== subject.authorId);
  await notifyUsers(tx, {
    userIds: recipients,
    kind: "review.requested",
    title: `Review CR-${subject.number}: ${subject.contract.name} ${subject.proposedVersion}`,
    body: `${subject.title}. ${subject.breakingCount > 0 ? `${subject.breakingCount} breaking change${subject.breakingCount === 1 ? "" : "s"}. ` : ""}${breakingSentence}`,
    href: changeRequestHref(subject.number),
    dedupeKey: `change_request:${subject.id}:submitted:${now.getTime()}`,
  });
}

/** Tells the author (and whoever else is named) what happened to the proposal. */
export async function notifyDecision(
  tx: Prisma.TransactionClient,
  subject: ReviewEventSubject,
  actor: Actor,
  what: string,
  now: Date,
  others: readonly string[] = [],
): Promise<void> {
  await notifyUsers(tx, {
    userIds: [subject.authorId, ...others].filter((id) => id !== actor.id),
    kind: "review.decided",
    title: `CR-${subject.number} ${what}`,
    body: `${actor.name}: ${subject.contract.name} ${subject.proposedVersion} (${subject.title})`,
    href: changeRequestHref(subject.number),
    dedupeKey: `change_request:${subject.id}:${what}:${actor.id}:${now.getTime()}`,
  });
}

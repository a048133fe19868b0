import "server-only";
import type { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { authorize, can, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { conflictOn, invalidField } from "@/lib/catalog/contracts/contract-errors";
import { Forbidden } from "@/lib/errors/domain-errors";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { systemClock, type Clock } from "@/lib/jobs/clock";
import { notifyUsers } from "@/lib/notifications/notify-users";
import { runMutation, type MutationOutcome } from "@/lib/pipeline/run-mutation";
import type { AuditAction } from "@/lib/audit/audit-vocabulary";
import type { AuditTarget } from "@/lib/audit/record-audit-event";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import { publishEvent } from "@/lib/webhooks/publish-event";
import { enqueueEscalation, enqueueReminders } from "@/lib/deprecations/deprecation-schedule";
import { checkNotice, DAY_MS, type NoticeRefusal } from "@/lib/deprecations/notice-policy";
import {
  findConsumerOwners,
  findConsumersOfTarget,
  findDeprecationForUpdate,
  findNoticePolicy,
  findOpenDeprecationOf,
  findTarget,
  lockTarget,
  setTargetState,
  upsertNoticePolicy,
  type DeprecationForUpdate,
  type DeprecationTarget,
} from "@/lib/deprecations/repository";
import { zAnnounceDeprecationInput, zCancelInput, zNoticePolicyInput, zRetireInput, zUpdateSunsetInput } from "@/lib/deprecations/schemas";

interface UseCaseContext {
  actor: Actor;
  input: unknown;
  clock?: Clock;
}

const ownershipOf = (deprecation: DeprecationForUpdate) => ({ ownerTeamId: deprecation.target.ownerTeam?.id ?? null });
const auditTarget = (deprecation: { id: string; target: { label: string } }): AuditTarget => ({
  type: "deprecation",
  id: deprecation.id,
  label: deprecation.target.label,
});
const day = (date: Date) => date.toISOString().slice(0, 10);

function refuseNotice(verdict: { refusal: NoticeRefusal; pointer: string; detail: string }): never {
  if (verdict.refusal === "needs-admin") throw new Forbidden(verdict.detail, { issues: [{ pointer: verdict.pointer, detail: verdict.detail }] });
  throw invalidField(verdict.pointer, verdict.detail);
}

/** Closes an announced deprecation; false when another transaction closed it first. */
async function closeDeprecation(tx: Prisma.TransactionClient, id: string, data: Prisma.DeprecationUpdateManyMutationInput): Promise<boolean> {
  const { count } = await tx.deprecation.updateMany({ where: { id, status: "announced" }, data });
  return count === 1;
}

/**
 * What every change to an existing deprecation shares: the manage permission over the target's owning team,
 * the row loaded for update, the If-Match check when one is given, then a refusal once it is no longer announced.
 */
function changeOpenDeprecation<S extends z.ZodType, T>(
  db: PrismaClient,
  {
    actor,
    deprecationId,
    action,
    schema,
    input,
    ifMatch = null,
    write,
  }: {
    actor: Actor;
    deprecationId: string;
    action: AuditAction;
    schema: S;
    input: unknown;
    ifMatch?: string[] | null;
    write: (tx: Prisma.TransactionClient, args: { deprecation: DeprecationForUpdate; input: z.infer<S> }) => Promise<MutationOutcome<T>>;
  },
) {
  return runMutation(db, {
    actor,
    permission: "deprecation.manage",
    action,
    schema,
    input,
    load: (tx) => findDeprecationForUpdate(tx, deprecationId),
    ownershipOf,
    ifMatch: { expected: ifMatch, version: (deprecation) => deprecation.updatedAt, what: "deprecation" },
    write: async (tx, { input: parsed, resource }) => {
      const deprecation = resource;
      if (deprecation.status !== "announced") throw conflictOn("/", `This deprecation is ${deprecation.status}: it can no longer change.`);
      return write(tx, { deprecation, input: parsed });
    },
  });
}

/** Tells every consumer owner (and webhook subscribers) about one event of a deprecation, once per event key. */
async function announceToConsumerOwners(
  tx: Prisma.TransactionClient,
  {
    deprecation,
    consumerIds,
    eventKey,
    type,
    title,
    body,
    now,
    data,
  }: {
    deprecation: { id: string };
    consumerIds: string[];
    eventKey: string;
    type: WebhookEventType;
    title: string;
    body: string;
    now: Date;
    data: Prisma.InputJsonObject;
  },
) {
  const owners = await findConsumerOwners(tx, consumerIds);
  await notifyUsers(tx, { userIds: [...owners.values()].flat(), kind: type, title, body, href: `/deprecations/${deprecation.id}`, dedupeKey: eventKey });
  await publishEvent(tx, { id: eventKey, type, occurredAt: now, data: { deprecationId: deprecation.id, ...data } });
}

async function assertReplacement(
  tx: Prisma.TransactionClient,
  target: DeprecationTarget,
  input: { replacementVersionId?: string | null; replacementIntegrationId?: string | null },
) {
  if (input.replacementVersionId) {
    if (input.replacementVersionId === target.id) throw invalidField("/replacementVersionId", "A version cannot replace itself.");
    const replacement = await findTarget(tx, "contract_version", input.replacementVersionId);
    if (!replacement) throw invalidField("/replacementVersionId", `No contract version has the id "${input.replacementVersionId}".`);
    if (["retired", "deprecated"].includes(replacement.state))
      throw invalidField("/replacementVersionId", `${replacement.label} is ${replacement.state}: choose a version in service.`);
  }
  if (input.replacementIntegrationId) {
    if (input.replacementIntegrationId === target.id) throw invalidField("/replacementIntegrationId", "An integration cannot replace itself.");
    const replacement = await findTarget(tx, "integration", input.replacementIntegrationId);
    if (!replacement) throw invalidField("/replacementIntegrationId", `No integration has the id "${input.replacementIntegrationId}".`);
    if (["retired", "deprecated"].includes(replacement.state) || replacement.archived)
      throw invalidField("/replacementIntegrationId", `${replacement.label} is not in service: choose another.`);
  }
}

/**
 * Announces a deprecation: checks the notice against the policy, marks the target deprecated, opens a migration
 * item per consumer, tells their owners, and schedules reminders and the first escalation check, all in one
 * transaction.
 */
export async function announceDeprecation(db: PrismaClient, { actor, input, clock = systemClock }: UseCaseContext) {
  return runMutation(db, {
    actor,
    permission: "deprecation.manage",
    action: "deprecation.announce",
    schema: zAnnounceDeprecationInput,
    input,
    write: async (tx, { input: parsed }) => {
      const now = clock();
      const kind = parsed.targetKind;
      const targetId = (kind === "contract_version" ? parsed.contractVersionId : parsed.integrationId)!;
      const pointer = kind === "contract_version" ? "/contractVersionId" : "/integrationId";
      const target = await findTarget(tx, kind, targetId);
      if (!target) throw invalidField(pointer, `No ${kind === "contract_version" ? "contract version" : "integration"} has the id "${targetId}".`);
      authorize(actor, "deprecation.manage", { ownerTeamId: target.ownerTeam?.id ?? null });
      if (target.archived) throw conflictOn(pointer, `${target.label} is archived.`);
      if (target.state === "retired") throw conflictOn(pointer, `${target.label} is already retired.`);
      if (["draft", "proposed", "planned"].includes(target.state))
        throw conflictOn(pointer, `${target.label} is ${target.state}: only what is in service can be deprecated.`);
      await lockTarget(tx, target);
      const open = await findOpenDeprecationOf(tx, target);
      if (open) throw conflictOn(pointer, `${target.label} already has an announced deprecation (${open.id}): move its sunset instead.`);
      await assertReplacement(tx, target, parsed);

      const rule = (await findNoticePolicy(tx))[target.criticality];
      const verdict = checkNotice({
        announcedAt: now,
        sunsetAt: parsed.sunsetAt,
        now,
        rule,
        exceptionReason: parsed.noticeExceptionReason,
        mayGrantException: can(actor, "deprecation.override"),
      });
      if (!verdict.ok) refuseNotice(verdict);

      const deprecation = await tx.deprecation.create({
        data: {
          targetKind: kind,
          contractVersionId: kind === "contract_version" ? target.id : null,
          integrationId: kind === "integration" ? target.id : null,
          reason: parsed.reason,
          replacementVersionId: parsed.replacementVersionId ?? null,
          replacementIntegrationId: parsed.replacementIntegrationId ?? null,
          migrationGuideUrl: parsed.migrationGuideUrl ?? null,
          migrationGuide: parsed.migrationGuide ?? null,
          announcedAt: now,
          sunsetAt: parsed.sunsetAt,
          noticeExceptionReason: verdict.usesException ? parsed.noticeExceptionReason! : null,
          noticeExceptionById: verdict.usesException ? actor.id : null,
          createdById: actor.id,
        },
        select: { id: true, sunsetAt: true },
      });
      await setTargetState(tx, target, "deprecated");
      const consumers = await findConsumersOfTarget(tx, target);
      await tx.migrationItem.createMany({ data: consumers.map((consumer) => ({ deprecationId: deprecation.id, consumerId: consumer.id })) });
      await announceToConsumerOwners(tx, {
        deprecation,
        consumerIds: consumers.map((c) => c.id),
        eventKey: `deprecation:${deprecation.id}:announced`,
        type: "deprecation.announced",
        title: `${target.label} is deprecated: sunset ${day(parsed.sunsetAt)}`,
        body: `${parsed.reason} Acknowledge the notice within ${rule.acknowledgeWithinDays} days and plan your migration.`,
        now,
        data: {
          target: target.label,
          targetKind: kind,
          reason: parsed.reason,
          sunsetAt: parsed.sunsetAt.toISOString(),
          migrationGuideUrl: parsed.migrationGuideUrl ?? null,
          consumers: consumers.length,
        },
      });
      await enqueueReminders(tx, { deprecationId: deprecation.id, sunsetAt: deprecation.sunsetAt, now });
      if (consumers.length)
        await enqueueEscalation(tx, { deprecationId: deprecation.id, level: 1, runAt: new Date(now.getTime() + rule.acknowledgeWithinDays * DAY_MS) });

      return {
        result: { id: deprecation.id },
        target: { type: "deprecation", id: deprecation.id, label: target.label },
        after: {
          target: target.label,
          reason: parsed.reason,
          sunsetAt: parsed.sunsetAt,
          noticeDays: verdict.noticeDays,
          noticeExceptionReason: verdict.usesException ? parsed.noticeExceptionReason : null,
          consumers: consumers.map((c) => c.name),
        },
      };
    },
  });
}

/** Moves the sunset. Reminders are rescheduled for the new date; owners who have not migrated are told. */
export async function updateSunset(
  db: PrismaClient,
  { actor, deprecationId, input, ifMatch = null, clock = systemClock }: UseCaseContext & { deprecationId: string; ifMatch?: string[] | null },
) {
  return changeOpenDeprecation(db, {
    actor,
    deprecationId,
    action: "deprecation.sunset.change",
    schema: zUpdateSunsetInput,
    input,
    ifMatch,
    write: async (tx, { deprecation, input: parsed }) => {
      const now = clock();
      if (parsed.sunsetAt.getTime() === deprecation.sunsetAt.getTime()) throw conflictOn("/sunsetAt", "That is already the sunset date.");
      const rule = (await findNoticePolicy(tx))[deprecation.target.criticality];
      // An exception granted at announcement covers a later sunset too; a new, shorter one needs its own.
      const verdict = checkNotice({
        announcedAt: deprecation.announcedAt,
        sunsetAt: parsed.sunsetAt,
        now,
        rule,
        exceptionReason: parsed.noticeExceptionReason ?? (parsed.sunsetAt > deprecation.sunsetAt ? deprecation.noticeExceptionReason : null),
        mayGrantException: can(actor, "deprecation.override") || (!parsed.noticeExceptionReason && parsed.sunsetAt > deprecation.sunsetAt),
      });
      if (!verdict.ok) refuseNotice(verdict);
      // Compare-and-set on updatedAt: of two simultaneous moves, the second finds the row changed (412).
      const { count } = await tx.deprecation.updateMany({
        where: { id: deprecation.id, updatedAt: deprecation.updatedAt },
        data: {
          sunsetAt: parsed.sunsetAt,
          updatedAt: new Date(),
          ...(parsed.noticeExceptionReason && verdict.usesException
            ? { noticeExceptionReason: parsed.noticeExceptionReason, noticeExceptionById: actor.id }
            : {}),
        },
      });
      if (count !== 1) throw preconditionFailed("deprecation");
      const updated = { id: deprecation.id, sunsetAt: parsed.sunsetAt };
      await enqueueReminders(tx, { deprecationId: deprecation.id, sunsetAt: parsed.sunsetAt, now });
      const outstanding = await tx.migrationItem.findMany({
        where: { deprecationId: deprecation.id, status: { not: "migrated" } },
        select: { consumerId: true },
      });
      await announceToConsumerOwners(tx, {
        deprecation,
        consumerIds: outstanding.map((item) => item.consumerId),
        eventKey: `deprecation:${deprecation.id}:sunset:${parsed.sunsetAt.getTime()}`,
        type: "deprecation.sunset_changed",
        title: `${deprecation.target.label}: the sunset moves to ${day(parsed.sunsetAt)}`,
        body: `It was ${day(deprecation.sunsetAt)}.`,
        now,
        data: { target: deprecation.target.label, previousSunsetAt: deprecation.sunsetAt.toISOString(), sunsetAt: parsed.sunsetAt.toISOString() },
      });
      return {
        result: updated,
        target: auditTarget(deprecation),
        before: { sunsetAt: deprecation.sunsetAt },
        after: { sunsetAt: parsed.sunsetAt, noticeExceptionReason: parsed.noticeExceptionReason ?? undefined },
      };
    },
  });
}

/**
 * Retires what was deprecated. Refused while any consumer has not migrated, unless an admin overrides with a
 * reason; the version or integration becomes `retired` everywhere.
 */
export async function retireDeprecated(db: PrismaClient, { actor, deprecationId, input, clock = systemClock }: UseCaseContext & { deprecationId: string }) {
  return changeOpenDeprecation(db, {
    actor,
    deprecationId,
    action: "deprecation.retire",
    schema: zRetireInput,
    input,
    write: async (tx, { deprecation, input: parsed }) => {
      const now = clock();
      const outstanding = await tx.migrationItem.findMany({
        where: { deprecationId: deprecation.id, status: { not: "migrated" } },
        select: { consumerId: true, consumer: { select: { name: true } } },
      });
      if (outstanding.length > 0) {
        const names = outstanding.map((item) => item.consumer.name);
        const waiting = `${outstanding.length} consumer${outstanding.length === 1 ? " has" : "s have"} not migrated (${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}).`;
        if (!parsed.overrideReason) {
          throw conflictOn(
            "/overrideReason",
            can(actor, "deprecation.override") ? `${waiting} Give an override reason to retire anyway.` : `${waiting} Retiring now needs an admin's override.`,
          );
        }
        if (!can(actor, "deprecation.override")) throw new ForbiddenError("deprecation.override");
      }
      const override = outstanding.length > 0 ? parsed.overrideReason! : null;
      if (!(await closeDeprecation(tx, deprecation.id, { status: "retired", retiredAt: now, retiredById: actor.id, retireOverrideReason: override })))
        throw conflictOn("/", "This deprecation was closed meanwhile.");
      await setTargetState(tx, deprecation.target, "retired");
      await announceToConsumerOwners(tx, {
        deprecation,
        consumerIds: outstanding.map((item) => item.consumerId),
        eventKey: `deprecation:${deprecation.id}:retired`,
        type: "deprecation.retired",
        title: `${deprecation.target.label} is retired`,
        body: override ? `Retired before your migration was recorded as done: ${override}` : "Every consumer had migrated.",
        now,
        data: { target: deprecation.target.label, overrideReason: override, notMigrated: outstanding.length },
      });
      return {
        result: { id: deprecation.id },
        target: auditTarget(deprecation),
        before: { status: deprecation.status, targetState: deprecation.target.state },
        after: { status: "retired", targetState: "retired", overrideReason: override, notMigrated: outstanding.map((item) => item.consumer.name) },
      };
    },
  });
}

/** Withdraws an announcement: the target returns to service and pending reminders lapse. */
export async function cancelDeprecation(db: PrismaClient, { actor, deprecationId, input, clock = systemClock }: UseCaseContext & { deprecationId: string }) {
  return changeOpenDeprecation(db, {
    actor,
    deprecationId,
    action: "deprecation.cancel",
    schema: zCancelInput,
    input,
    write: async (tx, { deprecation, input: parsed }) => {
      if (!(await closeDeprecation(tx, deprecation.id, { status: "cancelled" }))) throw conflictOn("/", "This deprecation was closed meanwhile.");
      await setTargetState(tx, deprecation.target, "active");
      const items = await tx.migrationItem.findMany({ where: { deprecationId: deprecation.id }, select: { consumerId: true } });
      await announceToConsumerOwners(tx, {
        deprecation,
        consumerIds: items.map((item) => item.consumerId),
        eventKey: `deprecation:${deprecation.id}:cancelled`,
        type: "deprecation.cancelled",
        title: `The deprecation of ${deprecation.target.label} is cancelled`,
        body: parsed.reason,
        now: clock(),
        data: { target: deprecation.target.label, reason: parsed.reason },
      });
      return {
        result: { id: deprecation.id },
        target: auditTarget(deprecation),
        before: { status: deprecation.status },
        after: { status: "cancelled", reason: parsed.reason },
      };
    },
  });
}

/** Admins set a tier's minimum notice and acknowledgement time. */
export async function updateNoticePolicy(db: PrismaClient, { actor, input }: UseCaseContext) {
  return runMutation(db, {
    actor,
    permission: "deprecation.override",
    action: "deprecation.policy.change",
    schema: zNoticePolicyInput,
    input,
    write: async (tx, { input: parsed }) => {
      const before = (await findNoticePolicy(tx))[parsed.criticality];
      const row = await upsertNoticePolicy(tx, parsed);
      return {
        result: row,
        target: { type: "notice_policy", id: parsed.criticality, label: `Notice policy ${parsed.criticality}` },
        before,
        after: { minimumNoticeDays: row.minimumNoticeDays, acknowledgeWithinDays: row.acknowledgeWithinDays },
      };
    },
  });
}

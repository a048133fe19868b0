import type { Criticality } from "@/lib/generated/prisma/enums";

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface NoticeRule {
  minimumNoticeDays: number;
  acknowledgeWithinDays: number;
}

/**
 * What applies to a tier no admin has configured: the more critical an integration, the longer its consumers get
 * to migrate and the sooner their owners must say they have seen the notice.
 */
export const DEFAULT_NOTICE_POLICY: Readonly<Record<Criticality, NoticeRule>> = {
  tier1: { minimumNoticeDays: 90, acknowledgeWithinDays: 14 },
  tier2: { minimumNoticeDays: 60, acknowledgeWithinDays: 14 },
  tier3: { minimumNoticeDays: 30, acknowledgeWithinDays: 10 },
  tier4: { minimumNoticeDays: 14, acknowledgeWithinDays: 7 },
};

/** Reminders go to owners who have not migrated, this many days before the sunset. */
export const REMINDER_DAYS_BEFORE_SUNSET = [30, 14, 7] as const;

/** A contract that governs no integration is treated like an integration of the default tier. */
export const DEFAULT_CRITICALITY: Criticality = "tier3";

export type NoticePolicyTable = Readonly<Record<Criticality, NoticeRule>>;

/** The effective policy: admins' rows where they exist, the defaults elsewhere. */
export function resolveNoticePolicy(rows: readonly ({ criticality: Criticality } & NoticeRule)[]): NoticePolicyTable {
  const table = { ...DEFAULT_NOTICE_POLICY };
  for (const row of rows) table[row.criticality] = { minimumNoticeDays: row.minimumNoticeDays, acknowledgeWithinDays: row.acknowledgeWithinDays };
  return table;
}

/** Whole days of notice between the announcement and the sunset, rounded down: 89.9 days is not 90. */
export function noticeDays(announcedAt: Date, sunsetAt: Date): number {
  return Math.floor((sunsetAt.getTime() - announcedAt.getTime()) / DAY_MS);
}

export type NoticeVerdict =
  | { ok: true; noticeDays: number; usesException: boolean }
  /** `invalid`: no one may announce this; `needs-admin`: only an admin may grant the exception. */
  | { ok: false; pointer: string; detail: string; refusal: NoticeRefusal };

export type NoticeRefusal = "invalid" | "needs-admin";

/**
 * Whether a sunset date may be announced (or moved to). A sunset must lie in the future; a notice shorter than the
 * tier's minimum needs an exception with a reason, which only admins may grant.
 */
export function checkNotice({
  announcedAt,
  sunsetAt,
  now,
  rule,
  exceptionReason,
  mayGrantException,
}: {
  announcedAt: Date;
  sunsetAt: Date;
  now: Date;
  rule: NoticeRule;
  exceptionReason?: string | null;
  mayGrantException: boolean;
}): NoticeVerdict {
  if (sunsetAt.getTime() <= now.getTime()) return { ok: false, refusal: "invalid", pointer: "/sunsetAt", detail: "The sunset date must be in the future." };
  const days = noticeDays(announcedAt, sunsetAt);
  if (days >= rule.minimumNoticeDays) return { ok: true, noticeDays: days, usesException: false };
  const shortfall = `${days} days of notice is less than the ${rule.minimumNoticeDays} days this criticality requires.`;
  if (!exceptionReason) {
    return {
      ok: false,
      refusal: "invalid",
      pointer: "/sunsetAt",
      detail: mayGrantException
        ? `${shortfall} Choose a later sunset or give an exception reason.`
        : `${shortfall} Choose a later sunset, or ask an admin for an exception.`,
    };
  }
  if (!mayGrantException)
    return {
      ok: false,
      refusal: "needs-admin",
      pointer: "/noticeExceptionReason",
      detail: "Only an admin can grant a shorter notice than the policy's minimum.",
    };
  return { ok: true, noticeDays: days, usesException: true };
}

export interface ScheduledReminder {
  daysBefore: number;
  runAt: Date;
}

/** The reminders still ahead for a sunset: those whose moment has passed are not sent late. */
export function remindersFor(sunsetAt: Date, now: Date): ScheduledReminder[] {
  return REMINDER_DAYS_BEFORE_SUNSET.map((daysBefore) => ({ daysBefore, runAt: new Date(sunsetAt.getTime() - daysBefore * DAY_MS) })).filter(
    (reminder) => reminder.runAt.getTime() > now.getTime(),
  );
}

/** Whole days until the sunset (negative once it has passed), for countdowns. */
export function daysUntil(sunsetAt: Date, now: Date): number {
  return Math.ceil((sunsetAt.getTime() - now.getTime()) / DAY_MS);
}

import { describe, expect, it } from "vitest";
import { checkNotice, DEFAULT_NOTICE_POLICY, daysUntil, noticeDays, remindersFor, resolveNoticePolicy } from "@/lib/deprecations/notice-policy";

const now = new Date("2026-06-01T09:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const tier1 = DEFAULT_NOTICE_POLICY.tier1;

describe("notice policy", () => {
  it("gives the most critical tier the longest notice", () => {
    expect(DEFAULT_NOTICE_POLICY.tier1.minimumNoticeDays).toBe(90);
    expect(DEFAULT_NOTICE_POLICY.tier2.minimumNoticeDays).toBeGreaterThan(DEFAULT_NOTICE_POLICY.tier3.minimumNoticeDays);
    expect(DEFAULT_NOTICE_POLICY.tier4.minimumNoticeDays).toBe(14);
  });

  it("lets admins' rows override a tier and keeps the defaults elsewhere", () => {
    const table = resolveNoticePolicy([{ criticality: "tier1", minimumNoticeDays: 120, acknowledgeWithinDays: 5 }]);
    expect(table.tier1).toEqual({ minimumNoticeDays: 120, acknowledgeWithinDays: 5 });
    expect(table.tier2).toEqual(DEFAULT_NOTICE_POLICY.tier2);
  });

  it("accepts exactly the minimum notice and counts whole days only", () => {
    expect(checkNotice({ announcedAt: now, sunsetAt: inDays(90), now, rule: tier1, mayGrantException: false })).toEqual({
      ok: true,
      noticeDays: 90,
      usesException: false,
    });
    expect(noticeDays(now, new Date(inDays(90).getTime() - 1))).toBe(89);
  });

  it("refuses a shorter notice without an exception, naming the sunset", () => {
    const verdict = checkNotice({ announcedAt: now, sunsetAt: inDays(30), now, rule: tier1, mayGrantException: false });
    expect(verdict).toMatchObject({ ok: false, refusal: "invalid", pointer: "/sunsetAt" });
    expect(!verdict.ok && verdict.detail).toMatch(/30 days of notice is less than the 90 days/);
  });

  it("lets only admins grant an exception, and only with a reason", () => {
    expect(
      checkNotice({ announcedAt: now, sunsetAt: inDays(30), now, rule: tier1, exceptionReason: "Vendor ends support", mayGrantException: false }),
    ).toMatchObject({ ok: false, refusal: "needs-admin", pointer: "/noticeExceptionReason" });
    expect(checkNotice({ announcedAt: now, sunsetAt: inDays(30), now, rule: tier1, exceptionReason: "Vendor ends support", mayGrantException: true })).toEqual({
      ok: true,
      noticeDays: 30,
      usesException: true,
    });
    expect(checkNotice({ announcedAt: now, sunsetAt: inDays(30), now, rule: tier1, mayGrantException: true })).toMatchObject({ ok: false, refusal: "invalid" });
  });

  it("refuses a sunset in the past, even with an exception", () => {
    expect(checkNotice({ announcedAt: inDays(-200), sunsetAt: inDays(-1), now, rule: tier1, exceptionReason: "late", mayGrantException: true })).toMatchObject({
      ok: false,
      pointer: "/sunsetAt",
      detail: "The sunset date must be in the future.",
    });
  });

  it("schedules the 30, 14 and 7 day reminders that are still ahead", () => {
    expect(remindersFor(inDays(90), now).map((r) => [r.daysBefore, r.runAt.toISOString()])).toEqual([
      [30, inDays(60).toISOString()],
      [14, inDays(76).toISOString()],
      [7, inDays(83).toISOString()],
    ]);
    expect(remindersFor(inDays(20), now).map((r) => r.daysBefore)).toEqual([14, 7]);
    expect(remindersFor(inDays(5), now)).toEqual([]);
  });

  it("counts down in whole days, negative once the sunset has passed", () => {
    expect(daysUntil(inDays(10), now)).toBe(10);
    expect(daysUntil(inDays(-3), now)).toBe(-3);
  });
});

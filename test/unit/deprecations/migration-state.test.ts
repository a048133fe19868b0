import { describe, expect, it } from "vitest";
import { allowedNextStatuses, applyMigrationChange, checkMigrationTransition, MIGRATION_STATUSES } from "@/lib/deprecations/migration-state";

describe("migration state machine", () => {
  it("never returns to notified", () => {
    for (const from of MIGRATION_STATUSES) expect(checkMigrationTransition(from, { status: "notified" }).ok, from).toBe(false);
  });

  it("walks the usual path notified → acknowledged → migrating → migrated", () => {
    expect(checkMigrationTransition("notified", { status: "acknowledged" })).toEqual({ ok: true });
    expect(checkMigrationTransition("acknowledged", { status: "migrating" })).toEqual({ ok: true });
    expect(checkMigrationTransition("migrating", { status: "migrated" })).toEqual({ ok: true });
  });

  it("refuses a migrated consumer going back, naming what is allowed", () => {
    const verdict = checkMigrationTransition("migrated", { status: "acknowledged" });
    expect(verdict).toEqual({ ok: false, pointer: "/status", detail: "A migration that is migrated cannot become acknowledged (it can become migrating)." });
    expect(checkMigrationTransition("migrating", { status: "acknowledged" }).ok).toBe(false);
  });

  it("reopens a finished migration only with a reason", () => {
    expect(checkMigrationTransition("migrated", { status: "migrating" })).toMatchObject({ ok: false, pointer: "/reopenReason" });
    expect(checkMigrationTransition("migrated", { status: "migrating", reopenReason: "The nightly job still reads v1" })).toEqual({ ok: true });
  });

  it("needs a reason to block, and lets the reason change", () => {
    expect(checkMigrationTransition("migrating", { status: "blocked" })).toMatchObject({ ok: false, pointer: "/blockedReason" });
    expect(checkMigrationTransition("migrating", { status: "blocked", blockedReason: "  " })).toMatchObject({ ok: false, pointer: "/blockedReason" });
    expect(checkMigrationTransition("blocked", { status: "blocked", blockedReason: "Vendor release slipped to May" })).toEqual({ ok: true });
    expect(allowedNextStatuses("blocked")).toContain("migrating");
  });

  it("records the first acknowledgement once, and clears the blocked reason when unblocked", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(
      applyMigrationChange({ status: "notified", acknowledgedAt: null }, { status: "blocked", blockedReason: " waiting " }, { now, actorId: "u1" }),
    ).toEqual({
      status: "blocked",
      blockedReason: "waiting",
      acknowledgedAt: now,
      acknowledgedById: "u1",
      migratedAt: null,
    });
    const later = applyMigrationChange(
      { status: "blocked", acknowledgedAt: now },
      { status: "migrated" },
      { now: new Date("2026-07-01T00:00:00Z"), actorId: "u2" },
    );
    expect(later).toEqual({ status: "migrated", blockedReason: null, migratedAt: new Date("2026-07-01T00:00:00Z") });
  });
});

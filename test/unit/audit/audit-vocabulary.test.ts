import { describe, expect, it } from "vitest";
import { auditTargetHref } from "@/lib/audit/audit-target-link";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, auditActionLabel, auditTargetLabel } from "@/lib/audit/audit-vocabulary";
import { zAuditQuery } from "@/lib/audit/schemas";

describe("the audit vocabulary", () => {
  it("links every target type to a page of the portal", () => {
    const unlinked = AUDIT_TARGET_TYPES.filter((type) => auditTargetHref(type, "id-1", "key-1") === null);
    expect(unlinked).toEqual([]);
    for (const type of AUDIT_TARGET_TYPES) expect(auditTargetHref(type, "id-1", "key-1")).toMatch(/^\//);
  });

  it("names every target type and action for people, and shows an unknown stored name as it is", () => {
    for (const type of AUDIT_TARGET_TYPES) expect(auditTargetLabel(type)).not.toBe(type);
    for (const action of AUDIT_ACTIONS) expect(auditActionLabel(action)).not.toBe(action);
    expect(auditTargetLabel("something_else")).toBe("something_else");
    expect(auditActionLabel("something.else")).toBe("something.else");
  });

  it("filters only by a known target type", () => {
    expect(zAuditQuery.parse({ targetType: "webhook_endpoint" }).targetType).toBe("webhook_endpoint");
    expect(zAuditQuery.safeParse({ targetType: "Team" }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { diffAuditValues, formatAuditValue } from "@/lib/audit/audit-diff";
import { auditHistoryHref, auditTargetHref } from "@/lib/audit/audit-target-link";
import { zAuditQuery } from "@/lib/audit/schemas";

describe("diffAuditValues", () => {
  it("marks exactly the fields whose value changed", () => {
    expect(diffAuditValues({ role: "viewer", name: "Ann", tags: ["a"] }, { role: "owner", name: "Ann", tags: ["a", "b"] })).toEqual([
      { field: "role", before: "viewer", after: "owner", changed: true },
      { field: "name", before: "Ann", after: "Ann", changed: false },
      { field: "tags", before: ["a"], after: ["a", "b"], changed: true },
    ]);
  });

  it("treats every field of a creation as changed and keeps fields only one side has", () => {
    expect(diffAuditValues(null, { name: "x" })).toEqual([{ field: "name", before: undefined, after: "x", changed: true }]);
    expect(diffAuditValues({ a: 1 }, { b: 2 }).map((c) => [c.field, c.changed])).toEqual([
      ["a", true],
      ["b", true],
    ]);
    expect(diffAuditValues(undefined, undefined)).toEqual([]);
  });

  it("compares non-object values as one field", () => {
    expect(diffAuditValues("old", "new")).toEqual([{ field: "value", before: "old", after: "new", changed: true }]);
  });

  it("formats values for a diff cell", () => {
    expect(formatAuditValue(null)).toBe("—");
    expect(formatAuditValue("text")).toBe("text");
    expect(formatAuditValue({ a: [1] })).toBe('{"a":[1]}');
  });
});

describe("auditTargetHref", () => {
  it("links catalog records by their key or slug, consumers by id, people to Admin", () => {
    expect(auditTargetHref("integration", "cuid1", "INT-0042")).toBe("/catalog/integrations/INT-0042");
    expect(auditTargetHref("system", "cuid2", "sap-erp")).toBe("/catalog/systems/sap-erp");
    expect(auditTargetHref("contract", "cuid3", "order-events")).toBe("/catalog/contracts/order-events");
    expect(auditTargetHref("consumer", "cuid4")).toBe("/catalog/consumers/cuid4");
    expect(auditTargetHref("user", "cuid5")).toBe("/admin");
  });

  it("links the records without a page of their own to the page that manages them", () => {
    expect(auditTargetHref("api_token", "t1")).toBe("/settings/tokens");
    expect(auditTargetHref("webhook_endpoint", "w1")).toBe("/admin/webhooks/w1");
    expect(auditTargetHref("job", "j1")).toBe("/admin/jobs");
  });

  it("gives no link for a deleted record or an unknown entity", () => {
    expect(auditTargetHref("integration", "gone", undefined)).toBeNull();
    expect(auditTargetHref("Team", "t1")).toBeNull();
    expect(auditHistoryHref("system", "a b")).toBe("/audit?targetType=system&targetId=a+b");
  });
});

describe("zAuditQuery", () => {
  it("reads a bare 'to' date as the end of that day and ignores empty fields", () => {
    const query = zAuditQuery.parse({ to: "2026-11-21", from: "2026-11-01", actorId: "" });
    expect(query.to?.toISOString()).toBe("2026-11-21T23:59:59.999Z");
    expect(query.from?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(query.actorId).toBeUndefined();
    expect(zAuditQuery.safeParse({ from: "not a date" }).success).toBe(false);
  });
});

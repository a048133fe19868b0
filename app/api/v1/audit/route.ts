import { defineOperation } from "@/lib/http/define-operation";
import { findAuditEventPage } from "@/lib/audit/repository";
import { zAuditApiQuery, zAuditEventPage } from "@/lib/audit/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/audit",
  operationId: "listAuditEvents",
  summary: "Read the audit trail",
  description: "Every governed change, newest first, with the changed fields before and after. Same filters as the Audit page.",
  tag: "Audit",
  access: "audit.read",
  query: zAuditApiQuery,
  response: { status: 200, description: "A page of changes; pass `nextCursor` as `cursor` for the next.", schema: zAuditEventPage },
  handler: ({ db, query }) => findAuditEventPage(db, query),
});

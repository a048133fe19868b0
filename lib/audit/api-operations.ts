import type { ApiOperation } from "@/lib/api-docs/operation";
import { zAuditApiQuery, zAuditEventPage } from "@/lib/audit/schemas";

export const auditApiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/audit",
    operationId: "listAuditEvents",
    summary: "Read the audit trail",
    description: "Every governed change, newest first, with the changed fields before and after. Same filters as the Audit page.",
    tag: "Audit",
    permission: "audit.read",
    query: zAuditApiQuery,
    responses: { 200: { description: "A page of changes; pass `nextCursor` as `cursor` for the next.", schema: zAuditEventPage } },
  },
];

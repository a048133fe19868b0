import { apiRoute } from "@/lib/http/api-route";
import { authorize } from "@/lib/auth/permissions";
import { findAuditEventPage } from "@/lib/audit/repository";
import { zAuditApiQuery } from "@/lib/audit/schemas";
import { HttpError } from "@/lib/http/http-error";
import { validationProblem } from "@/lib/http/problem-details";

export const GET = apiRoute(async ({ request, actor, db }) => {
  authorize(actor, "audit.read");
  const parsed = zAuditApiQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new HttpError(validationProblem(parsed.error, "query"));
  return Response.json(await findAuditEventPage(db, parsed.data));
});

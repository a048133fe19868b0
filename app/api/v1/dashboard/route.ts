import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/read-query";
import { dashboardToCsv } from "@/lib/dashboard/dashboard-csv";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { zDashboardQuery } from "@/lib/dashboard/schemas";

export const GET = apiRoute(async ({ request, actor, db }) => {
  const { format } = readQuery(request, zDashboardQuery);
  const dashboard = await getDashboard(db, { actor, now: new Date() });
  if (format === "json") return Response.json(dashboard);
  return new Response(dashboardToCsv(dashboard), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="dashboard-${dashboard.generatedAt.toISOString().slice(0, 10)}.csv"` },
  });
});

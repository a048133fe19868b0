import { defineOperation } from "@/lib/http/define-operation";
import { dashboardToCsv } from "@/lib/dashboard/dashboard-csv";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { zDashboard, zDashboardQuery } from "@/lib/dashboard/schemas";

export const GET = defineOperation({
  method: "GET",
  path: "/api/v1/dashboard",
  operationId: "getDashboard",
  summary: "The executive dashboard's figures",
  description:
    "Headline figures with their value 30 days ago (from the daily snapshot; null when there is none yet), critical dependencies by business capability, the ten highest risks with reasons and whom to call, the prioritisation matrix and the chart series. format=csv downloads the same figures as one table.",
  tag: "Dashboard",
  access: "catalog.read",
  query: zDashboardQuery,
  response: { status: 200, description: "The dashboard, as the page shows it", schema: zDashboard },
  handler: async ({ db, actor, query }) => {
    const dashboard = await getDashboard(db, { actor, now: new Date() });
    if (query.format === "json") return dashboard;
    return new Response(dashboardToCsv(dashboard), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="dashboard-${dashboard.generatedAt.toISOString().slice(0, 10)}.csv"`,
      },
    });
  },
});

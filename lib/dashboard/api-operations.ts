import type { ApiOperation } from "@/lib/api-docs/operation";
import { zDashboard, zDashboardQuery } from "@/lib/dashboard/schemas";

export const dashboardApiOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/dashboard",
    operationId: "getDashboard",
    summary: "The executive dashboard's figures",
    description:
      "Headline figures with their value 30 days ago (from the daily snapshot; null when there is none yet), critical dependencies by business capability, the ten highest risks with reasons and whom to call, the prioritisation matrix and the chart series. format=csv downloads the same figures as one table.",
    tag: "Dashboard",
    permission: "catalog.read",
    query: zDashboardQuery,
    responses: { 200: { description: "The dashboard, as the page shows it", schema: zDashboard } },
  },
];

import type { KpiKey } from "@/lib/dashboard/schemas";

/**
 * Every figure on the dashboard counts live integrations: not archived and not retired. The catalog list shows
 * retired ones by default, so each drill-down link carries the lifecycle filter too and lands on exactly the
 * integrations that were counted.
 */
export const LIVE_LIFECYCLES = "planned,active,deprecated";

function queryString(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => !!entry[1])
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ",")}`)
    .join("&");
}

/** The integrations list filtered as given, restricted to live integrations. */
export function catalogHref(filters: Record<string, string | undefined> = {}): string {
  return `/catalog?${queryString({ ...filters, lifecycle: LIVE_LIFECYCLES })}`;
}

export const integrationHref = (key: string) => `/catalog/integrations/${encodeURIComponent(key)}`;

/** Where each headline figure drills down to. */
export const KPI_LINKS: Record<KpiKey, string> = {
  integrations: catalogHref(),
  critical: catalogHref({ criticality: "tier1" }),
  // No data owner covers "no owner at all" too: an integration with no owner has no data owner.
  unowned: catalogHref({ missing: "data-owner" }),
  unmonitored: catalogHref({ health: "unmonitored" }),
  failingOrDegraded: catalogHref({ health: "failing,degraded" }),
  contractsWithoutSpec: "/catalog/contracts?spec=missing",
  deprecationsOverdue: "/deprecations?overdue=true",
  openChangeRequests: "/reviews?tab=open",
};

export const KPI_LABELS: Record<KpiKey, string> = {
  integrations: "Integrations",
  critical: "Critical (tier 1)",
  unowned: "Unowned",
  unmonitored: "Unmonitored",
  failingOrDegraded: "Failing or degraded",
  contractsWithoutSpec: "Contracts without a spec",
  deprecationsOverdue: "Deprecations overdue",
  openChangeRequests: "Open change requests",
};

export const READINESS_HREF = "/assessments?scope=organisation";

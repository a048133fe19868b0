import { isAuditTargetType, type AuditTargetType } from "@/lib/audit/audit-vocabulary";

type TargetLink = (targetId: string, naturalKey: string | null | undefined) => string | null;
const byKey =
  (path: string): TargetLink =>
  (_id, naturalKey) =>
    naturalKey ? `${path}/${encodeURIComponent(naturalKey)}` : null;
const byId =
  (path: string): TargetLink =>
  (targetId) =>
    `${path}/${encodeURIComponent(targetId)}`;

/**
 * Where each kind of audited record lives in the portal; the Record type makes a new target type a compile error
 * until it has a place. Integrations, systems, contracts, teams and change requests are addressed by their human
 * key, slug or number (looked up by the repository, since audit rows keep the id: a deleted record has none and
 * gets no link); the others by id, or by the page that manages them.
 */
const TARGET_LINKS: Readonly<Record<AuditTargetType, TargetLink>> = {
  api_token: () => "/settings/tokens",
  assessment: byId("/assessments"),
  catalog: () => "/catalog",
  change_request: byKey("/reviews"),
  consumer: byId("/catalog/consumers"),
  contract: byKey("/catalog/contracts"),
  database: () => "/",
  deprecation: byId("/deprecations"),
  incident: byId("/incidents"),
  integration: byKey("/catalog/integrations"),
  "integration-import": () => "/catalog",
  job: () => "/admin/jobs",
  notice_policy: () => "/admin#notice-policy",
  standards_ruleset: () => "/standards",
  system: byKey("/catalog/systems"),
  team: byKey("/catalog/teams"),
  user: () => "/admin",
  webhook_endpoint: byId("/admin/webhooks"),
};

export function auditTargetHref(targetType: string, targetId: string, naturalKey?: string | null): string | null {
  return isAuditTargetType(targetType) ? TARGET_LINKS[targetType](targetId, naturalKey) : null;
}

/** The Audit page filtered to one record's history. */
export function auditHistoryHref(targetType: string, targetId: string): string {
  return `/audit?${new URLSearchParams({ targetType, targetId }).toString()}`;
}

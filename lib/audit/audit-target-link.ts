/**
 * Where an audited record lives in the portal. Integrations, systems and contracts are addressed by their human
 * key or slug (looked up by the repository, since audit rows keep the id); consumers by id; people on the Admin page.
 */
export function auditTargetHref(targetType: string, targetId: string, naturalKey?: string | null): string | null {
  switch (targetType) {
    case "integration":
      return naturalKey ? `/catalog/integrations/${encodeURIComponent(naturalKey)}` : null;
    case "system":
      return naturalKey ? `/catalog/systems/${encodeURIComponent(naturalKey)}` : null;
    case "contract":
      return naturalKey ? `/catalog/contracts/${encodeURIComponent(naturalKey)}` : null;
    case "consumer":
      return `/catalog/consumers/${encodeURIComponent(targetId)}`;
    case "team":
      return naturalKey ? `/catalog/teams/${encodeURIComponent(naturalKey)}` : null;
    case "user":
      return "/admin";
    case "deprecation":
      return `/deprecations/${encodeURIComponent(targetId)}`;
    case "notice_policy":
      return "/admin#notice-policy";
    case "change_request":
      return naturalKey ? `/reviews/${encodeURIComponent(naturalKey)}` : null;
    default:
      return null;
  }
}

/** The Audit page filtered to one record's history. */
export function auditHistoryHref(targetType: string, targetId: string): string {
  return `/audit?${new URLSearchParams({ targetType, targetId }).toString()}`;
}

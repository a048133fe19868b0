/**
 * The audit trail's vocabulary: every kind of record a row can point at and every action it can record. The
 * pipeline only accepts these (a typo is a compile error, not a row nobody can filter for), the Audit page's filters
 * offer them with human labels, and `audit-target-link.ts` must give every target type a place in the portal.
 * Rows are append-only, so a name, once written, stays in this list.
 */
export const AUDIT_TARGET_TYPES = [
  "api_token",
  "assessment",
  "catalog",
  "change_request",
  "consumer",
  "contract",
  "database",
  "deprecation",
  "incident",
  "integration",
  "integration-import",
  "job",
  "notice_policy",
  "standards_ruleset",
  "system",
  "team",
  "user",
  "webhook_endpoint",
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export const AUDIT_TARGET_LABELS: Readonly<Record<AuditTargetType, string>> = {
  api_token: "API token",
  assessment: "Readiness assessment",
  catalog: "Catalog",
  change_request: "Change request",
  consumer: "Consumer",
  contract: "Contract",
  database: "Database",
  deprecation: "Deprecation",
  incident: "Incident",
  integration: "Integration",
  "integration-import": "Integration import",
  job: "Background job",
  notice_policy: "Notice policy",
  standards_ruleset: "API standards ruleset",
  system: "System",
  team: "Team",
  user: "User",
  webhook_endpoint: "Webhook endpoint",
};

/** Each action with how the Audit page's filter names it. The prefix before the first dot is its subject. */
export const AUDIT_ACTION_LABELS = {
  "api_token.create": "API token created",
  "api_token.revoke": "API token revoked",
  "assessment.take": "Readiness assessment taken",
  "catalog.backstage.import": "Backstage catalog imported",
  "catalog.import": "Catalog imported",
  "change_request.acknowledge": "Change acknowledged by a consumer",
  "change_request.approve": "Change request approved",
  "change_request.comment": "Change request commented",
  "change_request.edit": "Change request edited",
  "change_request.exception": "Change request exception granted",
  "change_request.propose": "Change proposed",
  "change_request.reject": "Change request rejected",
  "change_request.request_changes": "Changes requested",
  "change_request.submit": "Change request submitted",
  "change_request.withdraw": "Change request withdrawn",
  "consumer.archive": "Consumer archived",
  "consumer.create": "Consumer created",
  "consumer.update": "Consumer updated",
  "contract.archive": "Contract archived",
  "contract.create": "Contract created",
  "contract.sample.delete": "Data contract sample deleted",
  "contract.sample.save": "Data contract sample saved",
  "contract.update": "Contract updated",
  "contract.version.create": "Contract version created",
  "contract.version.publish": "Contract version published",
  "contract.version.rules.update": "Data contract rules changed",
  "contract.version.update": "Contract version updated",
  "deprecation.announce": "Deprecation announced",
  "deprecation.cancel": "Deprecation cancelled",
  "deprecation.escalate": "Deprecation escalated",
  "deprecation.migration.update": "Consumer migration updated",
  "deprecation.policy.change": "Notice policy changed",
  "deprecation.retire": "Deprecated record retired",
  "deprecation.sunset.change": "Sunset date changed",
  "incident.acknowledge": "Incident acknowledged",
  "incident.open": "Incident opened",
  "incident.resolve": "Incident resolved",
  "integration.archive": "Integration archived",
  "integration.create": "Integration created",
  "integration.health.override": "Health overridden",
  "integration.health.override_end": "Health override ended",
  "integration.import": "Integrations imported",
  "integration.update": "Integration updated",
  "job.retry": "Job retried",
  "seed.demo-loaded": "Demo data loaded",
  "standards.ruleset.change": "API standards ruleset changed",
  "system.archive": "System archived",
  "system.create": "System created",
  "system.update": "System updated",
  "team.create": "Team created",
  "team.member.add": "Team member added",
  "team.member.remove": "Team member removed",
  "team.member.update": "Team member updated",
  "team.update": "Team updated",
  "user.role.change": "User role changed",
  "user.sso.claims": "Single sign-on claims applied",
  "user.sso.create": "User created by single sign-on",
  "user.sso.link": "Single sign-on identity linked",
  "user.sso.unlink": "Single sign-on identity unlinked",
  "webhook.create": "Webhook endpoint created",
  "webhook.delete": "Webhook endpoint deleted",
  "webhook.redeliver": "Webhook delivery retried",
  "webhook.test_sent": "Webhook test event sent",
  "webhook.update": "Webhook endpoint updated",
} as const satisfies Record<string, string>;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export function isAuditTargetType(value: string): value is AuditTargetType {
  return (AUDIT_TARGET_TYPES as readonly string[]).includes(value);
}

/** A stored row's label for a target type or action; rows written before a name existed show it as stored. */
export function auditTargetLabel(type: string): string {
  return isAuditTargetType(type) ? AUDIT_TARGET_LABELS[type] : type;
}

export function auditActionLabel(action: string): string {
  return action in AUDIT_ACTION_LABELS ? AUDIT_ACTION_LABELS[action as AuditAction] : action;
}

import type { Role } from "@/lib/generated/prisma/enums";
import { Forbidden, NotFound } from "@/lib/errors/domain-errors";

/**
 * The one role/permission table. Every check in the portal (pages, route handlers, buttons) goes through
 * `can` / `authorize` below; nothing tests a role by name elsewhere.
 *
 * A grant's scope says which resources it covers: "any" resource, only resources owned by one of the
 * actor's teams ("team"), or none. Reading is open to every signed-in role: a governance portal exists so
 * that everyone can see what depends on what.
 */
export const ROLES = ["viewer", "owner", "reviewer", "admin"] as const satisfies readonly Role[];

export const PERMISSIONS = [
  "catalog.read",
  "catalog.create",
  "catalog.update",
  "catalog.archive",
  "contract.propose",
  "contract.review",
  // Admin-only: stand in for missing consumer acknowledgements (with a reason and an expiry) or a missing data owner.
  "contract.review.exception",
  "deprecation.manage",
  "deprecation.override",
  "assessment.take",
  "audit.read",
  "token.manage",
  "user.manage",
  "webhook.manage",
  "job.manage",
  // Adding and removing a team's members and leads. Its "team" scope covers only teams the actor *leads*: the
  // caller passes the team as the resource only when the actor is one of its leads (lib/catalog/teams/membership.ts).
  "team.membership.manage",
  // Linking or unlinking a single sign-on identity: "own" on one's own account (proved by signing in at the provider
  // while signed in here), "others" on anyone's, by issuer and subject.
  "sso.link.own",
  "sso.link.others",
  // Reporting live signals (POST /api/v1/signals, the OTLP receiver) for an integration: owners for their teams'.
  "signals.write",
  // Asking an integration's data contract for routing decisions (POST …/decisions): producers and gateways of the
  // integration's team, usually through an API token with the "decisions" scope.
  "integration.decide",
  // Acknowledging and resolving the incidents the anomaly evaluation opens on an integration (lib/incidents).
  "incident.manage",
  // Scraping the portal's own operational metrics (GET /metrics for Prometheus, decision 052): admins only, usually
  // through an API token with the "metrics:read" scope.
  "metrics.read",
  // Changing the API standards' ruleset (lib/standards): each rule's severity and whether new error-level findings
  // need an exception in review. Organisation-wide, so admins only.
  "standards.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];
export type GrantScope = "any" | "team" | "none";

export const PERMISSION_TABLE: Record<Role, Record<Permission, GrantScope>> = {
  viewer: {
    "catalog.read": "any",
    "catalog.create": "none",
    "catalog.update": "none",
    "catalog.archive": "none",
    "contract.propose": "none",
    "contract.review": "none",
    "contract.review.exception": "none",
    "deprecation.manage": "none",
    "deprecation.override": "none",
    "assessment.take": "none",
    "audit.read": "any",
    "token.manage": "any",
    "user.manage": "none",
    "webhook.manage": "none",
    "job.manage": "none",
    "team.membership.manage": "none",
    "sso.link.own": "any",
    "sso.link.others": "none",
    "signals.write": "none",
    "integration.decide": "none",
    "incident.manage": "none",
    "metrics.read": "none",
    "standards.manage": "none",
  },
  owner: {
    "catalog.read": "any",
    "catalog.create": "team",
    "catalog.update": "team",
    "catalog.archive": "team",
    "contract.propose": "team",
    "contract.review": "none",
    "contract.review.exception": "none",
    "deprecation.manage": "team",
    "deprecation.override": "none",
    "assessment.take": "team",
    "audit.read": "any",
    "token.manage": "any",
    "user.manage": "none",
    "webhook.manage": "none",
    "job.manage": "none",
    "team.membership.manage": "team",
    "sso.link.own": "any",
    "sso.link.others": "none",
    "signals.write": "team",
    "integration.decide": "team",
    "incident.manage": "team",
    "metrics.read": "none",
    "standards.manage": "none",
  },
  reviewer: {
    "catalog.read": "any",
    "catalog.create": "none",
    "catalog.update": "none",
    "catalog.archive": "none",
    "contract.propose": "none",
    "contract.review": "any",
    "contract.review.exception": "none",
    "deprecation.manage": "none",
    "deprecation.override": "none",
    "assessment.take": "team",
    "audit.read": "any",
    "token.manage": "any",
    "user.manage": "none",
    "webhook.manage": "none",
    "job.manage": "none",
    "team.membership.manage": "none",
    "sso.link.own": "any",
    "sso.link.others": "none",
    "signals.write": "none",
    "integration.decide": "none",
    "incident.manage": "none",
    "metrics.read": "none",
    "standards.manage": "none",
  },
  admin: {
    "catalog.read": "any",
    "catalog.create": "any",
    "catalog.update": "any",
    "catalog.archive": "any",
    "contract.propose": "any",
    "contract.review": "any",
    "contract.review.exception": "any",
    "deprecation.manage": "any",
    "deprecation.override": "any",
    "assessment.take": "any",
    "audit.read": "any",
    "token.manage": "any",
    "user.manage": "any",
    "webhook.manage": "any",
    "job.manage": "any",
    "team.membership.manage": "any",
    "sso.link.own": "any",
    "sso.link.others": "any",
    "signals.write": "any",
    "integration.decide": "any",
    "incident.manage": "any",
    "metrics.read": "any",
    "standards.manage": "any",
  },
};

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamIds: readonly string[];
}

/** What authorization needs to know about a resource: the team that owns it, when it has one. */
export interface OwnedResource {
  ownerTeamId: string | null;
}

export function can(actor: Actor, permission: Permission, resource?: OwnedResource): boolean {
  const scope = PERMISSION_TABLE[actor.role][permission];
  if (scope === "any") return true;
  // Anything but an explicit team grant (including a permission missing from the table) is a refusal.
  if (scope !== "team") return false;
  // Without a resource, "team" answers "may this actor do it to some resource at all?" (to show a button).
  if (!resource) return actor.teamIds.length > 0;
  return resource.ownerTeamId !== null && actor.teamIds.includes(resource.ownerTeamId);
}

/** A refusal by the permission table: a domain Forbidden that names the permission the actor lacks. */
export class ForbiddenError extends Forbidden {
  constructor(readonly permission: Permission) {
    super(`You do not have permission to do this (${permission}).`);
  }
}

/** A record that does not exist or that the actor may not read (the two are indistinguishable on purpose). */
export class NotFoundError extends NotFound {
  constructor(readonly what = "The resource") {
    super(what);
  }
}

/**
 * Throws unless the actor may act. Fails closed: a resource the actor may not even read answers
 * NotFound, so its existence is not disclosed; one it may read but not change answers Forbidden.
 */
export function authorize(actor: Actor, permission: Permission, resource?: OwnedResource): void {
  if (can(actor, permission, resource)) return;
  if (resource && !can(actor, "catalog.read", resource)) throw new NotFoundError();
  throw new ForbiddenError(permission);
}

import { describe, expect, it } from "vitest";
import { authorize, can, ForbiddenError, NotFoundError, PERMISSION_TABLE, PERMISSIONS, ROLES, type Actor } from "@/lib/auth/permissions";

const actor = (role: Actor["role"], teamIds: string[] = []): Actor => ({ id: `u-${role}`, email: `${role}@x.test`, name: role, role, teamIds });
const ownTeam = { ownerTeamId: "team-a" };
const otherTeam = { ownerTeamId: "team-b" };
const unowned = { ownerTeamId: null };

describe("permission table", () => {
  it("grants every permission to every role explicitly", () => {
    for (const role of ROLES) expect(Object.keys(PERMISSION_TABLE[role]).sort()).toEqual([...PERMISSIONS].sort());
  });

  it("lets every role read the catalog and the audit trail", () => {
    for (const role of ROLES) {
      expect(can(actor(role), "catalog.read", otherTeam)).toBe(true);
      expect(can(actor(role), "audit.read")).toBe(true);
    }
  });

  it("keeps viewers read-only", () => {
    const viewer = actor("viewer", ["team-a"]);
    // Their own API tokens and single sign-on identities are about their own account, not the portal's records.
    for (const permission of PERMISSIONS.filter((p) => !["catalog.read", "audit.read", "token.manage", "sso.link.own"].includes(p))) {
      expect(can(viewer, permission, ownTeam), permission).toBe(false);
    }
  });

  it("limits owners to their own teams' records", () => {
    const owner = actor("owner", ["team-a"]);
    expect(can(owner, "catalog.update", ownTeam)).toBe(true);
    expect(can(owner, "catalog.update", otherTeam)).toBe(false);
    expect(can(owner, "catalog.update", unowned)).toBe(false);
    expect(can(owner, "contract.review", ownTeam)).toBe(false);
    expect(can(owner, "user.manage")).toBe(false);
  });

  it("shows team-scoped actions only to owners who belong to a team", () => {
    expect(can(actor("owner", ["team-a"]), "catalog.create")).toBe(true);
    expect(can(actor("owner", []), "catalog.create")).toBe(false);
  });

  it("lets an owner manage the membership of a team they lead (passed as the resource), and no one else but admins", () => {
    const lead = actor("owner", ["team-a"]);
    expect(can(lead, "team.membership.manage", { ownerTeamId: "team-a" })).toBe(true);
    // A member who does not lead the team is passed no team.
    expect(can(lead, "team.membership.manage", unowned)).toBe(false);
    expect(can(lead, "team.membership.manage", otherTeam)).toBe(false);
    expect(can(actor("reviewer", ["team-a"]), "team.membership.manage", ownTeam)).toBe(false);
    expect(can(actor("admin"), "team.membership.manage", unowned)).toBe(true);
  });

  it("lets reviewers review any contract but not edit the catalog", () => {
    const reviewer = actor("reviewer", ["team-a"]);
    expect(can(reviewer, "contract.review", otherTeam)).toBe(true);
    expect(can(reviewer, "catalog.update", ownTeam)).toBe(false);
  });

  it("leaves webhooks and the job queue to admins alone", () => {
    for (const role of ROLES.filter((r) => r !== "admin")) {
      expect(can(actor(role, ["team-a"]), "webhook.manage"), role).toBe(false);
      expect(can(actor(role, ["team-a"]), "job.manage"), role).toBe(false);
    }
    expect(can(actor("admin"), "webhook.manage")).toBe(true);
    expect(can(actor("admin"), "job.manage")).toBe(true);
  });

  it("lets owners manage their teams' deprecations but keeps notice exceptions and retirement overrides for admins", () => {
    const owner = actor("owner", ["team-a"]);
    expect(can(owner, "deprecation.manage", ownTeam)).toBe(true);
    expect(can(owner, "deprecation.manage", otherTeam)).toBe(false);
    expect(can(owner, "deprecation.override", ownTeam)).toBe(false);
    expect(can(actor("reviewer", ["team-a"]), "deprecation.override", ownTeam)).toBe(false);
    expect(can(actor("admin"), "deprecation.override", otherTeam)).toBe(true);
  });

  it("keeps review exceptions (standing in for consumer acknowledgements or a data owner) to admins", () => {
    expect(can(actor("reviewer", ["team-a"]), "contract.review.exception", ownTeam)).toBe(false);
    expect(can(actor("owner", ["team-a"]), "contract.review.exception", ownTeam)).toBe(false);
    expect(can(actor("viewer"), "contract.review.exception")).toBe(false);
    expect(can(actor("admin"), "contract.review.exception", unowned)).toBe(true);
  });

  it("lets admins do everything, to anything", () => {
    const admin = actor("admin");
    for (const permission of PERMISSIONS) expect(can(admin, permission, unowned), permission).toBe(true);
  });
});

describe("authorize", () => {
  it("returns silently when allowed", () => {
    expect(() => authorize(actor("owner", ["team-a"]), "catalog.update", ownTeam)).not.toThrow();
  });

  it("answers Forbidden for a readable resource the actor may not change", () => {
    expect(() => authorize(actor("viewer"), "catalog.update", ownTeam)).toThrow(ForbiddenError);
    expect(() => authorize(actor("owner", ["team-a"]), "catalog.update", otherTeam)).toThrow(ForbiddenError);
  });

  it("never lets an unknown permission through (fails closed)", () => {
    expect(() => authorize(actor("admin", ["team-a"]), "no.such.permission" as never)).toThrow(ForbiddenError);
    expect(() => authorize(actor("owner", ["team-a"]), "no.such.permission" as never, ownTeam)).toThrow(ForbiddenError);
  });

  it("exposes NotFoundError for resources that must not be disclosed", () => {
    expect(new NotFoundError().message).toMatch(/not found/);
  });

  it("lets everyone link their own single sign-on identity and only admins anyone's", () => {
    for (const role of ["viewer", "owner", "reviewer"] as const) {
      expect(can(actor(role, []), "sso.link.own")).toBe(true);
      expect(can(actor(role, []), "sso.link.others")).toBe(false);
    }
    expect(can(actor("admin", []), "sso.link.others")).toBe(true);
  });
});

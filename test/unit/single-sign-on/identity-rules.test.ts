import { describe, expect, it } from "vitest";
import { claimValues, decideSignOn, roleFromClaims, signOnRefusalMessage, teamsFromClaims, type IdentityClaims } from "@/lib/single-sign-on/identity-rules";
import { readClaimMappings } from "@/lib/single-sign-on/schemas";

const claims = (over: Partial<IdentityClaims> = {}): IdentityClaims => ({
  issuer: "https://idp.test",
  subject: "s-1",
  email: "a@acme.test",
  emailVerified: true,
  name: null,
  raw: {},
  ...over,
});
const account = (id: string, disabled = false) => ({ id, disabled });
const base = { linkedAccount: null, signedInAccountId: null, accountWithEmail: null, linkVerifiedEmail: false };

describe("decideSignOn", () => {
  it("lets an identity already linked decide, whatever the e-mail", () => {
    expect(decideSignOn({ ...base, claims: claims({ email: "other@acme.test" }), linkedAccount: account("u1") })).toEqual({ kind: "known", userId: "u1" });
    expect(decideSignOn({ ...base, claims: claims(), linkedAccount: account("u1", true) })).toEqual({ kind: "refuse", reason: "disabled" });
  });

  it("never matches an existing account by an unverified e-mail, even when linking by e-mail is allowed", () => {
    for (const linkVerifiedEmail of [false, true]) {
      expect(decideSignOn({ ...base, linkVerifiedEmail, claims: claims({ emailVerified: false }), accountWithEmail: account("admin") })).toEqual({
        kind: "refuse",
        reason: "email-in-use",
      });
    }
  });

  it("links a verified e-mail only when the operator allows it", () => {
    expect(decideSignOn({ ...base, claims: claims(), accountWithEmail: account("u2") })).toEqual({ kind: "refuse", reason: "email-in-use" });
    expect(decideSignOn({ ...base, linkVerifiedEmail: true, claims: claims(), accountWithEmail: account("u2") })).toEqual({
      kind: "link-verified-email",
      userId: "u2",
    });
  });

  it("links to the signed-in account, and refuses an identity linked to someone else", () => {
    expect(decideSignOn({ ...base, claims: claims(), signedInAccountId: "me" })).toEqual({ kind: "link-signed-in", userId: "me" });
    expect(decideSignOn({ ...base, claims: claims(), signedInAccountId: "me", linkedAccount: account("you") })).toEqual({
      kind: "refuse",
      reason: "identity-of-someone-else",
    });
  });

  it("creates an account for a new e-mail and refuses an identity without one", () => {
    expect(decideSignOn({ ...base, claims: claims() })).toEqual({ kind: "create", email: "a@acme.test" });
    expect(decideSignOn({ ...base, claims: claims({ email: null }) })).toEqual({ kind: "refuse", reason: "no-email" });
  });
});

describe("claims to role and teams", () => {
  const mappings = readClaimMappings({
    OIDC_ROLE_CLAIM: "groups",
    OIDC_ROLE_MAP: "portal-admins=admin, architects=reviewer",
    OIDC_DEFAULT_ROLE: "owner",
    OIDC_TEAM_CLAIM: "teams",
    OIDC_TEAM_MAP: "pay=payments,pay-ops=payments,crm=crm",
  });

  it("reads a string or an array of strings", () => {
    expect(claimValues({ g: "a" }, "g")).toEqual(["a"]);
    expect(claimValues({ g: ["a", 3, "b"] }, "g")).toEqual(["a", "b"]);
    expect(claimValues({ g: { a: 1 } }, "g")).toEqual([]);
  });

  it("takes the first matching entry of the map, else the default role, and nothing when roles are not mapped", () => {
    expect(roleFromClaims({ groups: ["architects", "portal-admins"] }, mappings)).toBe("admin");
    expect(roleFromClaims({ groups: "architects" }, mappings)).toBe("reviewer");
    expect(roleFromClaims({}, mappings)).toBe("owner");
    expect(roleFromClaims({ groups: ["portal-admins"] }, readClaimMappings({}))).toBeNull();
  });

  it("lists the mapped teams the person is in and every team the map manages", () => {
    expect(teamsFromClaims({ teams: ["pay-ops", "other"] }, mappings)).toEqual({ member: ["payments"], managed: ["payments", "crm"] });
    expect(teamsFromClaims({ teams: ["pay"] }, readClaimMappings({}))).toBeNull();
  });

  it("names refusals for the sign-in page and ignores other codes", () => {
    expect(signOnRefusalMessage("email-in-use")).toMatch(/already exists/);
    expect(signOnRefusalMessage("OAuthCallback")).toBeNull();
    expect(signOnRefusalMessage("toString")).toBeNull();
  });
});

describe("single sign-on settings", () => {
  it("refuses a malformed map, an unknown role, and a map without its claim, naming the variable", () => {
    expect(() => readClaimMappings({ OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: "admins" })).toThrow(/OIDC_ROLE_MAP/);
    expect(() => readClaimMappings({ OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: "admins=superuser" })).toThrow(/OIDC_ROLE_MAP/);
    expect(() => readClaimMappings({ OIDC_ROLE_MAP: "admins=admin" })).toThrow(/OIDC_ROLE_CLAIM/);
    expect(() => readClaimMappings({ OIDC_TEAM_CLAIM: "groups", OIDC_TEAM_MAP: "x=Not A Slug" })).toThrow(/OIDC_TEAM_MAP/);
    expect(() => readClaimMappings({ OIDC_LINK_VERIFIED_EMAIL: "yes" })).toThrow(/OIDC_LINK_VERIFIED_EMAIL/);
  });

  it("keeps roles and teams in the portal when no claim is configured", () => {
    expect(readClaimMappings({})).toEqual({ role: null, team: null, linkVerifiedEmail: false });
  });
});

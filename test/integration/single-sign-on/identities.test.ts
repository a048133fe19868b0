import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { Conflict } from "@/lib/errors/domain-errors";
import type { IdentityClaims } from "@/lib/single-sign-on/identity-rules";
import { linkIdentity } from "@/lib/single-sign-on/link-identity";
import { readClaimMappings } from "@/lib/single-sign-on/schemas";
import { signInWithIdentity } from "@/lib/single-sign-on/sign-in-with-identity";
import { unlinkIdentity } from "@/lib/single-sign-on/unlink-identity";
import { createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let admin: Actor;
const ISSUER = "https://idp.acme.test";
const mappings = readClaimMappings({
  OIDC_ROLE_CLAIM: "groups",
  OIDC_ROLE_MAP: "portal-admins=admin,architects=reviewer,builders=owner",
  OIDC_TEAM_CLAIM: "groups",
  OIDC_TEAM_MAP: "pay-devs=payments,crm-devs=crm",
});
const asActor = (user: { id: string; email: string; name: string; role: Actor["role"] }): Actor => ({ ...user, teamIds: [] });
const claims = (subject: string, extra: Partial<IdentityClaims> & { groups?: string[] } = {}): IdentityClaims => ({
  issuer: ISSUER,
  subject,
  email: `${subject}@acme.test`,
  emailVerified: true,
  name: null,
  raw: { groups: extra.groups ?? [] },
  ...extra,
});

beforeAll(async () => {
  db = await createTestDatabase();
  admin = asActor(await createUser(db.prisma, { role: "admin", email: "root@acme.test", name: "Root Admin" }));
  await createTeam(db.prisma, { slug: "payments", name: "Payments" });
  await createTeam(db.prisma, { slug: "crm", name: "CRM" });
  await createTeam(db.prisma, { slug: "data", name: "Data" });
});
afterAll(() => db.close());

const teamsOf = async (userId: string) =>
  (await db.prisma.teamMembership.findMany({ where: { userId }, select: { team: { select: { slug: true } } } })).map((m) => m.team.slug).sort();

describe("signInWithIdentity: claims", () => {
  it("gives the role and teams of the claims at creation, and changes them at later sign-ins, audited", async () => {
    const first = await signInWithIdentity(db.prisma, { claims: claims("ana", { groups: ["architects", "pay-devs"] }), signedIn: null, mappings });
    if (!first.ok) throw new Error(first.reason);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId } })).role).toBe("reviewer");
    expect(await teamsOf(first.userId)).toEqual(["payments"]);

    // A membership the portal gave outside the mapped teams is left alone.
    const data = await db.prisma.team.findUniqueOrThrow({ where: { slug: "data" } });
    await db.prisma.teamMembership.create({ data: { userId: first.userId, teamId: data.id } });
    const versionBefore = (await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId } })).sessionVersion;

    await signInWithIdentity(db.prisma, { claims: claims("ana", { groups: ["portal-admins", "architects", "crm-devs"] }), signedIn: null, mappings });
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId } });
    expect(after.role).toBe("admin");
    expect(after.sessionVersion).toBe(versionBefore + 1);
    expect(await teamsOf(first.userId)).toEqual(["crm", "data"]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.sso.claims", targetId: first.userId }, orderBy: { at: "desc" } });
    expect(audit.before).toEqual({ role: "reviewer", teams: ["payments"] });
    expect(audit.after).toEqual({ role: "admin", teams: ["crm"] });

    // Nothing mapped: the default role.
    await signInWithIdentity(db.prisma, { claims: claims("ana", { groups: [] }), signedIn: null, mappings });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId } })).role).toBe("viewer");
  });
});

describe("signInWithIdentity: linking", () => {
  it("links a verified e-mail to an existing account only with OIDC_LINK_VERIFIED_EMAIL=true, and never an unverified one", async () => {
    const local = await createUser(db.prisma, { role: "owner", email: "lou@acme.test", name: "Lou Local" });
    const allowing = readClaimMappings({ OIDC_LINK_VERIFIED_EMAIL: "true" });
    expect(await signInWithIdentity(db.prisma, { claims: claims("lou", { emailVerified: false }), signedIn: null, mappings: allowing })).toEqual({
      ok: false,
      reason: "email-in-use",
    });
    expect(await signInWithIdentity(db.prisma, { claims: claims("lou"), signedIn: null, mappings: readClaimMappings({}) })).toEqual({
      ok: false,
      reason: "email-in-use",
    });
    expect(await signInWithIdentity(db.prisma, { claims: claims("lou"), signedIn: null, mappings: allowing })).toEqual({ ok: true, userId: local.id });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.sso.link", targetId: local.id } });
    expect(audit.after).toMatchObject({ issuer: ISSUER, subject: "lou", via: "verified e-mail" });
  });

  it("links the identity to the signed-in account, whatever the e-mail claim says, and refuses someone else's identity", async () => {
    const owner = asActor(await createUser(db.prisma, { role: "owner", email: "olga@acme.test", name: "Olga Owner" }));
    const linked = await signInWithIdentity(db.prisma, {
      claims: claims("olga-at-idp", { email: "olga.private@mail.test", emailVerified: false }),
      signedIn: owner,
      mappings: readClaimMappings({}),
    });
    expect(linked).toEqual({ ok: true, userId: owner.id });
    expect(await db.prisma.auditEvent.count({ where: { action: "user.sso.link", targetId: owner.id, actorId: owner.id } })).toBe(1);
    const other = asActor(await createUser(db.prisma, { role: "viewer", email: "otto@acme.test", name: "Otto" }));
    expect(await signInWithIdentity(db.prisma, { claims: claims("olga-at-idp"), signedIn: other, mappings: readClaimMappings({}) })).toEqual({
      ok: false,
      reason: "identity-of-someone-else",
    });
  });

  it("refuses a disabled account and an identity without an e-mail", async () => {
    await createUser(db.prisma, { email: "gone@acme.test", disabledAt: new Date() });
    const id = await linkIdentity(db.prisma, {
      actor: admin,
      userId: (await db.prisma.user.findUniqueOrThrow({ where: { email: "gone@acme.test" } })).id,
      input: { issuer: ISSUER, subject: "gone" },
    });
    expect(id.subject).toBe("gone");
    expect(await signInWithIdentity(db.prisma, { claims: claims("gone"), signedIn: null, mappings })).toEqual({ ok: false, reason: "disabled" });
    expect(await signInWithIdentity(db.prisma, { claims: claims("anon", { email: null }), signedIn: null, mappings })).toEqual({
      ok: false,
      reason: "no-email",
    });
  });
});

describe("linkIdentity and unlinkIdentity", () => {
  it("lets only an admin link an identity by issuer and subject, once", async () => {
    const target = await createUser(db.prisma, { role: "viewer", email: "tina@acme.test" });
    await expect(linkIdentity(db.prisma, { actor: asActor(target), userId: target.id, input: { issuer: ISSUER, subject: "tina" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await linkIdentity(db.prisma, { actor: admin, userId: target.id, input: { issuer: ISSUER, subject: "tina" } });
    await expect(linkIdentity(db.prisma, { actor: admin, userId: admin.id, input: { issuer: ISSUER, subject: "tina" } })).rejects.toBeInstanceOf(Conflict);
    await expect(linkIdentity(db.prisma, { actor: admin, userId: target.id, input: { issuer: "not a url", subject: "x" } })).rejects.toThrow(/issuer URL/);
    expect(await signInWithIdentity(db.prisma, { claims: claims("tina"), signedIn: null, mappings: readClaimMappings({}) })).toEqual({
      ok: true,
      userId: target.id,
    });
  });

  it("unlinks for the owner or an admin, ends the account's sessions and audits it; others see nothing", async () => {
    const user = await createUser(db.prisma, { role: "viewer", email: "uma@acme.test", passwordHash: "scrypt$x" });
    const identity = await linkIdentity(db.prisma, { actor: admin, userId: user.id, input: { issuer: ISSUER, subject: "uma" } });
    const stranger = asActor(await createUser(db.prisma, { role: "owner", email: "stan@acme.test" }));
    await expect(unlinkIdentity(db.prisma, { actor: stranger, identityId: identity.id })).rejects.toBeInstanceOf(NotFoundError);
    await unlinkIdentity(db.prisma, { actor: asActor(user), identityId: identity.id });
    expect(await db.prisma.singleSignOnIdentity.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect(await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.sso.unlink", targetId: user.id } })).toMatchObject({
      actorId: user.id,
      before: { issuer: ISSUER, subject: "uma" },
    });
  });

  it("does not let someone remove their only way to sign in", async () => {
    const first = await signInWithIdentity(db.prisma, { claims: claims("solo"), signedIn: null, mappings: readClaimMappings({}) });
    if (!first.ok) throw new Error(first.reason);
    const solo = asActor(await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId } }));
    const identity = await db.prisma.singleSignOnIdentity.findFirstOrThrow({ where: { userId: solo.id } });
    await expect(unlinkIdentity(db.prisma, { actor: solo, identityId: identity.id })).rejects.toThrow(/only way to sign in/);
  });
});

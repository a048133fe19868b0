import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors/domain-errors";
import { domainProblem } from "@/lib/http/domain-problem";
import { addTeamMember, changeTeamMember, removeTeamMember } from "@/lib/catalog/teams/membership";
import { createTeam, createUser } from "@/test/factories";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;
let admin: Actor;
let lead: Actor;
let member: Actor;
let teamId: string;
const TEAM = "fulfilment";

const actorOf = (user: { id: string; email: string; name: string; role: Actor["role"] }, teamIds: string[] = []): Actor => ({ ...user, teamIds });
const membersOf = async () =>
  (
    await db.prisma.teamMembership.findMany({
      where: { teamId },
      select: { isLead: true, user: { select: { email: true } } },
      orderBy: { user: { email: "asc" } },
    })
  ).map((m) => [m.user.email, m.isLead]);
const statusOf = (error: unknown) => (error instanceof DomainError ? domainProblem(error).status : error);

beforeAll(async () => {
  db = await createTestDatabase();
  teamId = (await createTeam(db.prisma, { slug: TEAM, name: "Fulfilment" })).id;
  admin = actorOf(await createUser(db.prisma, { role: "admin", email: "admin@acme.test" }));
  const leadUser = await createUser(db.prisma, { role: "owner", email: "lead@acme.test" });
  const memberUser = await createUser(db.prisma, { role: "owner", email: "member@acme.test" });
  await createUser(db.prisma, { role: "viewer", email: "new@acme.test", name: "New Person" });
  await db.prisma.teamMembership.createMany({
    data: [
      { teamId, userId: leadUser.id, isLead: true },
      { teamId, userId: memberUser.id },
    ],
  });
  lead = actorOf(leadUser, [teamId]);
  member = actorOf(memberUser, [teamId]);
});
afterAll(() => db.close());

describe("team membership", () => {
  it("lets the team's lead add a person, make them lead and remove them, each change audited on the team", async () => {
    const added = await addTeamMember(db.prisma, { actor: lead, team: TEAM, input: { email: "New@acme.test" } });
    expect(added).toMatchObject({ email: "new@acme.test", name: "New Person", isLead: false });
    await changeTeamMember(db.prisma, { actor: lead, team: TEAM, userId: added.userId, input: { isLead: true } });
    expect(await membersOf()).toContainEqual(["new@acme.test", true]);
    await removeTeamMember(db.prisma, { actor: lead, team: TEAM, userId: added.userId });
    expect((await membersOf()).map(([email]) => email)).toEqual(["lead@acme.test", "member@acme.test"]);
    const events = await db.prisma.auditEvent.findMany({
      where: { targetId: teamId },
      orderBy: { at: "asc" },
      select: { action: true, actorId: true, before: true, after: true },
    });
    expect(events.map((e) => e.action)).toEqual(["team.member.add", "team.member.update", "team.member.remove"]);
    expect(events.every((e) => e.actorId === lead.id)).toBe(true);
    expect(events[1]).toMatchObject({ before: { member: "new@acme.test", isLead: false }, after: { member: "new@acme.test", isLead: true } });
  });

  it("refuses a member who does not lead the team, before looking at the input, and writes nothing", async () => {
    const before = await membersOf();
    await expect(addTeamMember(db.prisma, { actor: member, team: TEAM, input: { nonsense: 1 } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeTeamMember(db.prisma, { actor: member, team: TEAM, userId: member.id, input: { isLead: true } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await membersOf()).toEqual(before);
  });

  it("lets an admin manage any team; names an unknown person (422), a duplicate (409), a missing team or member (404)", async () => {
    const unknown = await addTeamMember(db.prisma, { actor: admin, team: TEAM, input: { email: "ghost@acme.test" } }).catch((e: unknown) => e);
    expect(statusOf(unknown)).toBe(422);
    expect(domainProblem(unknown as DomainError).errors).toEqual([{ pointer: "/email", detail: "No registered person has this e-mail." }]);
    expect(statusOf(await addTeamMember(db.prisma, { actor: admin, team: TEAM, input: { email: "member@acme.test" } }).catch((e: unknown) => e))).toBe(409);
    await expect(addTeamMember(db.prisma, { actor: admin, team: "no-such-team", input: { email: "new@acme.test" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeTeamMember(db.prisma, { actor: admin, team: TEAM, userId: admin.id })).rejects.toBeInstanceOf(NotFoundError);
    await changeTeamMember(db.prisma, { actor: admin, team: TEAM, userId: member.id, input: { isLead: true } });
    expect(await membersOf()).toEqual([
      ["lead@acme.test", true],
      ["member@acme.test", true],
    ]);
  });
});

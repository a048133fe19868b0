import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/support/test-database";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.close();
});

describe("a migrated test database", () => {
  it("stores a team and a user with their membership and reads them back through Prisma", async () => {
    const team = await db.prisma.team.create({ data: { slug: "payments", name: "Payments" } });
    await db.prisma.user.create({
      data: {
        email: "ada@example.test",
        name: "Ada Lovelace",
        role: "owner",
        memberships: { create: { teamId: team.id, isLead: true } },
      },
    });

    const found = await db.prisma.user.findUniqueOrThrow({
      where: { email: "ada@example.test" },
      include: { memberships: { include: { team: true } } },
    });

    expect(found).toMatchObject({ name: "Ada Lovelace", role: "owner", disabledAt: null });
    expect(found.createdAt).toBeInstanceOf(Date);
    expect(found.memberships).toEqual([expect.objectContaining({ isLead: true, team: expect.objectContaining({ slug: "payments" }) })]);
  });

  it("enforces the unique constraints of the schema", async () => {
    await expect(db.prisma.team.create({ data: { slug: "payments", name: "Payments again" } })).rejects.toMatchObject({
      code: "P2002",
    });
  });
});

import type { Prisma } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { nestedRows, nextSequence, type NestedRows } from "./sequence";

export type UserInput = Prisma.UserCreateManyInput & {
  memberships: NestedRows<Prisma.TeamMembershipCreateManyUserInput>;
};

export type UserOverrides = Partial<Prisma.UserCreateManyInput> & {
  memberships?: Prisma.TeamMembershipCreateManyUserInput[];
};

/** A recorded person by default: no password hash, so they can own things but cannot sign in. */
export function buildUser(overrides: UserOverrides = {}): UserInput {
  const n = nextSequence();
  const { memberships = [], ...fields } = overrides;
  return {
    email: `person.${n}@interchange.test`,
    name: `Person ${n}`,
    passwordHash: null,
    role: Role.viewer,
    title: "Integration Engineer",
    ...fields,
    memberships: nestedRows(memberships),
  };
}

export function createUser(prisma: Prisma.TransactionClient, overrides: UserOverrides = {}) {
  return prisma.user.create({ data: buildUser(overrides) });
}

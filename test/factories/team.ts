import type { Prisma } from "@/lib/generated/prisma/client";
import { nextSequence } from "./sequence";

export function buildTeam(overrides: Partial<Prisma.TeamCreateManyInput> = {}): Prisma.TeamCreateManyInput {
  const n = nextSequence();
  return {
    slug: `team-${n}`,
    name: `Delivery Team ${n}`,
    description: "Builds and runs the integrations of one business domain.",
    ...overrides,
  };
}

export function createTeam(prisma: Prisma.TransactionClient, overrides: Partial<Prisma.TeamCreateManyInput> = {}) {
  return prisma.team.create({ data: buildTeam(overrides) });
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { nextSequence } from "./sequence";

export function buildBusinessCapability(overrides: Partial<Prisma.BusinessCapabilityCreateManyInput> = {}): Prisma.BusinessCapabilityCreateManyInput {
  const n = nextSequence();
  return {
    slug: `capability-${n}`,
    name: `Capability ${n}`,
    description: "A business outcome that depends on data moving between systems.",
    ...overrides,
  };
}

export function createBusinessCapability(prisma: Prisma.TransactionClient, overrides: Partial<Prisma.BusinessCapabilityCreateManyInput> = {}) {
  return prisma.businessCapability.create({ data: buildBusinessCapability(overrides) });
}

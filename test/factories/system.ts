import type { Prisma } from "@/lib/generated/prisma/client";
import { Criticality, Lifecycle, SystemKind } from "@/lib/generated/prisma/enums";
import { nextSequence } from "./sequence";

export function buildSystem(overrides: Partial<Prisma.SystemCreateManyInput> = {}): Prisma.SystemCreateManyInput {
  const n = nextSequence();
  return {
    slug: `system-${n}`,
    name: `Order Service ${n}`,
    description: "Accepts orders from every sales channel and tracks them to delivery.",
    kind: SystemKind.ecommerce,
    businessDomain: "Commerce",
    vendor: "In-house",
    criticality: Criticality.tier2,
    lifecycle: Lifecycle.active,
    isExternal: false,
    ...overrides,
  };
}

export function createSystem(prisma: Prisma.TransactionClient, overrides: Partial<Prisma.SystemCreateManyInput> = {}) {
  return prisma.system.create({ data: buildSystem(overrides) });
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { ContractType } from "@/lib/generated/prisma/enums";
import { nextSequence } from "./sequence";

export function buildContract(overrides: Partial<Prisma.ContractCreateManyInput> = {}): Prisma.ContractCreateManyInput {
  const n = nextSequence();
  return {
    slug: `order-api-${n}`,
    name: `Order API ${n}`,
    description: "The interface other systems use to read orders.",
    type: ContractType.openapi,
    ...overrides,
  };
}

export function createContract(prisma: Prisma.TransactionClient, overrides: Partial<Prisma.ContractCreateManyInput> = {}) {
  return prisma.contract.create({ data: buildContract(overrides) });
}

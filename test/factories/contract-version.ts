import type { Prisma } from "@/lib/generated/prisma/client";
import { ContractVersionStatus } from "@/lib/generated/prisma/enums";
import { createContract } from "./contract";
import { nestedRows, nextSequence, type NestedRows } from "./sequence";

export type GlossaryRow = Prisma.GlossaryEntryCreateManyContractVersionInput;

export type ContractVersionInput = Prisma.ContractVersionCreateManyInput & { glossary: NestedRows<GlossaryRow> };

export type ContractVersionOverrides = Partial<Omit<Prisma.ContractVersionCreateManyInput, "contractId">> & {
  glossary?: GlossaryRow[];
};

const MINIMAL_SPEC = JSON.stringify({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "Order",
  type: "object",
  properties: { order_id: { type: "string" }, order_total: { type: "number" } },
  required: ["order_id"],
});

export function buildContractVersion(overrides: ContractVersionOverrides & { contractId: string }): ContractVersionInput {
  const n = nextSequence();
  const {
    glossary = [
      {
        field: "order_total",
        meaning: "What the customer pays for the order, tax included, in the order currency.",
        rules: "Never negative; cancelled orders keep their total and carry status cancelled.",
      },
    ],
    ...fields
  } = overrides;
  return {
    version: `1.${n}.0`,
    status: ContractVersionStatus.active,
    specText: MINIMAL_SPEC,
    changelog: "First published version.",
    publishedAt: new Date("2025-01-15T09:00:00Z"),
    ...fields,
    glossary: nestedRows(glossary),
  };
}

export async function createContractVersion(prisma: Prisma.TransactionClient, overrides: ContractVersionOverrides & { contractId?: string } = {}) {
  const contractId = overrides.contractId ?? (await createContract(prisma)).id;
  return prisma.contractVersion.create({ data: buildContractVersion({ ...overrides, contractId }) });
}

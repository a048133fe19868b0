import type { Prisma } from "@/lib/generated/prisma/client";
import { ConsumerKind } from "@/lib/generated/prisma/enums";
import { createContractVersion } from "./contract-version";
import { nestedRows, nextSequence, type NestedRows } from "./sequence";

export type ConsumerInput = Prisma.ConsumerCreateManyInput & {
  capabilities: NestedRows<Prisma.ConsumerCapabilityCreateManyConsumerInput>;
};

export type ConsumerOverrides = Partial<Omit<Prisma.ConsumerCreateManyInput, "contractVersionId">> & {
  capabilityIds?: string[];
};

export function buildConsumer(overrides: ConsumerOverrides & { contractVersionId: string }): ConsumerInput {
  const n = nextSequence();
  const { capabilityIds = [], ...fields } = overrides;
  return {
    name: `Weekly Sales Report ${n}`,
    kind: ConsumerKind.report,
    fieldsUsed: ["order_id", "order_total"],
    purpose: "Shows weekly order totals to the sales leadership team.",
    ...fields,
    capabilities: nestedRows(capabilityIds.map((capabilityId) => ({ capabilityId }))),
  };
}

export async function createConsumer(prisma: Prisma.TransactionClient, overrides: ConsumerOverrides & { contractVersionId?: string } = {}) {
  const contractVersionId = overrides.contractVersionId ?? (await createContractVersion(prisma)).id;
  return prisma.consumer.create({ data: buildConsumer({ ...overrides, contractVersionId }) });
}

import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { readStoredRules } from "@/lib/data-contracts/stored-rules";
import { zDecisionOutcome } from "@/lib/data-contracts/schemas";
import type { SampleCase } from "@/lib/data-contracts/sample-regressions";

type Db = PrismaClient | Prisma.TransactionClient;

const sampleSelect = { id: true, name: true, payload: true, targets: true, expectedOutcome: true, savedOnVersion: true, createdAt: true } as const;

const toCase = (row: { id: string; name: string; payload: unknown; targets: string[]; expectedOutcome: string; savedOnVersion: string; createdAt: Date }) => ({
  ...row,
  payload: (row.payload as { value?: unknown } | null)?.value ?? null,
  // Written through zSaveSampleInput; a value outside the vocabulary would be a fault of the stored data.
  expectedOutcome: zDecisionOutcome.parse(row.expectedOutcome),
});
export type StoredSample = SampleCase & { createdAt: Date };

/** A contract's saved samples, oldest first: the order they were written in is the order they are read. */
export async function findContractSamples(db: Db, contractId: string): Promise<StoredSample[]> {
  const rows = await db.contractSample.findMany({ where: { contractId }, select: sampleSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toCase);
}

export async function countContractSamples(db: Db, contractId: string): Promise<number> {
  return db.contractSample.count({ where: { contractId } });
}

export async function sampleNameTaken(db: Db, contractId: string, name: string): Promise<boolean> {
  return (await db.contractSample.count({ where: { contractId, name } })) > 0;
}

export async function insertSample(tx: Db, data: Prisma.ContractSampleUncheckedCreateInput) {
  return toCase(await tx.contractSample.create({ data, select: sampleSelect }));
}

export async function findSampleForDelete(tx: Db, id: string) {
  return tx.contractSample.findUnique({
    where: { id },
    select: { ...sampleSelect, contract: { select: { id: true, slug: true, ownerTeamId: true, archivedAt: true } } },
  });
}

export async function deleteSampleRow(tx: Db, id: string): Promise<void> {
  await tx.contractSample.delete({ where: { id } });
}

const ruleSourceIntegration = { select: { key: true, approvalState: true, exceptionRoutes: { select: { action: true, handler: true } } } } as const;

/**
 * What a change request decides samples with: the base version's document and rules, and the proposal's document
 * and rules (the base version's when the proposal carries none), with the contract's integration.
 */
export async function findProposalRuleSources(db: Db, changeRequestId: string) {
  const row = await db.changeRequest.findUnique({
    where: { id: changeRequestId },
    select: {
      specText: true,
      dataRules: true,
      proposedVersion: true,
      baseVersion: { select: { version: true, specText: true, dataRules: true } },
      contract: { select: { id: true, slug: true, integration: ruleSourceIntegration } },
    },
  });
  if (!row) return null;
  return {
    contract: row.contract,
    base: row.baseVersion ? { ...row.baseVersion, dataRules: readStoredRules(row.baseVersion.dataRules) } : null,
    proposal: { version: row.proposedVersion, specText: row.specText, dataRules: readStoredRules(row.dataRules) },
  };
}

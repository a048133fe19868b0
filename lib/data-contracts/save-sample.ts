import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { toJsonColumn } from "@/lib/db/json-column";
import { Conflict, InvalidField } from "@/lib/errors/domain-errors";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { findVersionRulesForUpdate } from "@/lib/data-contracts/rules-repository";
import { countContractSamples, insertSample, sampleNameTaken, type StoredSample } from "@/lib/data-contracts/samples-repository";
import { MAX_SAMPLES_PER_CONTRACT, zSaveSampleInput } from "@/lib/data-contracts/schemas";

/**
 * Saves a payload as a regression case of the contract's rules, with the decision it is expected to get. It is
 * kept with the contract (every later proposal is checked against it) and names the version it was written for.
 */
export async function saveSample(
  db: PrismaClient,
  { actor, contractId, version, input }: { actor: Actor; contractId: string; version: string; input: unknown },
): Promise<StoredSample> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "contract.sample.save",
    schema: zSaveSampleInput,
    input,
    load: (tx) => findVersionRulesForUpdate(tx, contractId, version),
    ownershipOf: (row) => ({ ownerTeamId: row.contract.ownerTeamId }),
    refuseClosed: (row) => (row.contract.archivedAt ? new Conflict("This contract is archived: it takes no new samples.") : null),
    write: async (tx, { input: values, resource: row }) => {
      let payload: unknown;
      try {
        payload = JSON.parse(values.payloadText);
      } catch (error) {
        throw new InvalidField("/payloadText", `It is not JSON: ${(error as Error).message}.`);
      }
      if (await sampleNameTaken(tx, row.contract.id, values.name))
        throw new Conflict(`Another sample of this contract is named "${values.name}".`, {
          issues: [{ pointer: "/name", detail: "Another sample has this name." }],
        });
      if ((await countContractSamples(tx, row.contract.id)) >= MAX_SAMPLES_PER_CONTRACT)
        throw new Conflict(`A contract keeps at most ${MAX_SAMPLES_PER_CONTRACT} samples: delete one first.`);
      const targets = values.targets
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean);
      const saved = await insertSample(tx, {
        contractId: row.contract.id,
        name: values.name,
        // Wrapped, so that a payload of null (a regression case too) is a value and not a missing one.
        payload: toJsonColumn({ value: payload }),
        targets,
        expectedOutcome: values.expectedOutcome,
        savedOnVersion: row.version,
        createdById: actor.id,
      });
      return {
        result: saved,
        target: { type: "contract", id: row.contract.id, label: `${row.contract.slug}@${row.version}` },
        // The payload itself stays out of the audit trail: it may hold personal data.
        after: { sample: values.name, expectedOutcome: values.expectedOutcome, targets },
      };
    },
  });
}

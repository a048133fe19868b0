import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { deleteSampleRow, findSampleForDelete } from "@/lib/data-contracts/samples-repository";

/** Deletes a saved sample; the audit trail keeps its name and expected decision, never its payload. */
export async function deleteSample(db: PrismaClient, { actor, sampleId }: { actor: Actor; sampleId: string }): Promise<{ name: string }> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "contract.sample.delete",
    schema: z.object({}),
    input: {},
    load: (tx) => findSampleForDelete(tx, sampleId),
    ownershipOf: (sample) => ({ ownerTeamId: sample.contract.ownerTeamId }),
    write: async (tx, { resource: sample }) => {
      await deleteSampleRow(tx, sample.id);
      return {
        result: { name: sample.name },
        target: { type: "contract", id: sample.contract.id, label: sample.contract.slug },
        before: { sample: sample.name, expectedOutcome: sample.expectedOutcome, savedOnVersion: sample.savedOnVersion },
      };
    },
  });
}

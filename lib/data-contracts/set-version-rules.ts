import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { preconditionFailed } from "@/lib/concurrency/record-version";
import { Conflict } from "@/lib/errors/domain-errors";
import { runMutation } from "@/lib/pipeline/run-mutation";
import { assertRulesRun } from "@/lib/data-contracts/build-rule-set";
import { findVersionRulesForUpdate, toRulesOutput, updateVersionRulesIfUnchanged } from "@/lib/data-contracts/rules-repository";
import { zDataRulesInput, type DataRulesOutput } from "@/lib/data-contracts/schemas";

/**
 * Replaces a contract version's executable rules. They are compiled before anything is written, so a rule that
 * cannot run is refused where it is written (assertRulesRun).
 */
export async function setVersionRules(
  db: PrismaClient,
  { actor, contractId, version, input, ifMatch }: { actor: Actor; contractId: string; version: string; input: unknown; ifMatch: string[] | null },
): Promise<DataRulesOutput> {
  return runMutation(db, {
    actor,
    permission: "catalog.update",
    action: "contract.version.rules.update",
    schema: zDataRulesInput,
    input,
    load: (tx) => findVersionRulesForUpdate(tx, contractId, version),
    ownershipOf: (row) => ({ ownerTeamId: row.contract.ownerTeamId }),
    refuseClosed: (row) => (row.contract.archivedAt ? new Conflict("This contract is archived: its versions can no longer be edited.") : null),
    ifMatch: { expected: ifMatch, version: (row) => row.updatedAt, what: "contract version" },
    write: async (tx, { input: rules, resource: row }) => {
      assertRulesRun(rules, row.specText);
      const updatedAt = await updateVersionRulesIfUnchanged(tx, row.id, row.updatedAt, rules);
      if (!updatedAt) throw preconditionFailed("contract version");
      return {
        result: toRulesOutput({ ...row, updatedAt, dataRules: rules }),
        target: { type: "contract", id: row.contract.id, label: `${row.contract.slug}@${row.version}` },
        before: { dataRules: row.dataRules },
        after: { dataRules: rules },
      };
    },
  });
}

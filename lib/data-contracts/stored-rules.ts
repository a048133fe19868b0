import { fromJsonColumn } from "@/lib/db/json-column";
import { zDataRulesInput, type DataRules } from "@/lib/data-contracts/schemas";

/** A version's `dataRules` column, read back through the schema it was written with (null: no rules). */
export function readStoredRules(value: unknown): DataRules | null {
  return value === null || value === undefined ? null : fromJsonColumn(zDataRulesInput, value, "ContractVersion.dataRules");
}

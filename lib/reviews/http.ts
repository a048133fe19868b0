import { NotFoundError } from "@/lib/auth/permissions";
import { MAX_VERSION_BODY_BYTES } from "@/lib/catalog/contracts/schemas";

/** Bodies carrying a spec document may be 10 MB, plus the JSON envelope around it. */
export const PROPOSAL_BODY_BYTES = MAX_VERSION_BODY_BYTES;
export const DECISION_BODY_BYTES = 16 * 1024;

/** "12" or "CR-12" as in the UI; anything else names no request. */
export function changeRequestNumberOf(value: string): number {
  const match = /^(?:CR-)?(\d{1,9})$/i.exec(value.trim());
  if (!match) throw new NotFoundError(`Change request ${value}`);
  return Number(match[1]);
}

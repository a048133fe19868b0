import type { ContractChange } from "./types";

export interface ConsumerImpact {
  /** Whether any change touches something the consumer declared it uses. */
  touched: boolean;
  /**
   * Whether it breaks: a breaking change touches it, or a warning ("may break some clients") touches a field it
   * declared it reads. Knowing the fields turns "some clients" into this one. It is one of the "breaks N of M".
   */
  broken: boolean;
  /** Whether a warning touches it without a declared field saying so: reviewers see it, no acknowledgement needed. */
  atRisk: boolean;
  changes: ContractChange[];
}

// An operation entry ("GET /orders", "/orders/{id}") scopes a consumer to operations; any other entry is a field,
// either a dotted path ("customer.tax_region") or a bare name ("tax_region") that matches at any depth.
const OPERATION_ENTRY = /^(?:([A-Za-z]+)\s+)?(\/\S*)$/;

function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

function relatedFields(changed: string, declared: string): boolean {
  if (!declared.includes(".")) return changed.split(".").includes(declared);
  // A change to "customer" touches a consumer of "customer.tax_region", and the reverse.
  return changed === declared || changed.startsWith(declared + ".") || declared.startsWith(changed + ".");
}

/**
 * Which changes touch a consumer that declared the fields (and optionally the operations) it uses. Changes without
 * a field (a removed operation, a new required parameter, a security change) touch every consumer of the operations
 * it declared, or every consumer when it declared none: without that fact nobody can say it is unaffected. For the
 * same reason a consumer that declared no fields is touched by every field change in its scope.
 * Warnings (decision 010) break a consumer only through a field it declared; otherwise they leave it at risk.
 */
export function assessConsumerImpact(changes: ReadonlyArray<ContractChange>, fieldsUsed: ReadonlyArray<string>): ConsumerImpact {
  const declared = fieldsUsed.map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  const operations = declared.flatMap((entry) => {
    const match = OPERATION_ENTRY.exec(entry);
    return match ? [{ method: match[1]?.toUpperCase(), shape: pathShape(match[2]) }] : [];
  });
  const fields = declared.filter((entry) => !OPERATION_ENTRY.test(entry)).map((entry) => entry.replace(/\[\]/g, ""));
  const inScope = (change: ContractChange) => {
    if (operations.length === 0 || change.location.path === undefined) return true;
    const shape = pathShape(change.location.path);
    return operations.some(
      (op) => op.shape === shape && (op.method === undefined || change.location.operation === undefined || op.method === change.location.operation),
    );
  };
  const touching = changes.filter((change) => {
    if (!inScope(change)) return false;
    const field = change.location.field;
    if (field === undefined) return true;
    return fields.length === 0 || fields.some((entry) => relatedFields(field, entry));
  });
  const declaresField = (change: ContractChange) => change.location.field !== undefined && fields.some((entry) => relatedFields(change.location.field!, entry));
  const broken = touching.some((change) => change.severity === "breaking" || (change.severity === "warning" && declaresField(change)));
  return { touched: touching.length > 0, broken, atRisk: !broken && touching.some((change) => change.severity === "warning"), changes: touching };
}

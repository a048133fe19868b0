import { distance } from "fastest-levenshtein";
import { ContractParseError, parseContractText } from "@/lib/contract-diff";
import { contractFieldCatalogue, type ContractFieldCatalogue } from "@/lib/contract-diff/field-paths";

/** A declared field (or operation) the contract version does not describe, with the nearest names it does. */
export interface DeclaredFieldProblem {
  index: number;
  entry: string;
  suggestions: string[];
}

// The same reading of an entry as the consumer impact of a diff (lib/contract-diff/consumer-impact.ts): an
// operation ("GET /orders", "/orders/{id}"), else a field, dotted ("customer.tax_region") or bare ("tax_region").
const OPERATION_ENTRY = /^(?:([A-Za-z]+)\s+)?(\/\S*)$/;
const SUGGESTIONS = 3;

const pathShape = (path: string) => path.replace(/\{[^}]*\}/g, "{}");

function decodePointer(pointer: string): string {
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
}

function isOperation(catalogue: ContractFieldCatalogue, method: string | undefined, path: string): boolean {
  const shape = pathShape(path);
  return catalogue.operations.some(
    (operation) => pathShape(operation.path) === shape && (method === undefined || operation.method === null || operation.method === method.toUpperCase()),
  );
}

/**
 * How an entry is stored: a JSON pointer to a field ("/customer/tax_region") becomes its dotted path, so that the
 * diff's consumer impact (which reads "/…" as an operation) sees the field; anything else stays as written.
 */
export function normaliseDeclaredField(entry: string, catalogue: ContractFieldCatalogue): string {
  const trimmed = entry.trim();
  const match = OPERATION_ENTRY.exec(trimmed);
  if (!match || match[1] !== undefined || isOperation(catalogue, undefined, trimmed)) return trimmed;
  return decodePointer(trimmed);
}

function isDescribed(entry: string, catalogue: ContractFieldCatalogue): boolean {
  const match = OPERATION_ENTRY.exec(entry);
  if (match && isOperation(catalogue, match[1], match[2])) return true;
  const field = (match && match[1] === undefined ? decodePointer(entry) : entry).replace(/\[\]/g, "");
  return field.includes(".") ? catalogue.paths.has(field) : catalogue.names.has(field);
}

const wordsOf = (text: string) => text.split(/[._\s-]+/).filter((word) => word.length >= 3);

/**
 * The nearest names and paths: by edit distance first ("net_revenu" → "net_revenue"), then those sharing a word
 * with the entry, which is how a renamed field is usually found ("net_revenue" → "net_amount").
 */
function suggestionsFor(entry: string, catalogue: ContractFieldCatalogue): string[] {
  const wanted = entry.replace(/^\//, "").replace(/\//g, ".").toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const words = new Set(wordsOf(wanted));
  const candidates = new Set([...catalogue.paths, ...catalogue.names]);
  return [...candidates]
    .map((candidate) => {
      const cost = distance(wanted, candidate.toLowerCase());
      const sharesWord = wordsOf(candidate.toLowerCase()).some((word) => words.has(word));
      return { candidate, cost: cost <= limit ? cost : sharesWord ? limit + cost : Number.POSITIVE_INFINITY };
    })
    .filter(({ cost }) => Number.isFinite(cost))
    .sort((a, b) => a.cost - b.cost || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, SUGGESTIONS)
    .map(({ candidate }) => candidate);
}

/**
 * The declared entries the contract version does not describe. A version whose document describes no fields (no
 * spec, or one without data schemas) cannot be checked: nothing is reported for it (see `canCheck`).
 */
export function findDeclaredFieldProblems(fieldsUsed: readonly string[], catalogue: ContractFieldCatalogue): DeclaredFieldProblem[] {
  if (!canCheck(catalogue)) return [];
  return fieldsUsed.flatMap((raw, index) => {
    const entry = raw.trim();
    if (entry === "" || isDescribed(entry, catalogue)) return [];
    return [{ index, entry, suggestions: suggestionsFor(entry, catalogue) }];
  });
}

export const canCheck = (catalogue: ContractFieldCatalogue) => catalogue.paths.size > 0 || catalogue.operations.length > 0;

/** "no_such_field is not a field of Order API 2.1.0. Did you mean net_revenue?" */
export function describeProblem(problem: DeclaredFieldProblem, versionLabel: string): string {
  const hint = problem.suggestions.length ? ` Did you mean ${problem.suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
  return `"${problem.entry}" is not a field or operation of ${versionLabel}.${hint}`;
}

/** The field catalogue of a version's spec text; null when it has none or it cannot be read (nothing to check). */
export function catalogueOfSpec(specText: string | null): ContractFieldCatalogue | null {
  if (!specText?.trim()) return null;
  try {
    return contractFieldCatalogue(parseContractText(specText));
  } catch (error) {
    if (error instanceof ContractParseError) return null;
    throw error;
  }
}

/**
 * What a proposal changes in a contract's glossary (what each field means and the rules it obeys), and which
 * consumers must acknowledge it: a field whose meaning moves under a consumer that reads it is the seeds' first
 * failure mode (meaning drift), invisible to a schema diff. Pure: the review context loads both glossaries.
 */

export interface GlossaryTerm {
  field: string;
  meaning: string;
  rules?: string | null;
}

export const GLOSSARY_CHANGE_KINDS = ["added", "removed", "meaning_changed", "rules_changed"] as const;
export type GlossaryChangeKind = (typeof GLOSSARY_CHANGE_KINDS)[number];

export interface GlossaryChange {
  field: string;
  /** meaning_changed when the meaning moved (whether or not the rules did too); rules_changed when only the rules did. */
  kind: GlossaryChangeKind;
  before: { meaning: string; rules: string | null } | null;
  after: { meaning: string; rules: string | null } | null;
}

export const GLOSSARY_CHANGE_LABELS: Record<GlossaryChangeKind, string> = {
  added: "Meaning defined",
  removed: "Meaning removed",
  meaning_changed: "Meaning changed",
  rules_changed: "Rules changed",
};

// Whitespace differences are not changes of meaning: the form trims, but a pasted text may wrap differently.
const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").replace(/\s+/g, " ").trim() === (b ?? "").replace(/\s+/g, " ").trim();

export function diffGlossary(base: readonly GlossaryTerm[], proposed: readonly GlossaryTerm[]): GlossaryChange[] {
  const before = new Map(base.map((term) => [term.field, term]));
  const after = new Map(proposed.map((term) => [term.field, term]));
  const fields = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a.localeCompare(b));
  const changes: GlossaryChange[] = [];
  for (const field of fields) {
    const was = before.get(field);
    const is = after.get(field);
    const view = (term: GlossaryTerm | undefined) => (term ? { meaning: term.meaning, rules: term.rules ?? null } : null);
    if (!was) changes.push({ field, kind: "added", before: null, after: view(is) });
    else if (!is) changes.push({ field, kind: "removed", before: view(was), after: null });
    else if (!same(was.meaning, is.meaning)) changes.push({ field, kind: "meaning_changed", before: view(was), after: view(is) });
    else if (!same(was.rules, is.rules)) changes.push({ field, kind: "rules_changed", before: view(was), after: view(is) });
  }
  return changes;
}

/** Whether two glossaries say the same thing (the order of entries and whitespace aside). */
export function sameGlossary(base: readonly GlossaryTerm[], proposed: readonly GlossaryTerm[]): boolean {
  return diffGlossary(base, proposed).length === 0;
}

// A declared entry is an operation ("GET /orders", "/orders/{id}") or a field, dotted or bare, as in
// lib/contract-diff/consumer-impact.ts. A glossary names a field bare ("net_revenue", meaning it wherever it
// appears) or dotted ("customer.tax_region").
const OPERATION_ENTRY = /^(?:[A-Za-z]+\s+)?\/\S*$/;

function appliesTo(glossaryField: string, declared: string): boolean {
  const entry = declared.trim().replace(/\[\]/g, "");
  if (entry === "" || OPERATION_ENTRY.test(entry)) return false;
  const term = glossaryField.trim();
  const entryParts = entry.split(".");
  if (!term.includes(".")) return entryParts.includes(term);
  if (!entry.includes(".")) return term.split(".").includes(entry);
  return term === entry || entry.startsWith(term + ".") || term.startsWith(entry + ".");
}

/**
 * The fields whose meaning a consumer must acknowledge: every change but a new definition, for a field it
 * declared. A consumer that declared no fields cannot say which meanings it relies on, so it acknowledges them all.
 */
export function meaningChangesFor(changes: readonly GlossaryChange[], fieldsUsed: readonly string[]): string[] {
  const relevant = changes.filter((change) => change.kind !== "added");
  const declared = fieldsUsed.filter((entry) => entry.trim() !== "" && !OPERATION_ENTRY.test(entry.trim()));
  if (declared.length === 0) return relevant.map((change) => change.field);
  return relevant.filter((change) => declared.some((entry) => appliesTo(change.field, entry))).map((change) => change.field);
}

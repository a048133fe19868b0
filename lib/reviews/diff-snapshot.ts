import { stringify as stringifyYaml } from "yaml";
import {
  checkVersionBump,
  diffContracts,
  parseContractText,
  suggestNextVersion,
  type ContractChange,
  type ContractFormat,
  type LifecyclePolicy,
  type VersionCheck,
} from "@/lib/contract-diff";
import { requiredBumpFor } from "@/lib/contract-diff/version-check";
import { changePlaceOf } from "@/lib/reviews/change-wording";
import type { GlossaryChange } from "@/lib/reviews/glossary-diff";

/**
 * What a change request keeps of its diff (ChangeRequest.diff), so that lists and the request page never re-parse
 * the documents: the changes, their counts, and for the first changes the fragment of each text around them.
 */
export interface StoredDiff {
  format: ContractFormat;
  breaking: boolean;
  /** `warning` is absent from diffs stored before the warning level existed. */
  counts: { breaking: number; warning?: number; "non-breaking": number; informational: number };
  changes: ContractChange[];
  /** Keyed by the JSON pointer of the element containing a change: that element in the base and in the proposal. */
  fragments: Record<string, { base: string | null; proposed: string | null }>;
}

export interface ProposalVersionCheck {
  baseVersion: string;
  proposedVersion: string;
  requiredBump: VersionCheck["requiredBump"];
  satisfied: boolean;
  suggestedVersion: string | null;
}

/** Fragments cost storage: keep them for the first changes (breaking ones sort first) and keep each short. */
const MAX_FRAGMENTS = 300;
const MAX_FRAGMENT_LINES = 40;

type Json = unknown;

function decode(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function resolveRef(root: Json, node: Json, depth = 0): Json {
  if (depth > 20 || !node || typeof node !== "object" || Array.isArray(node)) return node;
  const ref = (node as Record<string, unknown>).$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  return resolveRef(root, walk(root, ref.slice(1)), depth + 1);
}

/**
 * Follows a diff pointer through a document. The engine's pointers read through $refs and address parameters by
 * location and name (/parameters/query/limit) rather than by index, so the walk does the same.
 */
function walk(root: Json, pointer: string): Json {
  const segments = pointer.split("/").slice(1).map(decode);
  let node: Json = root;
  for (let index = 0; index < segments.length; index++) {
    node = resolveRef(root, node);
    const segment = segments[index];
    if (Array.isArray(node)) {
      if (/^\d+$/.test(segment)) node = node[Number(segment)];
      else {
        const items = node.map((item) => resolveRef(root, item)) as Record<string, unknown>[];
        const byLocation = items.find((item) => item && item.in === segment && item.name === segments[index + 1]);
        if (byLocation) {
          node = byLocation;
          index++;
        } else node = items.find((item) => item && (item.name === segment || item.title === segment));
      }
    } else if (node && typeof node === "object") node = (node as Record<string, unknown>)[segment];
    else return undefined;
    if (node === undefined) return undefined;
  }
  return resolveRef(root, node);
}

const MAX_FRAGMENT_DEPTH = 4;
const MAX_FRAGMENT_ENTRIES = 30;

/**
 * A bounded copy: a change's container can be a whole schema tree of a 10 MB document, and serialising it only to
 * keep 40 lines costs seconds. Deeper levels and long lists are elided before serialising.
 */
function prune(value: Json, depth: number): Json {
  if (!value || typeof value !== "object") return value;
  if (depth >= MAX_FRAGMENT_DEPTH) return Array.isArray(value) ? `[… ${value.length} items]` : "{…}";
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_FRAGMENT_ENTRIES).map((item) => prune(item, depth + 1));
    return value.length > MAX_FRAGMENT_ENTRIES ? [...items, `… ${value.length - MAX_FRAGMENT_ENTRIES} more`] : items;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const kept = Object.fromEntries(entries.slice(0, MAX_FRAGMENT_ENTRIES).map(([key, child]) => [key, prune(child, depth + 1)]));
  if (entries.length > MAX_FRAGMENT_ENTRIES) kept["…"] = `${entries.length - MAX_FRAGMENT_ENTRIES} more`;
  return kept;
}

function render(value: Json): string | null {
  if (value === undefined) return null;
  const text = typeof value === "object" && value !== null ? stringifyYaml(prune(value, 0), { lineWidth: 0 }) : String(value);
  const lines = text.trimEnd().split("\n");
  return lines.length > MAX_FRAGMENT_LINES
    ? [...lines.slice(0, MAX_FRAGMENT_LINES), `… ${lines.length - MAX_FRAGMENT_LINES} more lines`].join("\n")
    : lines.join("\n");
}

/** The element containing a change: one level up, so a removed property shows next to its siblings. */
export function fragmentPointerOf(pointer: string): string {
  const index = pointer.lastIndexOf("/");
  return index <= 0 ? "" : pointer.slice(0, index);
}

function fragmentsOf(base: Json, proposed: Json, changes: readonly ContractChange[]): StoredDiff["fragments"] {
  const fragments: StoredDiff["fragments"] = {};
  for (const change of changes) {
    const pointer = fragmentPointerOf(change.location.pointer);
    if (pointer in fragments) continue;
    if (Object.keys(fragments).length >= MAX_FRAGMENTS) break;
    fragments[pointer] = { base: render(pointer === "" ? base : walk(base, pointer)), proposed: render(pointer === "" ? proposed : walk(proposed, pointer)) };
  }
  return fragments;
}

/**
 * Diffs a proposal against its base text; with the portal's lifecycle policy, x-sunset dates are judged against the
 * tier notice and the recorded deprecation. Throws ContractParseError when either text is not a contract.
 */
export function buildStoredDiff(baseText: string, proposedText: string, lifecycle?: LifecyclePolicy): StoredDiff {
  const base = parseContractText(baseText);
  const proposed = parseContractText(proposedText);
  const diff = diffContracts(base, proposed, { lifecycle });
  return { format: diff.format, breaking: diff.breaking, counts: diff.counts, changes: diff.changes, fragments: fragmentsOf(base, proposed, diff.changes) };
}

/** Whether the proposed version number moves far enough from the base for the changes, and what it should be. */
export function checkProposedVersion(baseVersion: string, proposedVersion: string, changes: readonly ContractChange[]): ProposalVersionCheck {
  const check = checkVersionBump(baseVersion, proposedVersion, changes);
  return { baseVersion, proposedVersion, requiredBump: check.requiredBump, satisfied: check.satisfied, suggestedVersion: check.suggestedVersion };
}

/**
 * The version a proposal gets when its author names none. A field that changes meaning is more than a
 * documentation fix (consumers acknowledge it), so it is at least a minor version; a new definition is a patch.
 */
export function suggestedVersionFor(baseVersion: string | null, changes: readonly ContractChange[], glossaryChanges: readonly GlossaryChange[] = []): string {
  if (!baseVersion) return "1.0.0";
  const bump = requiredBumpFor(changes);
  const meaningMoved = glossaryChanges.some((change) => change.kind !== "added");
  const wanted = bump === "none" || bump === "patch" ? (meaningMoved ? "minor" : "patch") : bump;
  return suggestNextVersion(baseVersion, wanted) ?? "1.0.0";
}

/** Changes grouped by where they are (an operation, a channel, or the document), in the stored order. */
export function groupChangesByLocation(changes: readonly ContractChange[]): { location: string; changes: ContractChange[] }[] {
  const groups = new Map<string, ContractChange[]>();
  for (const change of changes) {
    const location = changePlaceOf(change);
    const group = groups.get(location) ?? [];
    group.push(change);
    groups.set(location, group);
  }
  return [...groups].map(([location, grouped]) => ({ location, changes: grouped }));
}

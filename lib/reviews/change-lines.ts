import type { ContractChange } from "@/lib/contract-diff";
import { escapePointerSegment } from "@/lib/contract-text/json-source-map";
import { readContractText } from "@/lib/contract-text/read-contract-text";

/** Where a change is written: the side whose text holds it (the proposal, else the base for a removal) and the line. */
export interface ChangeLine {
  side: "base" | "proposed";
  line: number;
}

type Json = unknown;

function decode(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function at(root: Json, pointer: string): Json {
  let node = root;
  for (const segment of pointer.split("/").slice(1).map(decode)) {
    if (node && typeof node === "object") node = (node as Record<string, unknown>)[segment];
    else return undefined;
  }
  return node;
}

/** Follows a local $ref: the written place of the node becomes the referenced one. */
function followRef(root: Json, node: Json, literal: string): { node: Json; literal: string } {
  for (let depth = 0; depth < 20; depth++) {
    const ref = node && typeof node === "object" && !Array.isArray(node) ? (node as Record<string, unknown>).$ref : undefined;
    if (typeof ref !== "string" || !ref.startsWith("#/")) break;
    literal = ref.slice(1);
    node = at(root, literal);
  }
  return { node, literal };
}

/**
 * The diff engine's pointers read through $refs and name parameters by location and name (/parameters/query/limit);
 * the text is written with $refs and list indexes. Translates the first into the second, as deep as the document
 * goes: `complete` says the whole pointer exists in this document.
 */
export function writtenPointerOf(document: Json, pointer: string): { pointer: string; complete: boolean } {
  const segments = pointer.split("/").slice(1).map(decode);
  let node: Json = document;
  let literal = "";
  for (let index = 0; index < segments.length; index++) {
    ({ node, literal } = followRef(document, node, literal));
    const segment = segments[index];
    let next: Json;
    let step: string;
    if (Array.isArray(node)) {
      if (/^\d+$/.test(segment)) {
        next = node[Number(segment)];
        step = segment;
      } else {
        const items = node.map((item) => followRef(document, item, "").node as Record<string, unknown> | undefined);
        let position = items.findIndex((item) => item && item.in === segment && item.name === segments[index + 1]);
        if (position >= 0) index++;
        else position = items.findIndex((item) => item && (item.name === segment || item.title === segment));
        next = position >= 0 ? node[position] : undefined;
        step = String(position);
      }
    } else if (node && typeof node === "object") {
      next = (node as Record<string, unknown>)[segment];
      step = escapePointerSegment(segment);
    } else next = undefined;
    if (next === undefined) return { pointer: literal, complete: false };
    node = next;
    literal = `${literal}/${step!}`;
  }
  return { pointer: literal, complete: true };
}

/**
 * The line of each change in the texts, for the diff view to scroll to: in the proposal when the changed element is
 * there, else in the base (a removal), else where the proposal would have it. Null for a text that cannot be read.
 */
export function locateChanges(baseText: string, proposedText: string, changes: readonly ContractChange[]): (ChangeLine | null)[] {
  const base = readContractText(baseText);
  const proposed = readContractText(proposedText);
  const written = changes.map((change) => ({
    base: base.ok ? writtenPointerOf(base.parsed.document, change.location.pointer) : null,
    proposed: proposed.ok ? writtenPointerOf(proposed.parsed.document, change.location.pointer) : null,
  }));
  const baseLines = base.ok ? base.parsed.locate(written.flatMap((entry) => (entry.base ? [entry.base.pointer] : []))) : new Map();
  const proposedLines = proposed.ok ? proposed.parsed.locate(written.flatMap((entry) => (entry.proposed ? [entry.proposed.pointer] : []))) : new Map();
  return written.map((entry) => {
    const inProposed = entry.proposed ? proposedLines.get(entry.proposed.pointer) : undefined;
    const inBase = entry.base ? baseLines.get(entry.base.pointer) : undefined;
    if (inProposed && entry.proposed?.complete) return { side: "proposed", line: inProposed.line };
    if (inBase && entry.base?.complete) return { side: "base", line: inBase.line };
    if (inProposed) return { side: "proposed", line: inProposed.line };
    return inBase ? { side: "base", line: inBase.line } : null;
  });
}

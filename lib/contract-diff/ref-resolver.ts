import { lookupLocalRef } from "./json-pointer";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The entries of an object, or none for anything else: documents may hold junk where a map belongs. */
export function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

export interface Resolved {
  node: JsonObject | undefined;
  /** The last local reference followed to reach the node, used to memoise and to stop at cycles. */
  ref?: string;
  /** A reference that could not be followed (external file or dangling pointer): compared by its text. */
  unresolvedRef?: string;
}

/** Follows local `$ref`s of one document; external references are left for comparison by their text. */
export class RefResolver {
  private readonly cache = new Map<string, Resolved>();

  constructor(readonly document: unknown) {}

  resolve(value: unknown): Resolved {
    if (!isObject(value)) return { node: undefined };
    if (typeof value.$ref !== "string") return { node: value };
    const first = value.$ref;
    const cached = this.cache.get(first);
    if (cached) return cached;
    const seen = new Set<string>();
    let current: JsonObject = value;
    let ref: string | undefined;
    while (typeof current.$ref === "string") {
      const next = current.$ref;
      if (seen.has(next)) break; // a reference chain that loops onto itself describes nothing
      seen.add(next);
      const target = lookupLocalRef(this.document, next);
      if (!isObject(target)) {
        const result: Resolved = { node: undefined, unresolvedRef: next };
        this.cache.set(first, result);
        return result;
      }
      ref = next;
      current = target;
    }
    const result: Resolved = { node: current, ref };
    this.cache.set(first, result);
    return result;
  }
}

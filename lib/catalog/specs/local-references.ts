import { escapePointerSegment } from "@/lib/contract-text/json-source-map";

export interface UnlocatedIssue {
  pointer: string;
  message: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

// Paths are kept as segment stacks and turned into pointers only for an issue: a 10 MB document has hundreds of
// thousands of nodes, and building a pointer string for each one cost more than checking it.
const pointerOf = (base: string, path: readonly string[]) => base + path.map((segment) => "/" + escapePointerSegment(segment)).join("");

/** Every local `$ref` ("#/..." or "#anchor") must point at something in the same document. */
export function checkLocalReferences(document: unknown, issues: UnlocatedIssue[], limit: number): void {
  const path: string[] = [];
  const resolved = new Map<string, boolean>();
  const visit = (node: unknown): void => {
    if (issues.length >= limit || typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(String(index));
        visit(node[index]);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === "string" && ref.startsWith("#")) {
      let exists = resolved.get(ref);
      if (exists === undefined) {
        exists = resolveLocalReference(document, ref) !== undefined;
        resolved.set(ref, exists);
      }
      if (!exists) issues.push({ pointer: pointerOf("", [...path, "$ref"]), message: `"$ref" points at ${ref}, which does not exist in this document.` });
    }
    for (const key in record) {
      const child = record[key];
      if (typeof child !== "object" || child === null) continue;
      path.push(key);
      visit(child);
      path.pop();
    }
  };
  visit(document);
}

/** The value a local `$ref` names: a JSON pointer fragment, or a JSON Schema `$anchor` / `$dynamicAnchor` name. */
export function resolveLocalReference(document: unknown, ref: string): unknown {
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  if (fragment === "" || fragment.startsWith("/")) return resolvePointer(document, fragment);
  return findAnchor(document, fragment);
}

function findAnchor(document: unknown, name: string): unknown {
  const seen = new Set<object>();
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    if (!Array.isArray(node) && ((node as Record<string, unknown>).$anchor === name || (node as Record<string, unknown>).$dynamicAnchor === name)) return node;
    stack.push(...(Array.isArray(node) ? node : Object.values(node)));
  }
  return undefined;
}

export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isPlainObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

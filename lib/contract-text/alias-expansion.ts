/**
 * YAML aliases make the parsed document a graph whose shared nodes every later walk (validation, diff, outline)
 * visits once per reference. A few lines of anchors can stand for billions of nodes ("billion laughs"), and an
 * alias inside the node it names makes a cycle that a walk never leaves. This counts the nodes a full expansion
 * would have, in time linear in the distinct nodes, and stops as soon as the bound is passed.
 */
export type AliasExpansion = { ok: true; expandedNodes: number } | { ok: false; reason: "cycle" | "too-large" };

export function measureAliasExpansion(document: unknown, maxExpandedNodes: number): AliasExpansion {
  const sizes = new Map<object, number>();
  const onPath = new Set<object>();
  let stopped: "cycle" | "too-large" | null = null;

  const sizeOf = (node: unknown): number => {
    if (stopped || typeof node !== "object" || node === null) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (onPath.has(node)) {
      stopped = "cycle";
      return 1;
    }
    onPath.add(node);
    let size = 1;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      size += sizeOf(child);
      if (size > maxExpandedNodes) stopped ??= "too-large";
      if (stopped) break;
    }
    onPath.delete(node);
    sizes.set(node, size);
    return size;
  };

  const expandedNodes = sizeOf(document);
  return stopped ? { ok: false, reason: stopped } : { ok: true, expandedNodes };
}

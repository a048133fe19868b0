/** The pointer itself, then each of its ancestors up to the root "". */
export function ancestorsOf(pointer: string): string[] {
  const chain = [pointer];
  let current = pointer;
  while (current !== "") {
    current = current.slice(0, current.lastIndexOf("/"));
    chain.push(current);
  }
  return chain;
}

/**
 * Resolves each pointer to the offset of its deepest located ancestor (itself when present): a missing field is
 * shown where it should have been written.
 */
export function nearestLocated(pointers: readonly string[], offsetOf: (pointer: string) => number | undefined): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const pointer of pointers) {
    for (const candidate of ancestorsOf(pointer)) {
      const offset = offsetOf(candidate);
      if (offset !== undefined) {
        offsets.set(pointer, offset);
        break;
      }
    }
  }
  return offsets;
}

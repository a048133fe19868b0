export const REDACTED = "[redacted]";

/**
 * A copy of a payload with the fields classified as personal data (JSON pointers) blanked, for the samples an
 * integration may keep of failing payloads. Pointers that name nothing are ignored.
 */
export function redactPayload(payload: unknown, personalFields: readonly string[]): unknown {
  const copy: unknown = structuredClone(payload);
  for (const pointer of personalFields) {
    const segments = pointer
      .slice(1)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let node: unknown = copy;
    for (const [index, segment] of segments.entries()) {
      if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) break;
      if (index === segments.length - 1) (node as Record<string, unknown>)[segment] = REDACTED;
      else node = (node as Record<string, unknown>)[segment];
    }
  }
  return copy;
}

/** One field of an audited change, as the Audit page shows it. */
export interface AuditFieldChange {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Field-by-field comparison of an audit row's before and after. A creation has no before and a deletion no
 * after: every field then counts as changed. Values that are not objects compare as one "value" field.
 */
export function diffAuditValues(before: unknown, after: unknown): AuditFieldChange[] {
  if (before == null && after == null) return [];
  if ((before == null || isRecord(before)) && (after == null || isRecord(after))) {
    const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    return fields.map((field) => {
      const b = before?.[field];
      const a = after?.[field];
      return { field, before: b, after: a, changed: !sameJson(b, a) };
    });
  }
  return [{ field: "value", before, after, changed: !sameJson(before, after) }];
}

/** How a value reads in a diff cell: strings as they are, absent values as a dash, the rest as compact JSON. */
export function formatAuditValue(value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

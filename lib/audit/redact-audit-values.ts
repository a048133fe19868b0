import { redactUrl } from "@/lib/webhooks/redact-url";

/**
 * Fields of audited records that can carry a secret, by target type, and how to hide it. Applied when a row is
 * written and again when rows are read, so that rows written before a field was listed here stay hidden too
 * (the trail is append-only: old rows cannot be rewritten).
 */
const SECRET_FIELDS: Record<string, Record<string, (value: string) => string>> = {
  webhook_endpoint: { url: redactUrl },
};

/** The audit row's before/after value with the target type's secret-bearing fields redacted. */
export function redactAuditValue<T>(targetType: string, value: T): T {
  const fields = SECRET_FIELDS[targetType];
  if (!fields || value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, field]) => [
    key,
    typeof field === "string" && fields[key] ? fields[key](field) : field,
  ]);
  return Object.fromEntries(entries) as T;
}

/** The subset of JSON Schema the spec builders emit. */
export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: (string | null)[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  description?: string;
  nullable?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  $ref?: string;
  examples?: unknown[];
}

// Values these fields take across the enterprise; a contract that exposes one of them publishes the same list.
const ENUMERATIONS: Record<string, string[]> = {
  customer_status: ["prospect", "active", "on_hold", "churned"],
  approval_status: ["draft", "pending", "approved", "rejected"],
  publication_status: ["draft", "ready", "published", "withdrawn"],
  compliance_review_status: ["not_required", "pending", "passed", "failed"],
  order_status: ["placed", "paid", "fulfilled", "partially_refunded", "refunded", "cancelled"],
  subscription_status: ["trial", "active", "paused", "cancelled", "expired"],
  ticket_status: ["new", "open", "pending", "solved", "closed"],
  priority: ["low", "normal", "high", "urgent"],
  channel: ["ecommerce", "marketplace_us", "marketplace_eu", "sales_portal", "mobile_app", "retail_pos"],
  unit_of_measure: ["each", "pair", "pack", "kg", "m"],
  credit_status: ["good_standing", "watch", "on_hold"],
  payment_status: ["authorised", "captured", "failed", "refunded", "disputed"],
};

const PATTERNS: Record<string, string> = {
  currency: "^[A-Z]{3}$",
  country_code: "^[A-Z]{2}$",
  tax_region: "^[A-Z]{2}(-[A-Z0-9]{1,3})?$",
  gtin: "^[0-9]{8,14}$",
  sku: "^[A-Z]{2,4}-[0-9]{4,6}$",
};

/** Infers a field's schema from the enterprise's naming conventions (`_at` timestamps, `is_` flags, amounts...). */
export function fieldSchema(name: string): JsonSchema {
  if (ENUMERATIONS[name]) return { type: "string", enum: ENUMERATIONS[name] };
  if (PATTERNS[name]) return { type: "string", pattern: PATTERNS[name] };
  if (name.endsWith("_at") || name === "timestamp") return { type: "string", format: "date-time" };
  if (name.endsWith("_date") || name === "period") return { type: "string", format: "date" };
  if (name.startsWith("is_") || name.startsWith("has_")) return { type: "boolean" };
  if (name.endsWith("_email") || name === "email") return { type: "string", format: "email" };
  if (name.endsWith("_url")) return { type: "string", format: "uri" };
  if (name.endsWith("_ids") || name.endsWith("_fields") || name.endsWith("_channels") || name.endsWith("_tags")) {
    return { type: "array", items: { type: "string" } };
  }
  if (/(_pct|_score|_probability|_rate)$/.test(name)) return { type: "number", minimum: 0, maximum: name.endsWith("_pct") ? 100 : 1 };
  if (/(quantity|_qty|_count|_units|_days|_minutes|_seconds|_sessions|_grams)$/.test(name) || name === "units") {
    return { type: "integer", minimum: 0 };
  }
  if (/(amount|price|cost|revenue|total|balance|limit|_value|_weight|_fee|_tax|margin)/.test(name)) return { type: "number" };
  return { type: "string", maxLength: name.endsWith("_id") || name === "id" ? 64 : 512 };
}

export function objectSchema(fields: readonly string[], required: readonly string[]): JsonSchema {
  return {
    type: "object",
    properties: Object.fromEntries(fields.map((field) => [field, fieldSchema(field)])),
    required: required.filter((field) => fields.includes(field)),
    additionalProperties: false,
  };
}

/** "customer_account" -> "CustomerAccount". */
export function pascalCase(words: string): string {
  return words
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join("");
}

/** "Customer Account" -> "customer-accounts" for URL paths. */
export function pluralPath(resource: string): string {
  const kebab = resource
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .toLowerCase();
  if (kebab.endsWith("y") && !kebab.endsWith("ay")) return `${kebab.slice(0, -1)}ies`;
  return kebab.endsWith("s") ? kebab : `${kebab}s`;
}

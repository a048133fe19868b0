/** The document kinds a contract's spec can be; "other" (an XSD, a CSV layout...) is stored as text, unchecked. */
export type SpecKind = "openapi" | "asyncapi" | "json_schema";
export type ContractSpecType = SpecKind | "other";

export const SPEC_KIND_LABELS: Record<ContractSpecType, string> = {
  openapi: "OpenAPI",
  asyncapi: "AsyncAPI",
  json_schema: "JSON Schema",
  other: "Other",
};

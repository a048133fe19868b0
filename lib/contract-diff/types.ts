export type ChangeSeverity = "breaking" | "non-breaking" | "informational";

// Which way data flows through the changed element: a request is written by clients and read by the provider,
// a response (or a published event, or a JSON Schema document) is written by the provider and read by consumers.
// The same edit breaks one side and not the other, so every schema change is judged for its side.
export type DataSide = "request" | "response";

export type ContractFormat = "openapi" | "asyncapi" | "json_schema";

export interface ChangeLocation {
  /**
   * JSON pointer to the changed element, read through operations and dereferenced schemas (e.g.
   * /paths/~1orders/post/requestBody/content/application~1json/schema/properties/total); a parameter is addressed
   * by location and name (/paths/~1orders/get/parameters/query/limit), not by its index in the list.
   */
  pointer: string;
  path?: string;
  /** HTTP method in capitals. */
  operation?: string;
  /** "in:name" of a parameter, e.g. "query:limit". */
  parameter?: string;
  channel?: string;
  message?: string;
  /** Dotted property path inside the payload, e.g. "customer.tax_region", when the change concerns a field. */
  field?: string;
  side?: DataSide;
}

export interface ContractChange {
  severity: ChangeSeverity;
  /** Stable identifier of the kind of change, e.g. "request-property-became-required". */
  kind: string;
  location: ChangeLocation;
  message: string;
}

/**
 * What a change does to existing clients. "warning" is oasdiff's WARN: it may break some clients (a removed request
 * parameter some send, a response enum value some switch on) and cannot be confirmed by reading the documents.
 * Stored diffs from before the warning level existed only hold the other three.
 */
export type ChangeSeverity = "breaking" | "warning" | "non-breaking" | "informational";

/** oasdiff's three levels: error = breaking, warning = may break some clients, info = everything else. */
export type ChangeLevel = "error" | "warning" | "info";

export function levelOf(severity: ChangeSeverity): ChangeLevel {
  return severity === "breaking" ? "error" : severity === "warning" ? "warning" : "info";
}

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
  /**
   * The change's stable id, named after oasdiff's check catalogue where it has the check (e.g.
   * "request-property-became-required"); README "Contract change ids" lists every id with its severity.
   */
  kind: string;
  location: ChangeLocation;
  message: string;
}

import { diffAsyncApi } from "./asyncapi-changes";
import { diffOpenApi } from "./openapi-changes";
import { ContractParseError, detectContractFormat } from "./parse-contract";
import { isObject, RefResolver, type JsonObject } from "./ref-resolver";
import type { LifecyclePolicy } from "./lifecycle";
import { createSchemaDiffContext, describeSchemaChange, diffSchemas, schemaChangeId } from "./schema-diff";
import type { ChangeSeverity, ContractChange, ContractFormat, DataSide } from "./types";
import { checkVersionBump, type VersionCheck } from "./version-check";

export type { ChangeLevel, ChangeLocation, ChangeSeverity, ContractChange, ContractFormat, DataSide } from "./types";
export type { LifecyclePolicy } from "./lifecycle";
export { assessConsumerImpact, type ConsumerImpact } from "./consumer-impact";
export { ContractParseError, parseContractText } from "./parse-contract";
export { checkVersionBump, suggestNextVersion, type VersionBump, type VersionCheck } from "./version-check";

export interface ContractDiffOptions {
  /** Defaults to the format both documents declare. */
  format?: ContractFormat;
  /**
   * Whose view a JSON Schema is judged from. Defaults to "response": in Interchange a JSON Schema contract
   * describes data a system publishes and consumers (dashboards, reports, models) read.
   */
  jsonSchemaSide?: DataSide;
  /** Today, the tier's minimum notice and the recorded deprecation: x-sunset and removals are judged against them. */
  lifecycle?: LifecyclePolicy;
}

export interface ContractDiff {
  format: ContractFormat;
  /** Whether any change is breaking (error level); warnings are counted apart. */
  breaking: boolean;
  changes: ContractChange[];
  counts: Record<ChangeSeverity, number>;
  /** Present when the base declares a version (info.version, a JSON Schema's `version`, or a version ending its $id). */
  version: VersionCheck | null;
}

const SEVERITY_ORDER: Record<ChangeSeverity, number> = { breaking: 0, warning: 1, "non-breaking": 2, informational: 3 };

function compareChanges(a: ContractChange, b: ContractChange): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.location.pointer < b.location.pointer ? -1 : a.location.pointer > b.location.pointer ? 1 : 0) ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function diffJsonSchema(base: JsonObject, revision: JsonObject, side: DataSide): ContractChange[] {
  const context = createSchemaDiffContext(new RefResolver(base), new RefResolver(revision), side);
  return diffSchemas(context, base, revision).map((change) => ({
    severity: change.severity,
    kind: schemaChangeId(side, "body", change),
    message: change.field ? `${change.field}: ${describeSchemaChange(change)}` : describeSchemaChange(change),
    location: { side, pointer: change.pointer, ...(change.field ? { field: change.field } : {}) },
  }));
}

// JSON Schemas have no version keyword; publishers put it in the $id instead (".../customer/1.2.0.json").
const VERSION_IN_ID = /\/v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\.json)?$/;

/** The version a document declares (info.version, a JSON Schema's `version`, or a version ending its $id). */
export function declaredVersion(document: JsonObject): string | null {
  const version = isObject(document.info) ? document.info.version : document.version;
  if (typeof version === "string" || typeof version === "number") return String(version);
  const match = typeof document.$id === "string" ? VERSION_IN_ID.exec(document.$id) : null;
  return match ? match[1] : null;
}

/**
 * Compares two versions of a contract (already parsed) and lists every change with its location, a message and a
 * severity, sorted breaking first. Pure: no I/O, so pages, API handlers, the CLI and tests share it.
 */
export function diffContracts(base: JsonObject, revision: JsonObject, options: ContractDiffOptions = {}): ContractDiff {
  const format = options.format ?? detectContractFormat(base);
  if (!options.format && detectContractFormat(revision) !== format) {
    throw new ContractParseError(`the base is ${format} but the revision is ${detectContractFormat(revision)}`);
  }
  const changes =
    format === "openapi"
      ? diffOpenApi(base, revision, options.lifecycle)
      : format === "asyncapi"
        ? diffAsyncApi(base, revision)
        : diffJsonSchema(base, revision, options.jsonSchemaSide ?? "response");
  changes.sort(compareChanges);
  const counts: Record<ChangeSeverity, number> = { breaking: 0, warning: 0, "non-breaking": 0, informational: 0 };
  for (const change of changes) counts[change.severity] += 1;
  const baseVersion = declaredVersion(base);
  return {
    format,
    breaking: counts.breaking > 0,
    changes,
    counts,
    version: baseVersion === null ? null : checkVersionBump(baseVersion, declaredVersion(revision), changes),
  };
}

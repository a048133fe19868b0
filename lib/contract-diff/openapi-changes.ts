import { toPointer } from "./json-pointer";
import { entries, isObject, RefResolver, type JsonObject } from "./ref-resolver";
import { createSchemaDiffContext, describeSchemaChange, diffSchemas, type SchemaDiffContext } from "./schema-diff";
import type { ChangeLocation, ChangeSeverity, ContractChange, DataSide } from "./types";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"] as const;

interface Documents {
  base: RefResolver;
  revision: RefResolver;
  request: SchemaDiffContext;
  response: SchemaDiffContext;
  changes: ContractChange[];
}

interface OperationScope {
  path: string;
  operation: string;
  pointer: string[];
}

function objectAt(resolver: RefResolver, value: unknown): JsonObject | undefined {
  return resolver.resolve(value).node;
}

/** Paths match whatever their template variables are called: /orders/{id} is /orders/{orderId}. */
function pathShape(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

function record(docs: Documents, severity: ChangeSeverity, kind: string, message: string, location: Omit<ChangeLocation, "pointer"> & { pointer: string[] }): void {
  docs.changes.push({ severity, kind, message, location: { ...location, pointer: toPointer(location.pointer) } });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function recordSchema(docs: Documents, side: DataSide, base: unknown, revision: unknown, scope: OperationScope, pointer: string[], extra: Partial<ChangeLocation> = {}): void {
  const prefix = toPointer(pointer);
  for (const change of diffSchemas(side === "request" ? docs.request : docs.response, base, revision)) {
    const location: ChangeLocation = { path: scope.path, operation: scope.operation, ...extra, side, pointer: prefix + change.pointer };
    if (change.field) location.field = change.field;
    docs.changes.push({ severity: change.severity, kind: change.kind, message: `${scope.operation} ${scope.path}: ${lowerFirst(describeSchemaChange(change))}`, location });
  }
}

interface Parameter {
  key: string;
  label: string;
  in: string;
  name: string;
  node: JsonObject;
}

/** Operation parameters override path-item ones by location and name; path parameters are keyed by position. */
function parametersOf(resolver: RefResolver, pathItem: JsonObject, operation: JsonObject, path: string): Map<string, Parameter> {
  const variables = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
  const result = new Map<string, Parameter>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const node = objectAt(resolver, raw);
      if (!node || typeof node.name !== "string" || typeof node.in !== "string") continue;
      const name = node.in === "header" ? node.name.toLowerCase() : node.name;
      const position = node.in === "path" ? variables.indexOf(node.name) : -1;
      const key = node.in === "path" && position >= 0 ? `path#${position}` : `${node.in}:${name}`;
      result.set(key, { key, label: `${node.in}:${node.name}`, in: node.in, name: node.name, node });
    }
  }
  return result;
}

function parameterSchema(parameter: JsonObject): unknown {
  if (parameter.schema !== undefined) return parameter.schema;
  const [first] = entries(parameter.content);
  return isObject(first?.[1]) ? first[1].schema : undefined;
}

function diffParameters(docs: Documents, scope: OperationScope, base: Map<string, Parameter>, revision: Map<string, Parameter>): void {
  for (const [key, before] of base) {
    const pointer = [...scope.pointer, "parameters", before.in, before.name];
    const after = revision.get(key);
    const where = { path: scope.path, operation: scope.operation, parameter: before.label, side: "request" as const };
    if (!after) {
      record(docs, "breaking", "request-parameter-removed", `${scope.operation} ${scope.path}: the ${before.in} parameter ${JSON.stringify(before.name)} was removed.`, { ...where, pointer });
      continue;
    }
    const at = { ...where, parameter: after.label, pointer: [...scope.pointer, "parameters", after.in, after.name] };
    if (before.node.required !== true && after.node.required === true) {
      record(docs, "breaking", "request-parameter-became-required", `${scope.operation} ${scope.path}: the ${after.in} parameter ${JSON.stringify(after.name)} became required.`, at);
    } else if (before.node.required === true && after.node.required !== true) {
      record(docs, "non-breaking", "request-parameter-became-optional", `${scope.operation} ${scope.path}: the ${after.in} parameter ${JSON.stringify(after.name)} became optional.`, at);
    }
    if ((before.node.style ?? null) !== (after.node.style ?? null) || (before.node.explode ?? null) !== (after.node.explode ?? null)) {
      record(docs, "breaking", "request-parameter-serialization-changed", `${scope.operation} ${scope.path}: the ${after.in} parameter ${JSON.stringify(after.name)} is serialised differently (style or explode changed).`, at);
    }
    if (before.node.deprecated !== true && after.node.deprecated === true) {
      record(docs, "informational", "request-parameter-deprecated", `${scope.operation} ${scope.path}: the ${after.in} parameter ${JSON.stringify(after.name)} was deprecated.`, at);
    }
    recordSchema(docs, "request", parameterSchema(before.node), parameterSchema(after.node), scope, [...at.pointer, "schema"], { parameter: after.label });
  }
  for (const [key, after] of revision) {
    if (base.has(key)) continue;
    const at = { path: scope.path, operation: scope.operation, parameter: after.label, side: "request" as const, pointer: [...scope.pointer, "parameters", after.in, after.name] };
    if (after.node.required === true) {
      record(docs, "breaking", "request-required-parameter-added", `${scope.operation} ${scope.path}: a new required ${after.in} parameter ${JSON.stringify(after.name)} was added.`, at);
    } else {
      record(docs, "non-breaking", "request-optional-parameter-added", `${scope.operation} ${scope.path}: a new optional ${after.in} parameter ${JSON.stringify(after.name)} was added.`, at);
    }
  }
}

function mediaTypes(content: unknown): Map<string, JsonObject> {
  const result = new Map<string, JsonObject>();
  for (const [type, media] of entries(content)) result.set(type.toLowerCase().replace(/\s+/g, ""), isObject(media) ? media : {});
  return result;
}

function diffContent(docs: Documents, side: DataSide, scope: OperationScope, base: unknown, revision: unknown, pointer: string[], what: string): void {
  const before = mediaTypes(base);
  const after = mediaTypes(revision);
  for (const [type, media] of before) {
    const at = [...pointer, "content", type];
    const match = after.get(type);
    if (!match) {
      record(docs, "breaking", `${side}-media-type-removed`, `${scope.operation} ${scope.path}: ${what} no longer accepts or provides ${type}.`, { path: scope.path, operation: scope.operation, side, pointer: at });
      continue;
    }
    recordSchema(docs, side, media.schema, match.schema, scope, [...at, "schema"]);
  }
  for (const type of after.keys()) {
    if (before.has(type)) continue;
    record(docs, "non-breaking", `${side}-media-type-added`, `${scope.operation} ${scope.path}: ${what} now also supports ${type}.`, { path: scope.path, operation: scope.operation, side, pointer: [...pointer, "content", type] });
  }
}

function diffRequestBody(docs: Documents, scope: OperationScope, baseOperation: JsonObject, revisionOperation: JsonObject): void {
  const before = objectAt(docs.base, baseOperation.requestBody);
  const after = objectAt(docs.revision, revisionOperation.requestBody);
  const pointer = [...scope.pointer, "requestBody"];
  const where = { path: scope.path, operation: scope.operation, side: "request" as const, pointer };
  if (!before && !after) return;
  if (!before) {
    if (after!.required === true) record(docs, "breaking", "request-body-added-required", `${scope.operation} ${scope.path}: a required request body was added.`, where);
    else record(docs, "non-breaking", "request-body-added-optional", `${scope.operation} ${scope.path}: an optional request body was added.`, where);
    return;
  }
  if (!after) {
    record(docs, "breaking", "request-body-removed", `${scope.operation} ${scope.path}: the request body was removed.`, where);
    return;
  }
  if (before.required !== true && after.required === true) record(docs, "breaking", "request-body-became-required", `${scope.operation} ${scope.path}: the request body became required.`, where);
  if (before.required === true && after.required !== true) record(docs, "non-breaking", "request-body-became-optional", `${scope.operation} ${scope.path}: the request body became optional.`, where);
  diffContent(docs, "request", scope, before.content, after.content, pointer, "the request body");
}

function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

function diffHeaders(docs: Documents, scope: OperationScope, status: string, base: unknown, revision: unknown, pointer: string[]): void {
  const lower = (value: unknown) => new Map(entries(value).map(([name, header]) => [name.toLowerCase(), { name, header }]));
  const before = lower(base);
  const after = lower(revision);
  for (const [key, { name, header }] of before) {
    const at = [...pointer, "headers", name];
    const where = { path: scope.path, operation: scope.operation, side: "response" as const, pointer: at };
    const match = after.get(key);
    const beforeHeader = objectAt(docs.base, header) ?? {};
    if (!match) {
      record(docs, "breaking", "response-header-removed", `${scope.operation} ${scope.path}: the ${status} response header ${JSON.stringify(name)} was removed.`, where);
      continue;
    }
    const afterHeader = objectAt(docs.revision, match.header) ?? {};
    if (beforeHeader.required === true && afterHeader.required !== true) {
      record(docs, "breaking", "response-header-became-optional", `${scope.operation} ${scope.path}: the ${status} response header ${JSON.stringify(name)} became optional.`, where);
    }
    recordSchema(docs, "response", parameterSchema(beforeHeader), parameterSchema(afterHeader), scope, [...at, "schema"]);
  }
  for (const [key, { name }] of after) {
    if (before.has(key)) continue;
    record(docs, "non-breaking", "response-header-added", `${scope.operation} ${scope.path}: the ${status} response now has the header ${JSON.stringify(name)}.`, { path: scope.path, operation: scope.operation, side: "response", pointer: [...pointer, "headers", name] });
  }
}

function diffResponses(docs: Documents, scope: OperationScope, baseOperation: JsonObject, revisionOperation: JsonObject): void {
  const before = new Map(entries(baseOperation.responses).map(([status, response]) => [status.toUpperCase(), { status, response }]));
  const after = new Map(entries(revisionOperation.responses).map(([status, response]) => [status.toUpperCase(), { status, response }]));
  for (const [key, { status, response }] of before) {
    const pointer = [...scope.pointer, "responses", status];
    const where = { path: scope.path, operation: scope.operation, side: "response" as const, pointer };
    const match = after.get(key);
    if (!match) {
      // Clients written against a success status stop working; an error status no longer returned breaks no one.
      if (isSuccess(status) || status === "default") record(docs, "breaking", "response-success-status-removed", `${scope.operation} ${scope.path}: the ${status} response was removed.`, where);
      else record(docs, "non-breaking", "response-non-success-status-removed", `${scope.operation} ${scope.path}: the ${status} response was removed.`, where);
      continue;
    }
    const beforeResponse = objectAt(docs.base, response) ?? {};
    const afterResponse = objectAt(docs.revision, match.response) ?? {};
    diffHeaders(docs, scope, status, beforeResponse.headers, afterResponse.headers, pointer);
    diffContent(docs, "response", scope, beforeResponse.content, afterResponse.content, pointer, `the ${status} response`);
  }
  for (const [key, { status }] of after) {
    if (before.has(key)) continue;
    record(docs, "non-breaking", isSuccess(status) ? "response-success-status-added" : "response-non-success-status-added", `${scope.operation} ${scope.path}: a ${status} response was added.`, { path: scope.path, operation: scope.operation, side: "response", pointer: [...scope.pointer, "responses", status] });
  }
}

/** Security requirements are alternatives (any one suffices); no requirement at all is the anonymous alternative. */
function securityAlternatives(requirements: unknown): Map<string, Set<string>[]> {
  const alternatives = new Map<string, Set<string>[]>();
  const list = Array.isArray(requirements) && requirements.length > 0 ? requirements : [{}];
  for (const requirement of list) {
    const schemes = entries(requirement).sort(([a], [b]) => a.localeCompare(b));
    const key = schemes.map(([name]) => name).join(" + ");
    alternatives.set(key, schemes.map(([, scopes]) => new Set(Array.isArray(scopes) ? scopes.map(String) : [])));
  }
  return alternatives;
}

function describeAlternative(key: string): string {
  return key === "" ? "anonymous access" : key;
}

function diffSecurity(docs: Documents, scope: OperationScope, base: unknown, revision: unknown): void {
  const before = securityAlternatives(base);
  const after = securityAlternatives(revision);
  const where = { path: scope.path, operation: scope.operation, side: "request" as const, pointer: [...scope.pointer, "security"] };
  for (const [key, scopes] of before) {
    const match = after.get(key);
    if (!match) {
      // Callers that satisfied this alternative still get in if some remaining alternative asks for less.
      const schemes = new Set(key === "" ? [] : key.split(" + "));
      const relaxed = [...after.keys()].some((other) => (other === "" ? [] : other.split(" + ")).every((scheme) => schemes.has(scheme)));
      if (relaxed) continue;
      const message = key === "" ? "the operation now requires authentication." : `callers can no longer authenticate with ${describeAlternative(key)}.`;
      record(docs, "breaking", key === "" ? "security-added" : "security-requirement-removed", `${scope.operation} ${scope.path}: ${message}`, where);
      continue;
    }
    scopes.forEach((set, index) => {
      const added = [...match[index]].filter((s) => !set.has(s));
      const removed = [...set].filter((s) => !match[index].has(s));
      if (added.length > 0) record(docs, "breaking", "security-scope-added", `${scope.operation} ${scope.path}: ${key.split(" + ")[index]} now also requires the scopes ${added.join(", ")}.`, where);
      if (removed.length > 0) record(docs, "non-breaking", "security-scope-removed", `${scope.operation} ${scope.path}: ${key.split(" + ")[index]} no longer requires the scopes ${removed.join(", ")}.`, where);
    });
  }
  for (const key of after.keys()) {
    if (before.has(key)) continue;
    record(docs, "non-breaking", "security-requirement-added", `${scope.operation} ${scope.path}: callers may now also authenticate with ${describeAlternative(key)}.`, where);
  }
}

function diffOperation(docs: Documents, scope: OperationScope, paths: { base: JsonObject; revision: JsonObject; basePath: string; revisionPath: string }, base: JsonObject, revision: JsonObject): void {
  const where = { path: scope.path, operation: scope.operation, pointer: scope.pointer };
  if (base.deprecated !== true && revision.deprecated === true) record(docs, "informational", "operation-deprecated", `${scope.operation} ${scope.path} was deprecated.`, where);
  if (base.deprecated === true && revision.deprecated !== true) record(docs, "informational", "operation-reactivated", `${scope.operation} ${scope.path} is no longer deprecated.`, where);
  if (typeof base.operationId === "string" && base.operationId !== revision.operationId) {
    // Generated clients name their methods after the operationId.
    record(docs, "breaking", "operation-id-changed", `${scope.operation} ${scope.path}: the operationId changed from ${JSON.stringify(base.operationId)} to ${JSON.stringify(revision.operationId ?? null)}.`, where);
  }
  if ((base.summary ?? "") !== (revision.summary ?? "") || (base.description ?? "") !== (revision.description ?? "")) {
    record(docs, "informational", "operation-documentation-changed", `${scope.operation} ${scope.path}: the summary or description changed.`, where);
  }
  diffParameters(docs, scope, parametersOf(docs.base, paths.base, base, paths.basePath), parametersOf(docs.revision, paths.revision, revision, paths.revisionPath));
  diffRequestBody(docs, scope, base, revision);
  diffResponses(docs, scope, base, revision);
  const inherited = (resolver: RefResolver) => (resolver.document as JsonObject).security;
  diffSecurity(docs, scope, base.security ?? inherited(docs.base), revision.security ?? inherited(docs.revision));
}

/** Every change between two OpenAPI 3.0 or 3.1 documents, judged with the breaking-change rules of decision 010. */
export function diffOpenApi(baseDocument: JsonObject, revisionDocument: JsonObject): ContractChange[] {
  const base = new RefResolver(baseDocument);
  const revision = new RefResolver(revisionDocument);
  const docs: Documents = {
    base,
    revision,
    request: createSchemaDiffContext(base, revision, "request"),
    response: createSchemaDiffContext(base, revision, "response"),
    changes: [],
  };
  const revisionPaths = new Map(entries(revisionDocument.paths).map(([path, item]) => [pathShape(path), { path, item }]));
  const seen = new Set<string>();
  for (const [basePath, baseRaw] of entries(baseDocument.paths)) {
    const shape = pathShape(basePath);
    seen.add(shape);
    const match = revisionPaths.get(shape);
    if (!match) {
      record(docs, "breaking", "path-removed", `The path ${basePath} and all its operations were removed.`, { path: basePath, pointer: ["paths", basePath] });
      continue;
    }
    const baseItem = objectAt(base, baseRaw) ?? {};
    const revisionItem = objectAt(revision, match.item) ?? {};
    for (const method of METHODS) {
      const before = objectAt(base, baseItem[method]);
      const after = objectAt(revision, revisionItem[method]);
      const scope: OperationScope = { path: match.path, operation: method.toUpperCase(), pointer: ["paths", match.path, method] };
      if (before && !after) {
        record(docs, "breaking", "operation-removed", `${scope.operation} ${match.path} was removed${before.deprecated === true ? " (it was deprecated)" : ""}.`, { path: match.path, operation: scope.operation, pointer: scope.pointer });
      } else if (!before && after) {
        record(docs, "non-breaking", "operation-added", `${scope.operation} ${match.path} was added.`, { path: match.path, operation: scope.operation, pointer: scope.pointer });
      } else if (before && after) {
        diffOperation(docs, scope, { base: baseItem, revision: revisionItem, basePath, revisionPath: match.path }, before, after);
      }
    }
  }
  for (const [shape, { path }] of revisionPaths) {
    if (!seen.has(shape)) record(docs, "non-breaking", "path-added", `The path ${path} was added.`, { path, pointer: ["paths", path] });
  }
  return docs.changes;
}

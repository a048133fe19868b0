import { toPointer } from "./json-pointer";
import { entries, isObject, RefResolver, type JsonObject } from "./ref-resolver";
import { changeSeverity } from "./change-catalogue";
import { createSchemaDiffContext, describeSchemaChange, diffSchemas, schemaChangeId, type SchemaContainer, type SchemaDiffContext } from "./schema-diff";
import { diffSecuritySchemes } from "./security-schemes";
import { lifecycleOf, sunsetChanges, type LifecyclePolicy } from "./lifecycle";
import type { ChangeLocation, ContractChange, DataSide } from "./types";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"] as const;

interface Documents {
  base: RefResolver;
  revision: RefResolver;
  request: SchemaDiffContext;
  response: SchemaDiffContext;
  changes: ContractChange[];
  lifecycle: LifecyclePolicy | undefined;
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

/** Records a change by its id; the severity comes from the catalogue (decision 010). */
function record(docs: Documents, kind: string, message: string, location: Omit<ChangeLocation, "pointer"> & { pointer: string[] }): void {
  docs.changes.push({ severity: changeSeverity(kind), kind, message, location: { ...location, pointer: toPointer(location.pointer) } });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function recordSchema(
  docs: Documents,
  side: DataSide,
  container: SchemaContainer,
  base: unknown,
  revision: unknown,
  scope: OperationScope,
  pointer: string[],
  extra: Partial<ChangeLocation> = {},
): void {
  const prefix = toPointer(pointer);
  for (const change of diffSchemas(side === "request" ? docs.request : docs.response, base, revision)) {
    const location: ChangeLocation = { path: scope.path, operation: scope.operation, ...extra, side, pointer: prefix + change.pointer };
    if (change.field) location.field = change.field;
    docs.changes.push({
      severity: change.severity,
      kind: schemaChangeId(side, container, change),
      message: `${scope.operation} ${scope.path}: ${lowerFirst(describeSchemaChange(change))}`,
      location,
    });
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

/** Serialisation settings with their OpenAPI defaults, so that spelling out a default is no change. */
function serialization(parameter: JsonObject): { style: string; explode: boolean; allowReserved: boolean; allowEmptyValue: boolean } {
  const style = typeof parameter.style === "string" ? parameter.style : parameter.in === "query" || parameter.in === "cookie" ? "form" : "simple";
  const explode = typeof parameter.explode === "boolean" ? parameter.explode : style === "form";
  return { style, explode, allowReserved: parameter.allowReserved === true, allowEmptyValue: parameter.allowEmptyValue === true };
}

function diffParameters(docs: Documents, scope: OperationScope, base: Map<string, Parameter>, revision: Map<string, Parameter>): void {
  for (const [key, before] of base) {
    const pointer = [...scope.pointer, "parameters", before.in, before.name];
    const after = revision.get(key);
    const where = { path: scope.path, operation: scope.operation, parameter: before.label, side: "request" as const };
    const label = `${scope.operation} ${scope.path}: the ${before.in} parameter ${JSON.stringify(before.name)}`;
    if (!after) {
      if (before.node.deprecated === true)
        record(docs, "request-parameter-removed-with-deprecation", `${label} was removed after its deprecation.`, { ...where, pointer });
      else
        record(docs, "request-parameter-removed", `${label} was removed: callers that send it may be rejected, or their value ignored.`, { ...where, pointer });
      continue;
    }
    const at = { ...where, parameter: after.label, pointer: [...scope.pointer, "parameters", after.in, after.name] };
    if (before.node.required !== true && after.node.required === true) record(docs, "request-parameter-became-required", `${label} became required.`, at);
    else if (before.node.required === true && after.node.required !== true) record(docs, "request-parameter-became-optional", `${label} became optional.`, at);
    const was = serialization(before.node);
    const is = serialization(after.node);
    if (was.style !== is.style)
      record(docs, "request-parameter-style-changed", `${label} changed style from ${was.style} to ${is.style}: callers serialise it differently.`, at);
    if (was.explode !== is.explode)
      record(docs, "request-parameter-explode-changed", `${label} changed explode from ${was.explode} to ${is.explode}: callers serialise it differently.`, at);
    if (was.allowReserved !== is.allowReserved) {
      record(
        docs,
        is.allowReserved ? "request-parameter-became-allow-reserved" : "request-parameter-became-not-allow-reserved",
        `${label} ${is.allowReserved ? "now accepts" : "no longer accepts"} reserved characters unencoded.`,
        at,
      );
    }
    if (was.allowEmptyValue !== is.allowEmptyValue) {
      record(
        docs,
        is.allowEmptyValue ? "request-parameter-became-allow-empty-value" : "request-parameter-became-not-allow-empty-value",
        `${label} ${is.allowEmptyValue ? "now accepts" : "no longer accepts"} an empty value.`,
        at,
      );
    }
    if (before.node.deprecated !== true && after.node.deprecated === true) record(docs, "request-parameter-deprecated", `${label} was deprecated.`, at);
    if (before.node.deprecated === true && after.node.deprecated !== true)
      record(docs, "request-parameter-reactivated", `${label} is no longer deprecated.`, at);
    recordSchema(docs, "request", "parameter", parameterSchema(before.node), parameterSchema(after.node), scope, [...at.pointer, "schema"], {
      parameter: after.label,
    });
  }
  for (const [key, after] of revision) {
    if (base.has(key)) continue;
    const at = {
      path: scope.path,
      operation: scope.operation,
      parameter: after.label,
      side: "request" as const,
      pointer: [...scope.pointer, "parameters", after.in, after.name],
    };
    if (after.node.required === true) {
      record(
        docs,
        "new-required-request-parameter",
        `${scope.operation} ${scope.path}: a new required ${after.in} parameter ${JSON.stringify(after.name)} was added.`,
        at,
      );
    } else {
      record(
        docs,
        "new-optional-request-parameter",
        `${scope.operation} ${scope.path}: a new optional ${after.in} parameter ${JSON.stringify(after.name)} was added.`,
        at,
      );
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
  const removed = side === "request" ? "request-body-media-type-removed" : "response-media-type-removed";
  const added = side === "request" ? "request-body-media-type-added" : "response-media-type-added";
  for (const [type, media] of before) {
    const at = [...pointer, "content", type];
    const match = after.get(type);
    if (!match) {
      record(docs, removed, `${scope.operation} ${scope.path}: ${what} no longer accepts or provides ${type}.`, {
        path: scope.path,
        operation: scope.operation,
        side,
        pointer: at,
      });
      continue;
    }
    recordSchema(docs, side, "body", media.schema, match.schema, scope, [...at, "schema"]);
  }
  for (const type of after.keys()) {
    if (before.has(type)) continue;
    record(docs, added, `${scope.operation} ${scope.path}: ${what} now also supports ${type}.`, {
      path: scope.path,
      operation: scope.operation,
      side,
      pointer: [...pointer, "content", type],
    });
  }
}

function diffRequestBody(docs: Documents, scope: OperationScope, baseOperation: JsonObject, revisionOperation: JsonObject): void {
  const before = objectAt(docs.base, baseOperation.requestBody);
  const after = objectAt(docs.revision, revisionOperation.requestBody);
  const pointer = [...scope.pointer, "requestBody"];
  const where = { path: scope.path, operation: scope.operation, side: "request" as const, pointer };
  if (!before && !after) return;
  if (!before) {
    if (after!.required === true) record(docs, "request-body-added-required", `${scope.operation} ${scope.path}: a required request body was added.`, where);
    else record(docs, "request-body-added-optional", `${scope.operation} ${scope.path}: an optional request body was added.`, where);
    return;
  }
  if (!after) {
    record(docs, "request-body-removed", `${scope.operation} ${scope.path}: the request body was removed.`, where);
    return;
  }
  if (before.required !== true && after.required === true)
    record(docs, "request-body-became-required", `${scope.operation} ${scope.path}: the request body became required.`, where);
  if (before.required === true && after.required !== true)
    record(docs, "request-body-became-optional", `${scope.operation} ${scope.path}: the request body became optional.`, where);
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
      const required = beforeHeader.required === true;
      record(
        docs,
        required ? "required-response-header-removed" : "optional-response-header-removed",
        `${scope.operation} ${scope.path}: the ${status} response header ${JSON.stringify(name)} was removed.`,
        where,
      );
      continue;
    }
    const afterHeader = objectAt(docs.revision, match.header) ?? {};
    if (beforeHeader.required === true && afterHeader.required !== true) {
      record(
        docs,
        "response-header-became-optional",
        `${scope.operation} ${scope.path}: the ${status} response header ${JSON.stringify(name)} became optional.`,
        where,
      );
    }
    recordSchema(docs, "response", "header", parameterSchema(beforeHeader), parameterSchema(afterHeader), scope, [...at, "schema"]);
  }
  for (const [key, { name }] of after) {
    if (before.has(key)) continue;
    record(docs, "response-header-added", `${scope.operation} ${scope.path}: the ${status} response now has the header ${JSON.stringify(name)}.`, {
      path: scope.path,
      operation: scope.operation,
      side: "response",
      pointer: [...pointer, "headers", name],
    });
  }
}

function diffResponses(docs: Documents, scope: OperationScope, baseOperation: JsonObject, revisionOperation: JsonObject): void {
  const before = new Map(entries(baseOperation.responses).map(([status, response]) => [status.toUpperCase(), { status, response }]));
  const after = new Map(entries(revisionOperation.responses).map(([status, response]) => [status.toUpperCase(), { status, response }]));
  const successLeft = [...after.keys()].some(isSuccess);
  for (const [key, { status, response }] of before) {
    const pointer = [...scope.pointer, "responses", status];
    const where = { path: scope.path, operation: scope.operation, side: "response" as const, pointer };
    const match = after.get(key);
    if (!match) {
      // Clients written against a success status stop working; an error status no longer returned breaks no one.
      // `default` describes success too when no 2xx is declared: removing it then leaves readers with nothing.
      const message = `${scope.operation} ${scope.path}: the ${status} response was removed.`;
      if (isSuccess(status)) record(docs, "response-success-status-removed", message, where);
      else if (key === "DEFAULT") record(docs, successLeft ? "response-default-removed-with-success" : "response-default-removed", message, where);
      else record(docs, "response-non-success-status-removed", message, where);
      continue;
    }
    const beforeResponse = objectAt(docs.base, response) ?? {};
    const afterResponse = objectAt(docs.revision, match.response) ?? {};
    diffHeaders(docs, scope, status, beforeResponse.headers, afterResponse.headers, pointer);
    diffContent(docs, "response", scope, beforeResponse.content, afterResponse.content, pointer, `the ${status} response`);
  }
  for (const [key, { status }] of after) {
    if (before.has(key)) continue;
    record(
      docs,
      isSuccess(status) ? "response-success-status-added" : "response-non-success-status-added",
      `${scope.operation} ${scope.path}: a ${status} response was added.`,
      { path: scope.path, operation: scope.operation, side: "response", pointer: [...scope.pointer, "responses", status] },
    );
  }
}

/** Security requirements are alternatives (any one suffices); no requirement at all is the anonymous alternative. */
function securityAlternatives(requirements: unknown): Map<string, Set<string>[]> {
  const alternatives = new Map<string, Set<string>[]>();
  const list = Array.isArray(requirements) && requirements.length > 0 ? requirements : [{}];
  for (const requirement of list) {
    const schemes = entries(requirement).sort(([a], [b]) => a.localeCompare(b));
    const key = schemes.map(([name]) => name).join(" + ");
    alternatives.set(
      key,
      schemes.map(([, scopes]) => new Set(Array.isArray(scopes) ? scopes.map(String) : [])),
    );
  }
  return alternatives;
}

function diffSecurity(docs: Documents, scope: OperationScope, base: unknown, revision: unknown): void {
  const before = securityAlternatives(base);
  const after = securityAlternatives(revision);
  const where = { path: scope.path, operation: scope.operation, side: "request" as const, pointer: [...scope.pointer, "security"] };
  const label = `${scope.operation} ${scope.path}`;
  // Once anonymous calls are accepted, nothing else removed can reject a caller.
  const anonymousAfter = after.has("");
  if (before.has("") && !anonymousAfter) record(docs, "api-security-anonymous-access-removed", `${label}: the operation now requires authentication.`, where);
  if (!before.has("") && anonymousAfter) record(docs, "api-security-anonymous-access-added", `${label}: the operation now accepts anonymous calls.`, where);
  for (const [key, scopes] of before) {
    if (key === "") continue;
    const match = after.get(key);
    if (!match) {
      if (anonymousAfter) continue;
      // Callers that satisfied this alternative still get in if some remaining alternative asks for less.
      const schemes = new Set(key.split(" + "));
      const relaxed = [...after.keys()].some((other) => other !== "" && other.split(" + ").every((scheme) => schemes.has(scheme)));
      if (!relaxed) record(docs, "api-security-removed", `${label}: callers can no longer authenticate with ${key}.`, where);
      continue;
    }
    scopes.forEach((set, index) => {
      const added = [...match[index]].filter((s) => !set.has(s));
      const removed = [...set].filter((s) => !match[index].has(s));
      if (added.length > 0 && !anonymousAfter)
        record(docs, "api-security-scope-added", `${label}: ${key.split(" + ")[index]} now also requires the scopes ${added.join(", ")}.`, where);
      if (removed.length > 0)
        record(docs, "api-security-scope-removed", `${label}: ${key.split(" + ")[index]} no longer requires the scopes ${removed.join(", ")}.`, where);
    });
  }
  for (const key of after.keys()) {
    if (key === "" || before.has(key)) continue;
    record(docs, "api-security-added", `${label}: callers may now also authenticate with ${key}.`, where);
  }
}

const STABILITY = ["draft", "alpha", "beta", "stable"];

function diffStability(docs: Documents, where: { path: string; operation: string; pointer: string[] }, base: JsonObject, revision: JsonObject): void {
  const before = base["x-stability-level"];
  const after = revision["x-stability-level"];
  if (after !== undefined && !STABILITY.includes(String(after))) {
    record(
      docs,
      "api-invalid-stability-level",
      `${where.operation} ${where.path}: x-stability-level ${JSON.stringify(after)} is not one of ${STABILITY.join(", ")}.`,
      where,
    );
    return;
  }
  const was = STABILITY.indexOf(String(before ?? "stable"));
  const is = STABILITY.indexOf(String(after ?? "stable"));
  if (was < 0 || was === is) return;
  record(
    docs,
    is < was ? "api-stability-decreased" : "api-stability-increased",
    `${where.operation} ${where.path}: the stability level changed from ${STABILITY[was]} to ${STABILITY[is]}.`,
    where,
  );
}

function diffTags(docs: Documents, where: { path: string; operation: string; pointer: string[] }, base: JsonObject, revision: JsonObject): void {
  const tags = (operation: JsonObject) => new Set(Array.isArray(operation.tags) ? operation.tags.map(String) : []);
  const before = tags(base);
  const after = tags(revision);
  for (const tag of before)
    if (!after.has(tag)) record(docs, "api-tag-removed", `${where.operation} ${where.path}: the tag ${JSON.stringify(tag)} was removed.`, where);
  for (const tag of after)
    if (!before.has(tag)) record(docs, "api-tag-added", `${where.operation} ${where.path}: the tag ${JSON.stringify(tag)} was added.`, where);
}

function diffOperation(
  docs: Documents,
  scope: OperationScope,
  paths: { base: JsonObject; revision: JsonObject; basePath: string; revisionPath: string },
  base: JsonObject,
  revision: JsonObject,
): void {
  const where = { path: scope.path, operation: scope.operation, pointer: scope.pointer };
  const label = `${scope.operation} ${scope.path}`;
  if (base.deprecated !== true && revision.deprecated === true) {
    const lifecycle = lifecycleOf(revision, docs.lifecycle);
    if (lifecycle.sunset)
      record(
        docs,
        typeof revision["x-sunset"] === "string" ? "endpoint-deprecated-with-sunset" : "endpoint-deprecated",
        `${label} was deprecated (sunset ${lifecycle.sunset}).`,
        where,
      );
    else if (docs.lifecycle)
      record(
        docs,
        "api-deprecated-sunset-missing",
        `${label} was deprecated without an x-sunset date and no deprecation is recorded in the portal: consumers get no date.`,
        where,
      );
    else record(docs, "endpoint-deprecated", `${label} was deprecated.`, where);
  }
  if (base.deprecated === true && revision.deprecated !== true) record(docs, "endpoint-reactivated", `${label} is no longer deprecated.`, where);
  for (const change of sunsetChanges(base, revision, docs.lifecycle)) record(docs, change.kind, `${label}: ${change.message}`, where);
  diffStability(docs, where, base, revision);
  if (typeof base.operationId === "string" && base.operationId !== revision.operationId) {
    record(
      docs,
      "api-operation-id-removed",
      `${label}: the operationId changed from ${JSON.stringify(base.operationId)} to ${JSON.stringify(revision.operationId ?? null)}; regenerated clients rename the method.`,
      where,
    );
  } else if (typeof base.operationId !== "string" && typeof revision.operationId === "string") {
    record(docs, "api-operation-id-added", `${label}: the operationId ${JSON.stringify(revision.operationId)} was added.`, where);
  }
  diffTags(docs, where, base, revision);
  if ((base.summary ?? "") !== (revision.summary ?? "") || (base.description ?? "") !== (revision.description ?? "")) {
    record(docs, "operation-documentation-changed", `${label}: the summary or description changed.`, where);
  }
  diffParameters(
    docs,
    scope,
    parametersOf(docs.base, paths.base, base, paths.basePath),
    parametersOf(docs.revision, paths.revision, revision, paths.revisionPath),
  );
  diffRequestBody(docs, scope, base, revision);
  diffResponses(docs, scope, base, revision);
  const inherited = (resolver: RefResolver) => (resolver.document as JsonObject).security;
  diffSecurity(docs, scope, base.security ?? inherited(docs.base), revision.security ?? inherited(docs.revision));
}

/** Removing a deprecated operation is fine once its sunset (x-sunset or the portal's record) has passed. */
function removalKind(operation: JsonObject, lifecycle: LifecyclePolicy | undefined, forPath: boolean): string {
  if (operation.deprecated !== true) return forPath ? "api-path-removed-without-deprecation" : "api-removed-without-deprecation";
  const { sunsetPassed } = lifecycleOf(operation, lifecycle);
  if (sunsetPassed) return forPath ? "api-path-removed-with-deprecation" : "api-removed-with-deprecation";
  return forPath ? "api-path-removed-before-sunset" : "api-removed-before-sunset";
}

/** Every change between two OpenAPI 3.0 or 3.1 documents, judged with the rules of decision 010. */
export function diffOpenApi(baseDocument: JsonObject, revisionDocument: JsonObject, lifecycle?: LifecyclePolicy): ContractChange[] {
  const base = new RefResolver(baseDocument);
  const revision = new RefResolver(revisionDocument);
  const docs: Documents = {
    base,
    revision,
    request: createSchemaDiffContext(base, revision, "request"),
    response: createSchemaDiffContext(base, revision, "response"),
    changes: [],
    lifecycle,
  };
  const revisionPaths = new Map(entries(revisionDocument.paths).map(([path, item]) => [pathShape(path), { path, item }]));
  const seen = new Set<string>();
  for (const [basePath, baseRaw] of entries(baseDocument.paths)) {
    const shape = pathShape(basePath);
    seen.add(shape);
    const match = revisionPaths.get(shape);
    const baseItem = objectAt(base, baseRaw) ?? {};
    if (!match) {
      // A path goes with its operations: judged by the least favourable of them.
      const operations = METHODS.map((method) => objectAt(base, baseItem[method])).filter((operation): operation is JsonObject => operation !== undefined);
      const kinds = operations.map((operation) => removalKind(operation, lifecycle, true));
      const kind =
        kinds.find((k) => k === "api-path-removed-without-deprecation") ??
        kinds.find((k) => k === "api-path-removed-before-sunset") ??
        kinds[0] ??
        "api-path-removed-without-deprecation";
      record(docs, kind, `The path ${basePath} and all its operations were removed.`, { path: basePath, pointer: ["paths", basePath] });
      continue;
    }
    const revisionItem = objectAt(revision, match.item) ?? {};
    for (const method of METHODS) {
      const before = objectAt(base, baseItem[method]);
      const after = objectAt(revision, revisionItem[method]);
      const scope: OperationScope = { path: match.path, operation: method.toUpperCase(), pointer: ["paths", match.path, method] };
      if (before && !after) {
        record(
          docs,
          removalKind(before, lifecycle, false),
          `${scope.operation} ${match.path} was removed${before.deprecated === true ? " (it was deprecated)" : ""}.`,
          { path: match.path, operation: scope.operation, pointer: scope.pointer },
        );
      } else if (!before && after) {
        record(docs, "endpoint-added", `${scope.operation} ${match.path} was added.`, { path: match.path, operation: scope.operation, pointer: scope.pointer });
      } else if (before && after) {
        diffOperation(docs, scope, { base: baseItem, revision: revisionItem, basePath, revisionPath: match.path }, before, after);
      }
    }
  }
  for (const [shape, { path }] of revisionPaths) {
    if (!seen.has(shape)) record(docs, "endpoint-added", `The path ${path} was added.`, { path, pointer: ["paths", path] });
  }
  for (const change of diffSecuritySchemes(base, revision)) record(docs, change.kind, change.message, { pointer: change.pointer });
  return docs.changes;
}

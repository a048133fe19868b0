import { escapePointerSegment } from "@/lib/contract-text/json-source-map";
import { resolvePointer, type UnlocatedIssue } from "@/lib/catalog/specs/local-references";

/**
 * Rules of the specifications that no meta-schema can express, because they relate one part of the document to
 * another: operationIds are unique, and a path template and its path parameters name the same variables.
 * Defensive about shapes: they also run on documents the meta-schema refused.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A parameter as written, or the one its local `$ref` names. */
function dereferenced(document: unknown, value: unknown): unknown {
  for (let hops = 0; hops < 10 && isObject(value) && typeof value.$ref === "string" && value.$ref.startsWith("#"); hops++) {
    value = resolvePointer(document, decodeURIComponent(value.$ref.slice(1)));
  }
  return value;
}

interface OperationSite {
  pointer: string;
  label: string;
  operation: Json;
}

function openApiOperations(document: Json): OperationSite[] {
  const sites: OperationSite[] = [];
  for (const section of ["paths", "webhooks"] as const) {
    const items = document[section];
    if (!isObject(items)) continue;
    for (const [path, item] of Object.entries(items)) {
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (isObject(operation))
          sites.push({ pointer: `/${section}/${escapePointerSegment(path)}/${method}`, label: `${method.toUpperCase()} ${path}`, operation });
      }
    }
  }
  return sites;
}

function checkUniqueOperationIds(sites: readonly { pointer: string; label: string; operationId: unknown }[], issues: UnlocatedIssue[]): void {
  const firstUse = new Map<string, string>();
  for (const site of sites) {
    if (typeof site.operationId !== "string") continue;
    const first = firstUse.get(site.operationId);
    if (first === undefined) firstUse.set(site.operationId, site.label);
    else
      issues.push({
        pointer: `${site.pointer}/operationId`,
        message: `operationId ${JSON.stringify(site.operationId)} is already used by ${first}: operationIds are unique in a document.`,
      });
  }
}

const templateVariables = (path: string) => new Set([...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]));

interface PathParameter {
  name: string;
  pointer: string;
}

function pathParameters(document: Json, list: unknown, pointer: string): PathParameter[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => {
    const parameter = dereferenced(document, entry);
    return isObject(parameter) && parameter.in === "path" && typeof parameter.name === "string"
      ? [{ name: parameter.name, pointer: `${pointer}/${index}` }]
      : [];
  });
}

/** Every `{variable}` of a path has a path parameter in each of its operations, and every path parameter a variable. */
function checkPathTemplates(document: Json, issues: UnlocatedIssue[]): void {
  const paths = document.paths;
  if (!isObject(paths)) return;
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = dereferenced(document, rawItem);
    if (!isObject(item) || path.startsWith("x-")) continue;
    const itemPointer = `/paths/${escapePointerSegment(path)}`;
    const variables = templateVariables(path);
    const shared = pathParameters(document, item.parameters, `${itemPointer}/parameters`);
    const reported = new Set<string>();
    const unmatched = (parameter: PathParameter) => {
      if (variables.has(parameter.name) || reported.has(parameter.pointer)) return;
      reported.add(parameter.pointer);
      issues.push({
        pointer: `${parameter.pointer}/name`,
        message: `The path parameter ${JSON.stringify(parameter.name)} matches no {${parameter.name}} in the path ${JSON.stringify(path)}.`,
      });
    };
    shared.forEach(unmatched);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const own = pathParameters(document, operation.parameters, `${itemPointer}/${method}/parameters`);
      own.forEach(unmatched);
      const declared = new Set([...shared, ...own].map((parameter) => parameter.name));
      for (const variable of variables) {
        if (!declared.has(variable)) {
          issues.push({
            pointer: `${itemPointer}/${method}`,
            message: `The path names {${variable}}, but ${method.toUpperCase()} ${path} declares no path parameter ${JSON.stringify(variable)}.`,
          });
        }
      }
    }
  }
}

export function checkOpenApiConsistency(document: unknown, issues: UnlocatedIssue[]): void {
  if (!isObject(document)) return;
  checkUniqueOperationIds(
    openApiOperations(document).map((site) => ({ ...site, operationId: site.operation.operationId })),
    issues,
  );
  checkPathTemplates(document, issues);
}

/** AsyncAPI 2: publish and subscribe operations carry operationIds, unique across channels. (In 3.x ids are keys.) */
export function checkAsyncApi2Consistency(document: unknown, issues: UnlocatedIssue[]): void {
  if (!isObject(document) || !isObject(document.channels)) return;
  const sites = Object.entries(document.channels).flatMap(([name, channel]) =>
    (["publish", "subscribe"] as const).flatMap((action) => {
      const operation = isObject(channel) ? channel[action] : undefined;
      return isObject(operation)
        ? [{ pointer: `/channels/${escapePointerSegment(name)}/${action}`, label: `${action} on ${name}`, operationId: operation.operationId }]
        : [];
    }),
  );
  checkUniqueOperationIds(sites, issues);
}

import { entries, isObject, RefResolver, type JsonObject } from "./ref-resolver";

/**
 * The fields a contract document describes, as consumers declare them: dotted paths from the root of each data
 * schema ("customer.tax_region"; array items add no segment, as in the diff's field paths), every property name at
 * any depth ("tax_region") and the operations ("GET /orders"). A consumer's declared fields are checked against it.
 */
export interface ContractFieldCatalogue {
  paths: Set<string>;
  names: Set<string>;
  operations: { method: string | null; path: string }[];
}

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
// A schema nested deeper than this is not walked further (a recursive type names its fields by then).
const MAX_DEPTH = 12;
const BRANCH_KEYWORDS = ["allOf", "anyOf", "oneOf"];

class FieldWalker {
  readonly paths = new Set<string>();
  readonly names = new Set<string>();
  readonly resolver: RefResolver;

  constructor(document: unknown) {
    this.resolver = new RefResolver(document);
  }

  /** Walks one data schema; `prefix` is the dotted path of its value ("" at a body's root). */
  schema(value: unknown, prefix: string, depth: number, refsOnPath: ReadonlySet<string>): void {
    if (depth > MAX_DEPTH) return;
    const { node, ref } = this.resolver.resolve(value);
    if (!node) return;
    // A recursive type (a category with sub-categories) is walked once per path.
    if (ref && refsOnPath.has(ref)) return;
    const refs = ref ? new Set([...refsOnPath, ref]) : refsOnPath;
    for (const [name, property] of entries(node.properties)) {
      const path = prefix ? `${prefix}.${name}` : name;
      this.paths.add(path);
      this.names.add(name);
      this.schema(property, path, depth + 1, refs);
    }
    for (const keyword of ["items", "additionalProperties", "not"]) if (isObject(node[keyword])) this.schema(node[keyword], prefix, depth + 1, refs);
    for (const keyword of [...BRANCH_KEYWORDS, "prefixItems"]) {
      const branches = node[keyword];
      if (Array.isArray(branches)) for (const branch of branches) this.schema(branch, prefix, depth + 1, refs);
    }
  }

  /** A media-type map (`content`) of a request or response body. */
  content(value: unknown): void {
    for (const [, media] of entries(value)) if (isObject(media)) this.schema(media.schema, "", 0, new Set());
  }

  /** Parameters name fields too (a consumer may read `?status=`): their names count as top-level names. */
  parameters(value: unknown): void {
    if (!Array.isArray(value)) return;
    for (const parameter of value) {
      const { node } = this.resolver.resolve(parameter);
      if (node && typeof node.name === "string") {
        this.paths.add(node.name);
        this.names.add(node.name);
      }
    }
  }
}

function openApiFields(document: JsonObject, walker: FieldWalker, operations: ContractFieldCatalogue["operations"]): void {
  for (const [path, item] of entries(document.paths)) {
    if (!isObject(item)) continue;
    operations.push({ method: null, path });
    walker.parameters(item.parameters);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      operations.push({ method: method.toUpperCase(), path });
      walker.parameters(operation.parameters);
      const body = walker.resolver.resolve(operation.requestBody).node;
      if (body) walker.content(body.content);
      for (const [, response] of entries(operation.responses)) {
        const resolved = walker.resolver.resolve(response).node;
        if (resolved) walker.content(resolved.content);
      }
    }
  }
  // Named schemas count as roots too: a consumer of an event or a shared type names its fields from there.
  for (const [, schema] of entries(isObject(document.components) ? document.components.schemas : undefined)) walker.schema(schema, "", 0, new Set());
}

function asyncApiFields(document: JsonObject, walker: FieldWalker, operations: ContractFieldCatalogue["operations"]): void {
  const messages: unknown[] = [];
  for (const [channel, item] of entries(document.channels)) {
    if (!isObject(item)) continue;
    operations.push({ method: null, path: channel });
    for (const [, message] of entries(item.messages)) messages.push(message);
    // AsyncAPI 2: publish/subscribe operations carry the message.
    for (const keyword of ["publish", "subscribe"]) if (isObject(item[keyword])) messages.push((item[keyword] as JsonObject).message);
  }
  const components = isObject(document.components) ? document.components : {};
  for (const [, message] of entries(components.messages)) messages.push(message);
  for (const message of messages) {
    const { node } = walker.resolver.resolve(message);
    if (!node) continue;
    const variants = Array.isArray(node.oneOf) ? node.oneOf : [node];
    for (const variant of variants) {
      const resolved = walker.resolver.resolve(variant).node;
      if (resolved) walker.schema(resolved.payload, "", 0, new Set());
    }
  }
  for (const [, schema] of entries(components.schemas)) walker.schema(schema, "", 0, new Set());
}

/** The field catalogue of a parsed contract document (OpenAPI 3, AsyncAPI 2/3 or a JSON Schema). */
export function contractFieldCatalogue(document: JsonObject): ContractFieldCatalogue {
  const walker = new FieldWalker(document);
  const operations: ContractFieldCatalogue["operations"] = [];
  if (typeof document.openapi === "string") openApiFields(document, walker, operations);
  else if (typeof document.asyncapi === "string") asyncApiFields(document, walker, operations);
  else {
    walker.schema(document, "", 0, new Set());
    for (const keyword of ["$defs", "definitions"]) for (const [, schema] of entries(document[keyword])) walker.schema(schema, "", 0, new Set());
  }
  return { paths: walker.paths, names: walker.names, operations };
}

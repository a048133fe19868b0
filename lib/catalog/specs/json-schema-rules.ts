import { escapePointerSegment } from "@/lib/catalog/specs/json-source-map";

export interface UnlocatedIssue {
  pointer: string;
  message: string;
}

const TYPE_NAMES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
const SCHEMA_MAPS = ["properties", "$defs", "definitions", "patternProperties", "dependentSchemas"] as const;
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;
const SINGLE_SCHEMAS = ["not", "additionalProperties", "contains", "propertyNames", "if", "then", "else", "unevaluatedProperties", "additionalItems"] as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The JSON Schema keywords whose shape matters to readers of a contract (types, properties, required fields,
 * composition). Applied to a JSON Schema document and to the schemas inside OpenAPI and AsyncAPI documents.
 */
export function checkJsonSchema(schema: unknown, pointer: string, issues: UnlocatedIssue[], limit: number): void {
  if (issues.length >= limit || typeof schema === "boolean") return;
  if (!isPlainObject(schema)) {
    issues.push({ pointer, message: "A schema is an object (or true / false)." });
    return;
  }
  const at = (...segments: (string | number)[]) => pointer + segments.map((s) => "/" + escapePointerSegment(String(s))).join("");
  const { type, required, items, enum: allowed } = schema;
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    for (const name of types) {
      if (typeof name !== "string" || !TYPE_NAMES.has(name)) {
        issues.push({ pointer: at("type"), message: `"${String(name)}" is not a JSON Schema type (string, number, integer, boolean, object, array, null).` });
      }
    }
  }
  if (required !== undefined && typeof required !== "boolean" && (!Array.isArray(required) || required.some((name) => typeof name !== "string"))) {
    issues.push({ pointer: at("required"), message: '"required" lists property names (an array of strings).' });
  }
  if (allowed !== undefined && !Array.isArray(allowed)) issues.push({ pointer: at("enum"), message: '"enum" is an array of allowed values.' });
  for (const keyword of SCHEMA_MAPS) {
    const map = schema[keyword];
    if (map === undefined) continue;
    if (!isPlainObject(map)) {
      issues.push({ pointer: at(keyword), message: `"${keyword}" maps names to schemas (an object).` });
      continue;
    }
    for (const [name, child] of Object.entries(map)) checkJsonSchema(child, at(keyword, name), issues, limit);
  }
  for (const keyword of SCHEMA_LISTS) {
    const list = schema[keyword];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) {
      issues.push({ pointer: at(keyword), message: `"${keyword}" is a non-empty array of schemas.` });
      continue;
    }
    list.forEach((child, index) => checkJsonSchema(child, at(keyword, index), issues, limit));
  }
  for (const keyword of SINGLE_SCHEMAS) {
    if (schema[keyword] !== undefined) checkJsonSchema(schema[keyword], at(keyword), issues, limit);
  }
  if (Array.isArray(items)) items.forEach((child, index) => checkJsonSchema(child, at("items", index), issues, limit));
  else if (items !== undefined) checkJsonSchema(items, at("items"), issues, limit);
}

/** Every local `$ref` ("#/...") must point at something in the same document. */
export function checkLocalReferences(document: unknown, issues: UnlocatedIssue[], limit: number): void {
  const stack: { value: unknown; pointer: string }[] = [{ value: document, pointer: "" }];
  while (stack.length > 0 && issues.length < limit) {
    const { value, pointer } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], pointer: `${pointer}/${index}` });
      continue;
    }
    if (!isPlainObject(value)) continue;
    const ref = value.$ref;
    if (typeof ref === "string" && ref.startsWith("#") && resolvePointer(document, decodeURIComponent(ref.slice(1))) === undefined) {
      issues.push({ pointer: `${pointer}/$ref`, message: `"$ref" points at ${ref}, which does not exist in this document.` });
    }
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === "object" && child !== null) stack.push({ value: child, pointer: `${pointer}/${escapePointerSegment(key)}` });
    }
  }
}

export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isPlainObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

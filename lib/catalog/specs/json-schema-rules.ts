import { escapePointerSegment } from "@/lib/contract-text/json-source-map";

export interface UnlocatedIssue {
  pointer: string;
  message: string;
}

const TYPE_NAMES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
const SCHEMA_MAPS = new Set(["properties", "$defs", "definitions", "patternProperties", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SINGLE_SCHEMAS = new Set(["not", "additionalProperties", "contains", "propertyNames", "if", "then", "else", "unevaluatedProperties", "additionalItems"]);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

// Paths are kept as segment stacks and turned into pointers only for an issue: a 10 MB document has hundreds of
// thousands of nodes, and building a pointer string for each one cost more than checking it.
const pointerOf = (base: string, path: readonly string[]) => base + path.map((segment) => "/" + escapePointerSegment(segment)).join("");

/**
 * The JSON Schema keywords whose shape matters to readers of a contract (types, properties, required fields,
 * composition). Applied to a JSON Schema document and to the schemas inside OpenAPI and AsyncAPI documents.
 */
export function checkJsonSchema(schema: unknown, pointer: string, issues: UnlocatedIssue[], limit: number): void {
  const path: string[] = [];
  const report = (message: string, ...last: string[]) => issues.push({ pointer: pointerOf(pointer, [...path, ...last]), message });

  const visit = (node: unknown): void => {
    if (issues.length >= limit || typeof node === "boolean") return;
    if (!isPlainObject(node)) {
      report("A schema is an object (or true / false).");
      return;
    }
    for (const keyword in node) {
      const value = node[keyword];
      if (keyword === "type") {
        for (const name of Array.isArray(value) ? value : [value]) {
          if (typeof name !== "string" || !TYPE_NAMES.has(name)) report(`"${String(name)}" is not a JSON Schema type (string, number, integer, boolean, object, array, null).`, "type");
        }
      } else if (keyword === "required") {
        if (typeof value !== "boolean" && (!Array.isArray(value) || value.some((name) => typeof name !== "string"))) report('"required" lists property names (an array of strings).', "required");
      } else if (keyword === "enum") {
        if (!Array.isArray(value)) report('"enum" is an array of allowed values.', "enum");
      } else if (SCHEMA_MAPS.has(keyword)) {
        if (!isPlainObject(value)) {
          report(`"${keyword}" maps names to schemas (an object).`, keyword);
          continue;
        }
        path.push(keyword);
        for (const name in value) {
          path.push(name);
          visit(value[name]);
          path.pop();
        }
        path.pop();
      } else if (SCHEMA_LISTS.has(keyword) || (keyword === "items" && Array.isArray(value))) {
        if (!Array.isArray(value) || value.length === 0) {
          report(`"${keyword}" is a non-empty array of schemas.`, keyword);
          continue;
        }
        path.push(keyword);
        value.forEach((child, index) => {
          path.push(String(index));
          visit(child);
          path.pop();
        });
        path.pop();
      } else if (SINGLE_SCHEMAS.has(keyword) || keyword === "items") {
        path.push(keyword);
        visit(value);
        path.pop();
      }
    }
  };
  visit(schema);
}

/** Every local `$ref` ("#/...") must point at something in the same document. */
export function checkLocalReferences(document: unknown, issues: UnlocatedIssue[], limit: number): void {
  const path: string[] = [];
  const resolved = new Map<string, boolean>();
  const visit = (node: unknown): void => {
    if (issues.length >= limit || typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(String(index));
        visit(node[index]);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === "string" && ref.startsWith("#")) {
      let exists = resolved.get(ref);
      if (exists === undefined) {
        exists = resolvePointer(document, decodeURIComponent(ref.slice(1))) !== undefined;
        resolved.set(ref, exists);
      }
      if (!exists) issues.push({ pointer: pointerOf("", [...path, "$ref"]), message: `"$ref" points at ${ref}, which does not exist in this document.` });
    }
    for (const key in record) {
      const child = record[key];
      if (typeof child !== "object" || child === null) continue;
      path.push(key);
      visit(child);
      path.pop();
    }
  };
  visit(document);
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

import { resolvePointer } from "@/lib/catalog/specs/local-references";
import type { SpecKind } from "@/lib/catalog/specs/analyze-spec";

/** What the spec viewer shows: a readable digest of a document, independent of its kind and version. */
export interface SpecOutline {
  title: string | null;
  version: string | null;
  description: string | null;
  operations: OperationOutline[];
  channels: ChannelOutline[];
  schemas: SchemaOutline[];
}

export interface OperationOutline {
  method: string;
  path: string;
  summary: string | null;
  operationId: string | null;
  deprecated: boolean;
  parameters: { name: string; in: string; required: boolean; type: string }[];
  requestBody: string | null;
  responses: { status: string; description: string; schema: string | null }[];
}

export interface ChannelOutline {
  name: string;
  address: string | null;
  operations: { action: string; summary: string | null }[];
  messages: { name: string; summary: string | null; payload: string | null }[];
}

export interface SchemaOutline {
  name: string;
  description: string | null;
  type: string;
  properties: { name: string; type: string; required: boolean; description: string | null }[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const entries = (value: unknown): [string, unknown][] => (isObject(value) ? Object.entries(value) : []);
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** A short label for a schema: its referenced name, "array of X", or its type. */
export function schemaLabel(schema: unknown): string {
  if (!isObject(schema)) return schema === true ? "any" : "—";
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop() ?? schema.$ref;
  if (schema.type === "array") return `array of ${schemaLabel(schema.items)}`;
  for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
    const list = schema[keyword];
    if (Array.isArray(list)) return `${keyword}(${list.map(schemaLabel).join(", ")})`;
  }
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  if (typeof schema.type === "string") return typeof schema.format === "string" ? `${schema.type} (${schema.format})` : schema.type;
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(String).join(", ")}`;
  return isObject(schema.properties) ? "object" : "any";
}

function deref(document: unknown, value: unknown): unknown {
  // One level is enough for display: a parameter or response defined in components.
  if (isObject(value) && typeof value.$ref === "string" && value.$ref.startsWith("#"))
    return resolvePointer(document, decodeURIComponent(value.$ref.slice(1))) ?? value;
  return value;
}

function firstContentSchema(content: unknown): string | null {
  const [first] = entries(content);
  return first && isObject(first[1]) && first[1].schema !== undefined ? schemaLabel(first[1].schema) : null;
}

export function outlineSchema(name: string, schema: unknown): SchemaOutline {
  const object = isObject(schema) ? schema : {};
  const required = new Set(Array.isArray(object.required) ? object.required.map(String) : []);
  return {
    name,
    description: text(object.description) ?? text(object.title),
    type: schemaLabel(schema),
    properties: entries(object.properties).map(([property, value]) => ({
      name: property,
      type: schemaLabel(value),
      required: required.has(property),
      description: isObject(value) ? text(value.description) : null,
    })),
  };
}

function openApiOperations(document: Json): OperationOutline[] {
  const operations: OperationOutline[] = [];
  for (const [path, rawItem] of entries(document.paths)) {
    const item = deref(document, rawItem);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const parameters = [...shared, ...(Array.isArray(operation.parameters) ? operation.parameters : [])]
        .map((parameter) => deref(document, parameter))
        .filter(isObject)
        .map((parameter) => ({
          name: String(parameter.name),
          in: String(parameter.in),
          required: parameter.required === true,
          type: schemaLabel(parameter.schema),
        }));
      const body = deref(document, operation.requestBody);
      operations.push({
        method: method.toUpperCase(),
        path,
        summary: text(operation.summary) ?? text(operation.description),
        operationId: text(operation.operationId),
        deprecated: operation.deprecated === true,
        parameters,
        requestBody: isObject(body) ? firstContentSchema(body.content) : null,
        responses: entries(operation.responses).map(([status, raw]) => {
          const response = deref(document, raw);
          return {
            status,
            description: isObject(response) ? (text(response.description) ?? "") : "",
            schema: isObject(response) ? firstContentSchema(response.content) : null,
          };
        }),
      });
    }
  }
  return operations;
}

function messageOutline(document: Json, name: string, raw: unknown) {
  const message = deref(document, raw);
  const object = isObject(message) ? message : {};
  return {
    name: text(object.name) ?? name,
    summary: text(object.summary) ?? text(object.title),
    payload: object.payload !== undefined ? schemaLabel(object.payload) : null,
  };
}

function asyncApiChannels(document: Json): ChannelOutline[] {
  const isVersion2 = String(document.asyncapi).startsWith("2.");
  const channels = new Map<string, ChannelOutline>();
  for (const [name, raw] of entries(document.channels)) {
    const channel = deref(document, raw);
    const object = isObject(channel) ? channel : {};
    const outline: ChannelOutline = { name, address: isVersion2 ? name : text(object.address), operations: [], messages: [] };
    if (isVersion2) {
      for (const action of ["publish", "subscribe"]) {
        const operation = object[action];
        if (!isObject(operation)) continue;
        outline.operations.push({ action, summary: text(operation.summary) });
        const message = deref(document, operation.message);
        const list = isObject(message) && Array.isArray(message.oneOf) ? message.oneOf : [operation.message];
        for (const item of list) if (item !== undefined) outline.messages.push(messageOutline(document, action, item));
      }
    } else {
      for (const [messageName, message] of entries(object.messages)) outline.messages.push(messageOutline(document, messageName, message));
    }
    channels.set(`#/channels/${name}`, outline);
  }
  if (!isVersion2) {
    for (const [name, raw] of entries(document.operations)) {
      const operation = deref(document, raw);
      if (!isObject(operation) || !isObject(operation.channel)) continue;
      channels.get(String(operation.channel.$ref))?.operations.push({ action: String(operation.action), summary: text(operation.summary) ?? name });
    }
  }
  return [...channels.values()];
}

/** The digest of an analyzed document; cheap enough to compute per request for a 10 MB spec. */
export function outlineSpec(kind: SpecKind, document: unknown): SpecOutline {
  const root = isObject(document) ? document : {};
  const info = isObject(root.info) ? root.info : {};
  if (kind === "json_schema") {
    const definitions = [...entries(root.$defs), ...entries(root.definitions)];
    return {
      title: text(root.title),
      version: null,
      description: text(root.description),
      operations: [],
      channels: [],
      schemas: [outlineSchema(text(root.title) ?? "Document", document), ...definitions.map(([name, schema]) => outlineSchema(name, schema))],
    };
  }
  const components = isObject(root.components) ? root.components : {};
  return {
    title: text(info.title),
    version: text(info.version),
    description: text(info.description),
    operations: kind === "openapi" ? openApiOperations(root) : [],
    channels: kind === "asyncapi" ? asyncApiChannels(root) : [],
    schemas: entries(components.schemas).map(([name, schema]) => outlineSchema(name, schema)),
  };
}

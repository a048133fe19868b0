import { readFileSync } from "node:fs";
import { parseContractText, type ChangeSeverity } from "@/lib/contract-diff";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases edit arbitrary parts of a YAML document
type Doc = any;

export const ORDERS_BASE: Doc = parseContractText(readFileSync(new URL("../../fixtures/contract-diff/orders-openapi.yaml", import.meta.url), "utf8"));

export interface DiffCase {
  name: string;
  /** Edits the base copy, for cases whose starting point differs from the fixture (the revision is the fixture). */
  base?: (doc: Doc) => void;
  revision: (doc: Doc) => void;
  breaking: boolean;
  /** Changes that must be reported (kind and severity); more may be, but the verdict must match `breaking`. */
  expect: Array<[kind: string, severity: ChangeSeverity]>;
}

const schemas = (doc: Doc) => doc.components.schemas;
const listOrders = (doc: Doc) => doc.paths["/orders"].get;
const createOrder = (doc: Doc) => doc.paths["/orders"].post;
const getOrder = (doc: Doc) => doc.paths["/orders/{id}"].get;
const param = (doc: Doc, name: string) => listOrders(doc).parameters.find((p: Doc) => p.name === name);

export const OPENAPI_CASES: DiffCase[] = [
  // Paths and operations
  { name: "path removed", revision: (d) => delete d.paths["/orders/{id}"], breaking: true, expect: [["api-path-removed-without-deprecation", "breaking"]] },
  {
    name: "path added",
    revision: (d) => (d.paths["/customers"] = { get: { responses: { "200": { description: "ok" } } } }),
    breaking: false,
    expect: [["endpoint-added", "non-breaking"]],
  },
  {
    name: "operation removed",
    revision: (d) => delete d.paths["/orders/{id}"].delete,
    breaking: true,
    expect: [["api-removed-without-deprecation", "breaking"]],
  },
  {
    name: "operation added",
    revision: (d) => (d.paths["/orders/{id}"].put = { responses: { "200": { description: "ok" } } }),
    breaking: false,
    expect: [["endpoint-added", "non-breaking"]],
  },
  {
    name: "path variable renamed is not a change",
    revision: (d) => {
      d.paths["/orders/{orderId}"] = d.paths["/orders/{id}"];
      delete d.paths["/orders/{id}"];
      d.paths["/orders/{orderId}"].parameters[0].name = "orderId";
    },
    breaking: false,
    expect: [],
  },
  { name: "operation deprecated", revision: (d) => (getOrder(d).deprecated = true), breaking: false, expect: [["endpoint-deprecated", "informational"]] },
  {
    name: "operationId changed",
    revision: (d) => (getOrder(d).operationId = "fetchOrder"),
    breaking: false,
    expect: [["api-operation-id-removed", "informational"]],
  },
  {
    name: "summary changed",
    revision: (d) => (listOrders(d).summary = "List all orders"),
    breaking: false,
    expect: [["operation-documentation-changed", "informational"]],
  },
  {
    name: "component renamed with every reference is not a change",
    revision: (d) => renameComponent(d, "Order", "PurchaseOrder"),
    breaking: false,
    expect: [],
  },

  // Parameters
  {
    name: "optional query parameter added",
    revision: (d) => listOrders(d).parameters.push({ name: "cursor", in: "query", schema: { type: "string" } }),
    breaking: false,
    expect: [["new-optional-request-parameter", "non-breaking"]],
  },
  {
    name: "required query parameter added",
    revision: (d) => listOrders(d).parameters.push({ name: "store", in: "query", required: true, schema: { type: "string" } }),
    breaking: true,
    expect: [["new-required-request-parameter", "breaking"]],
  },
  {
    name: "query parameter removed",
    revision: (d) => listOrders(d).parameters.splice(1, 1),
    breaking: false,
    expect: [["request-parameter-removed", "warning"]],
  },
  {
    name: "parameter became required",
    revision: (d) => (param(d, "limit").required = true),
    breaking: true,
    expect: [["request-parameter-became-required", "breaking"]],
  },
  {
    name: "parameter became optional",
    base: (d) => (param(d, "limit").required = true),
    revision: () => {},
    breaking: false,
    expect: [["request-parameter-became-optional", "non-breaking"]],
  },
  {
    name: "parameter maximum decreased",
    revision: (d) => (param(d, "limit").schema.maximum = 50),
    breaking: true,
    expect: [["request-parameter-max-decreased", "breaking"]],
  },
  {
    name: "parameter maximum increased",
    revision: (d) => (param(d, "limit").schema.maximum = 500),
    breaking: false,
    expect: [["request-parameter-max-increased", "non-breaking"]],
  },
  {
    name: "parameter minimum removed",
    revision: (d) => delete param(d, "limit").schema.minimum,
    breaking: false,
    expect: [["request-parameter-min-unset", "non-breaking"]],
  },
  {
    name: "parameter type changed",
    revision: (d) => (param(d, "limit").schema.type = "string"),
    breaking: true,
    expect: [["request-parameter-type-changed", "breaking"]],
  },
  {
    name: "parameter type widened integer to number",
    revision: (d) => (param(d, "limit").schema.type = "number"),
    breaking: false,
    expect: [["request-parameter-type-generalized", "non-breaking"]],
  },
  {
    name: "parameter enum value removed",
    revision: (d) => (param(d, "status").schema.enum = ["open", "shipped"]),
    breaking: true,
    expect: [["request-parameter-enum-value-removed", "breaking"]],
  },
  {
    name: "parameter enum value added",
    revision: (d) => param(d, "status").schema.enum.push("held"),
    breaking: false,
    expect: [["request-parameter-enum-value-added", "non-breaking"]],
  },
  {
    name: "parameter serialisation changed",
    revision: (d) => (param(d, "status").style = "pipeDelimited"),
    breaking: true,
    expect: [["request-parameter-style-changed", "breaking"]],
  },
  {
    name: "parameter deprecated",
    revision: (d) => (param(d, "status").deprecated = true),
    breaking: false,
    expect: [["request-parameter-deprecated", "informational"]],
  },
  {
    name: "header parameter names are case-insensitive",
    base: (d) => listOrders(d).parameters.push({ name: "X-Trace", in: "header", schema: { type: "string" } }),
    revision: (d) => listOrders(d).parameters.push({ name: "x-trace", in: "header", schema: { type: "string" } }),
    breaking: false,
    expect: [],
  },
  {
    name: "operation parameter overriding a path parameter is compared",
    revision: (d) => (getOrder(d).parameters = [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }]),
    breaking: true,
    expect: [["request-parameter-format-added", "breaking"]],
  },

  // Request bodies
  {
    name: "request body became optional",
    revision: (d) => (createOrder(d).requestBody.required = false),
    breaking: false,
    expect: [["request-body-became-optional", "non-breaking"]],
  },
  {
    name: "request body became required",
    base: (d) => (createOrder(d).requestBody.required = false),
    revision: () => {},
    breaking: true,
    expect: [["request-body-became-required", "breaking"]],
  },
  { name: "request body removed", revision: (d) => delete createOrder(d).requestBody, breaking: true, expect: [["request-body-removed", "breaking"]] },
  {
    name: "required request body added",
    revision: (d) => (d.paths["/orders/{id}"].delete.requestBody = { required: true, content: { "application/json": { schema: { type: "object" } } } }),
    breaking: true,
    expect: [["request-body-added-required", "breaking"]],
  },
  {
    name: "optional request body added",
    revision: (d) => (d.paths["/orders/{id}"].delete.requestBody = { content: { "application/json": { schema: { type: "object" } } } }),
    breaking: false,
    expect: [["request-body-added-optional", "non-breaking"]],
  },
  {
    name: "request media type replaced",
    revision: (d) => {
      const content = createOrder(d).requestBody.content;
      content["application/xml"] = content["application/json"];
      delete content["application/json"];
    },
    breaking: true,
    expect: [
      ["request-body-media-type-removed", "breaking"],
      ["request-body-media-type-added", "non-breaking"],
    ],
  },
  {
    name: "request media type added",
    revision: (d) => (createOrder(d).requestBody.content["application/x-www-form-urlencoded"] = { schema: { type: "object" } }),
    breaking: false,
    expect: [["request-body-media-type-added", "non-breaking"]],
  },
  {
    name: "new required request property",
    revision: (d) => {
      schemas(d).OrderInput.properties.storeId = { type: "string" };
      schemas(d).OrderInput.required.push("storeId");
    },
    breaking: true,
    expect: [["new-required-request-property", "breaking"]],
  },
  {
    name: "new optional request property",
    revision: (d) => (schemas(d).OrderInput.properties.giftWrap = { type: "boolean" }),
    breaking: false,
    expect: [["new-optional-request-property", "non-breaking"]],
  },
  {
    name: "request property became required",
    revision: (d) => schemas(d).OrderInput.required.push("note"),
    breaking: true,
    expect: [["request-property-became-required", "breaking"]],
  },
  {
    name: "request property became optional",
    revision: (d) => (schemas(d).OrderInput.required = ["customerId"]),
    breaking: false,
    expect: [["request-property-became-optional", "non-breaking"]],
  },
  {
    name: "request property removed",
    revision: (d) => delete schemas(d).OrderInput.properties.note,
    breaking: false,
    expect: [["request-property-removed", "warning"]],
  },
  {
    name: "request enum value removed",
    revision: (d) => (schemas(d).OrderInput.properties.channel.enum = ["web"]),
    breaking: true,
    expect: [["request-property-enum-value-removed", "breaking"]],
  },
  {
    name: "request enum value added",
    revision: (d) => schemas(d).OrderInput.properties.channel.enum.push("phone"),
    breaking: false,
    expect: [["request-property-enum-value-added", "non-breaking"]],
  },
  {
    name: "request enum removed entirely",
    revision: (d) => delete schemas(d).OrderInput.properties.channel.enum,
    breaking: false,
    expect: [["request-property-became-not-enum", "non-breaking"]],
  },
  {
    name: "request maxLength decreased",
    revision: (d) => (schemas(d).OrderInput.properties.note.maxLength = 100),
    breaking: true,
    expect: [["request-property-max-length-decreased", "breaking"]],
  },
  {
    name: "request maxLength increased",
    revision: (d) => (schemas(d).OrderInput.properties.note.maxLength = 500),
    breaking: false,
    expect: [["request-property-max-length-increased", "non-breaking"]],
  },
  {
    name: "request minimum increased",
    revision: (d) => (schemas(d).OrderInput.properties.priority.minimum = 2),
    breaking: true,
    expect: [["request-property-min-increased", "breaking"]],
  },
  {
    name: "request minItems removed",
    revision: (d) => delete schemas(d).OrderInput.properties.lines.minItems,
    breaking: false,
    expect: [["request-property-min-items-unset", "non-breaking"]],
  },
  {
    name: "request maxItems decreased",
    revision: (d) => (schemas(d).OrderInput.properties.lines.maxItems = 10),
    breaking: true,
    expect: [["request-property-max-items-decreased", "breaking"]],
  },
  {
    name: "request multipleOf set",
    revision: (d) => (schemas(d).OrderInput.properties.priority.multipleOf = 2),
    breaking: true,
    expect: [["request-property-multiple-of-set", "breaking"]],
  },
  {
    name: "request format removed",
    revision: (d) => delete schemas(d).OrderInput.properties.customerId.format,
    breaking: false,
    expect: [["request-property-format-removed", "non-breaking"]],
  },
  {
    name: "request format changed",
    revision: (d) => (schemas(d).OrderInput.properties.customerId.format = "email"),
    breaking: true,
    expect: [["request-property-format-changed", "breaking"]],
  },
  {
    name: "request property became nullable (3.1 type array)",
    revision: (d) => (schemas(d).OrderInput.properties.note.type = ["string", "null"]),
    breaking: false,
    expect: [["request-property-became-nullable", "non-breaking"]],
  },
  {
    name: "request object closed to undeclared properties",
    revision: (d) => (schemas(d).OrderInput.additionalProperties = false),
    breaking: true,
    expect: [["request-body-additional-properties-forbidden", "breaking"]],
  },
  {
    name: "read-only property made required does not affect requests",
    revision: (d) => schemas(d).OrderInput.required.push("id"),
    breaking: false,
    expect: [],
  },
  {
    name: "request allOf constraint added",
    revision: (d) => (schemas(d).OrderInput.allOf = [{ required: ["channel"] }]),
    breaking: true,
    expect: [["request-body-all-of-added", "breaking"]],
  },
  {
    name: "shared component loosened: harmless in the request, breaking in the response",
    revision: (d) => (schemas(d).Line.properties.quantity.minimum = 0),
    breaking: true,
    expect: [
      ["request-property-min-decreased", "non-breaking"],
      ["response-property-min-decreased", "breaking"],
    ],
  },
  {
    name: "pattern changed on a shared component",
    revision: (d) => (schemas(d).Line.properties.sku.pattern = "^[a-z0-9-]+$"),
    breaking: false,
    expect: [
      ["request-property-pattern-changed", "warning"],
      ["response-property-pattern-changed", "warning"],
    ],
  },

  // Responses
  {
    name: "optional response property removed",
    revision: (d) => delete schemas(d).Order.properties.placedAt,
    breaking: true,
    expect: [["response-optional-property-removed", "breaking"]],
  },
  {
    name: "response optional property added",
    revision: (d) => (schemas(d).Order.properties.channel = { type: "string" }),
    breaking: false,
    expect: [["response-optional-property-added", "non-breaking"]],
  },
  {
    name: "new required response property",
    revision: (d) => {
      schemas(d).Order.properties.currency = { type: "string" };
      schemas(d).Order.required.push("currency");
    },
    breaking: false,
    expect: [["response-required-property-added", "non-breaking"]],
  },
  {
    name: "response property became optional",
    revision: (d) => (schemas(d).Order.required = ["id", "status", "customer"]),
    breaking: true,
    expect: [["response-property-became-optional", "breaking"]],
  },
  {
    name: "response property became required",
    revision: (d) => schemas(d).Order.required.push("placedAt"),
    breaking: false,
    expect: [["response-property-became-required", "non-breaking"]],
  },
  {
    name: "response enum value added",
    revision: (d) => schemas(d).Order.properties.status.enum.push("held"),
    breaking: false,
    expect: [["response-property-enum-value-added", "warning"]],
  },
  {
    name: "response enum value removed",
    revision: (d) => (schemas(d).Order.properties.status.enum = ["open", "shipped"]),
    breaking: false,
    expect: [["response-property-enum-value-removed", "non-breaking"]],
  },
  {
    name: "response type narrowed number to integer",
    revision: (d) => (schemas(d).Order.properties.total.type = "integer"),
    breaking: false,
    expect: [["response-property-type-specialized", "non-breaking"]],
  },
  {
    name: "response type changed",
    revision: (d) => (schemas(d).Order.properties.total.type = "string"),
    breaking: true,
    expect: [["response-property-type-changed", "breaking"]],
  },
  {
    name: "response property became nullable",
    revision: (d) => (schemas(d).Order.properties.placedAt.type = ["string", "null"]),
    breaking: true,
    expect: [["response-property-became-nullable", "breaking"]],
  },
  {
    name: "response format removed",
    revision: (d) => delete schemas(d).Order.properties.placedAt.format,
    breaking: true,
    expect: [["response-property-format-removed", "breaking"]],
  },
  {
    name: "response maxLength set",
    revision: (d) => (schemas(d).Order.properties.id.maxLength = 36),
    breaking: false,
    expect: [["response-property-max-length-set", "non-breaking"]],
  },
  {
    name: "response oneOf member added",
    revision: (d) => {
      schemas(d).Wallet = { type: "object" };
      schemas(d).Order.properties.payment.oneOf.push({ $ref: "#/components/schemas/Wallet" });
    },
    breaking: true,
    expect: [["response-property-one-of-added", "breaking"]],
  },
  {
    name: "response oneOf member removed",
    revision: (d) => schemas(d).Order.properties.payment.oneOf.pop(),
    breaking: false,
    expect: [["response-property-one-of-removed", "non-breaking"]],
  },
  {
    name: "change inside a oneOf member",
    revision: (d) => delete schemas(d).Card.properties.last4,
    breaking: true,
    expect: [["response-optional-property-removed", "breaking"]],
  },
  {
    name: "change through a recursive $ref",
    revision: (d) => schemas(d).Customer.properties.tax_region.enum.push("apac"),
    breaking: false,
    expect: [["response-property-enum-value-added", "warning"]],
  },
  {
    name: "nested response property removed",
    revision: (d) => delete schemas(d).Customer.properties.tax_region,
    breaking: true,
    expect: [["response-optional-property-removed", "breaking"]],
  },
  {
    name: "array items type changed",
    revision: (d) => (listOrders(d).responses["200"].content["application/json"].schema.items = { type: "string" }),
    breaking: true,
    expect: [["response-body-type-changed", "breaking"]],
  },
  {
    name: "success status replaced",
    revision: (d) => {
      const r = createOrder(d).responses;
      r["200"] = r["201"];
      delete r["201"];
    },
    breaking: true,
    expect: [
      ["response-success-status-removed", "breaking"],
      ["response-success-status-added", "non-breaking"],
    ],
  },
  {
    name: "error status removed",
    revision: (d) => delete getOrder(d).responses["404"],
    breaking: false,
    expect: [["response-non-success-status-removed", "non-breaking"]],
  },
  {
    name: "error status added",
    revision: (d) => (createOrder(d).responses["409"] = { description: "Conflict" }),
    breaking: false,
    expect: [["response-non-success-status-added", "non-breaking"]],
  },
  {
    name: "response media type removed",
    revision: (d) => {
      const c = getOrder(d).responses["200"].content;
      c["application/xml"] = c["application/json"];
      delete c["application/json"];
    },
    breaking: true,
    expect: [["response-media-type-removed", "breaking"]],
  },
  {
    name: "response schema dropped",
    revision: (d) => delete getOrder(d).responses["200"].content["application/json"].schema,
    breaking: true,
    expect: [["response-body-schema-removed", "breaking"]],
  },
  {
    name: "request array items constrained",
    base: (d) => delete schemas(d).OrderInput.properties.lines.items,
    revision: () => {},
    breaking: true,
    expect: [["request-property-schema-added", "breaking"]],
  },
  {
    name: "response media type added",
    revision: (d) => (getOrder(d).responses["200"].content["text/csv"] = { schema: { type: "string" } }),
    breaking: false,
    expect: [["response-media-type-added", "non-breaking"]],
  },
  {
    name: "response header removed",
    revision: (d) => delete listOrders(d).responses["200"].headers,
    breaking: false,
    expect: [["optional-response-header-removed", "warning"]],
  },
  {
    name: "response header added",
    revision: (d) => (getOrder(d).responses["200"].headers = { ETag: { schema: { type: "string" } } }),
    breaking: false,
    expect: [["response-header-added", "non-breaking"]],
  },
  {
    name: "response header type widened",
    revision: (d) => (listOrders(d).responses["200"].headers["X-Total-Count"].schema.type = "number"),
    breaking: true,
    expect: [["response-header-type-generalized", "breaking"]],
  },
  {
    name: "response header became optional",
    base: (d) => (listOrders(d).responses["200"].headers["X-Total-Count"].required = true),
    revision: () => {},
    breaking: true,
    expect: [["response-header-became-optional", "breaking"]],
  },

  // Security
  {
    name: "security scope added",
    revision: (d) => d.security[0].oauth.push("orders:audit"),
    breaking: true,
    expect: [["api-security-scope-added", "breaking"]],
  },
  {
    name: "security scope removed",
    revision: (d) => (createOrder(d).security = [{ oauth: [] }]),
    breaking: false,
    expect: [["api-security-scope-removed", "non-breaking"]],
  },
  { name: "security alternative added", revision: (d) => d.security.push({ apiKey: [] }), breaking: false, expect: [["api-security-added", "non-breaking"]] },
  { name: "security scheme replaced", revision: (d) => (d.security = [{ apiKey: [] }]), breaking: true, expect: [["api-security-removed", "breaking"]] },
  {
    name: "operation made public",
    revision: (d) => (getOrder(d).security = []),
    breaking: false,
    expect: [["api-security-anonymous-access-added", "non-breaking"]],
  },
  {
    name: "public operation now requires authentication",
    base: (d) => (getOrder(d).security = []),
    revision: () => {},
    breaking: true,
    expect: [["api-security-anonymous-access-removed", "breaking"]],
  },
];

/** Renames a component and every reference to it, as a refactoring would. */
function renameComponent(doc: Doc, from: string, to: string): void {
  doc.components.schemas[to] = doc.components.schemas[from];
  delete doc.components.schemas[from];
  const visit = (node: Doc) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      if (node.$ref === `#/components/schemas/${from}`) node.$ref = `#/components/schemas/${to}`;
      Object.values(node).forEach(visit);
    }
  };
  visit(doc);
}

export function buildCase(testCase: DiffCase): { base: Doc; revision: Doc } {
  const base = structuredClone(ORDERS_BASE);
  testCase.base?.(base);
  const revision = structuredClone(ORDERS_BASE);
  testCase.revision(revision);
  return { base, revision };
}

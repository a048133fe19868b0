import { describe, expect, it } from "vitest";
import { outlineSpec, schemaLabel } from "@/lib/catalog/specs/spec-outline";

describe("outlineSpec", () => {
  it("lists OpenAPI operations with parameters, bodies and responses, resolving component references", () => {
    const outline = outlineSpec("openapi", {
      openapi: "3.0.3",
      info: { title: "Orders", version: "2.0.0" },
      paths: {
        "/orders/{id}": {
          parameters: [{ $ref: "#/components/parameters/Id" }],
          patch: {
            summary: "Change an order",
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } } },
            responses: {
              "200": { description: "Changed", content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Order" } } } } },
              "404": { $ref: "#/components/responses/NotFound" },
            },
          },
        },
      },
      components: {
        parameters: { Id: { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } } },
        responses: { NotFound: { description: "No such order" } },
        schemas: {
          Order: { type: "object", description: "An order", required: ["order_id"], properties: { order_id: { type: "string" }, total: { type: "number" } } },
        },
      },
    });
    expect(outline.title).toBe("Orders");
    expect(outline.operations).toEqual([
      {
        method: "PATCH",
        path: "/orders/{id}",
        summary: "Change an order",
        operationId: null,
        deprecated: false,
        parameters: [{ name: "id", in: "path", required: true, type: "string (uuid)" }],
        requestBody: "Order",
        responses: [
          { status: "200", description: "Changed", schema: "array of Order" },
          { status: "404", description: "No such order", schema: null },
        ],
      },
    ]);
    expect(outline.schemas[0].properties).toEqual([
      { name: "order_id", type: "string", required: true, description: null },
      { name: "total", type: "number", required: false, description: null },
    ]);
  });

  it("lists AsyncAPI 3 channels with their messages and operations", () => {
    const outline = outlineSpec("asyncapi", {
      asyncapi: "3.0.0",
      info: { title: "Stock", version: "1" },
      channels: { stock: { address: "stock.changed", messages: { StockChanged: { $ref: "#/components/messages/StockChanged" } } } },
      operations: { publishStock: { action: "send", channel: { $ref: "#/channels/stock" }, summary: "Stock levels" } },
      components: { messages: { StockChanged: { name: "StockChanged", payload: { $ref: "#/components/schemas/Stock" } } } },
    });
    expect(outline.channels).toEqual([
      {
        name: "stock",
        address: "stock.changed",
        operations: [{ action: "send", summary: "Stock levels" }],
        messages: [{ name: "StockChanged", summary: null, payload: "Stock" }],
      },
    ]);
  });

  it("lists AsyncAPI 2 publish/subscribe operations", () => {
    const outline = outlineSpec("asyncapi", {
      asyncapi: "2.6.0",
      info: { title: "t", version: "1" },
      channels: { "orders.created": { subscribe: { summary: "New orders", message: { payload: { type: "object" } } } } },
    });
    expect(outline.channels[0]).toMatchObject({
      address: "orders.created",
      operations: [{ action: "subscribe", summary: "New orders" }],
      messages: [{ payload: "object" }],
    });
  });

  it("shows a JSON Schema document and its definitions as schemas", () => {
    const outline = outlineSpec("json_schema", { title: "Order", type: "object", properties: { id: { type: "string" } }, $defs: { Line: { type: "object" } } });
    expect(outline.schemas.map((s) => s.name)).toEqual(["Order", "Line"]);
  });

  it("labels schemas readably", () => {
    expect(schemaLabel({ oneOf: [{ type: "string" }, { $ref: "#/x/Y" }] })).toBe("oneOf(string, Y)");
    expect(schemaLabel({ enum: ["a", "b"] })).toBe("one of a, b");
    expect(schemaLabel(undefined)).toBe("—");
  });
});

import { describe, expect, it } from "vitest";
import { catalogueOfSpec, findDeclaredFieldProblems } from "@/lib/catalog/consumers/declared-fields";
import { contractFieldCatalogue } from "@/lib/contract-diff/field-paths";

describe("the fields a contract document describes", () => {
  it("reads an AsyncAPI 3 message payload through references, and a recursive type once per path", () => {
    const catalogue = contractFieldCatalogue({
      asyncapi: "3.0.0",
      channels: { orders: { address: "order.status_changed", messages: { changed: { $ref: "#/components/messages/Changed" } } } },
      components: {
        messages: { Changed: { payload: { $ref: "#/components/schemas/Order" } } },
        schemas: {
          Order: {
            type: "object",
            properties: { order_id: { type: "string" }, lines: { type: "array", items: { $ref: "#/components/schemas/Line" } } },
          },
          Line: { type: "object", properties: { sku: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Line" } } } },
        },
      },
    });
    expect([...catalogue.paths].sort()).toEqual(
      ["children", "children.children", "children.sku", "lines", "lines.children", "lines.sku", "order_id", "sku"].sort(),
    );
    expect(catalogue.names.has("sku")).toBe(true);
    expect(catalogue.operations).toEqual([{ method: null, path: "orders" }]);
  });

  it("reads a JSON Schema's properties, $defs and branches", () => {
    const catalogue = contractFieldCatalogue({
      type: "object",
      properties: { customer: { $ref: "#/$defs/Customer" } },
      oneOf: [{ properties: { refund_id: { type: "string" } } }],
      $defs: { Customer: { type: "object", properties: { tax_region: { type: "string" } } } },
    });
    expect(catalogue.paths.has("customer.tax_region")).toBe(true);
    expect(catalogue.paths.has("refund_id")).toBe(true);
    expect(findDeclaredFieldProblems(["customer.tax_region", "tax_region", "/customer/tax_region", "customer.taxregion"], catalogue)).toEqual([
      { index: 3, entry: "customer.taxregion", suggestions: ["customer.tax_region", "customer"] },
    ]);
  });

  it("cannot check a version without a document, or one it cannot read", () => {
    expect(catalogueOfSpec(null)).toBeNull();
    expect(catalogueOfSpec("{ not json")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { assessConsumerImpact, diffContracts, type ContractChange } from "@/lib/contract-diff";
import { ORDERS_BASE } from "./openapi-cases";

const change = (severity: ContractChange["severity"], location: Partial<ContractChange["location"]>): ContractChange => ({
  severity,
  kind: "k",
  message: "m",
  location: { pointer: "/x", ...location },
});

describe("assessConsumerImpact", () => {
  const taxRegion = change("breaking", { path: "/orders/{id}", operation: "GET", field: "customer.tax_region" });

  it("matches a dotted field path exactly, and its ancestors and descendants", () => {
    expect(assessConsumerImpact([taxRegion], ["customer.tax_region"])).toEqual({ touched: true, broken: true, atRisk: false, changes: [taxRegion] });
    expect(assessConsumerImpact([taxRegion], ["customer"]).broken).toBe(true);
    expect(assessConsumerImpact([change("breaking", { field: "customer" })], ["customer.tax_region"]).broken).toBe(true);
    expect(assessConsumerImpact([taxRegion], ["customer.id", "total"]).touched).toBe(false);
    // "customer.tax" is not an ancestor of "customer.tax_region": matching is by whole segments.
    expect(assessConsumerImpact([taxRegion], ["customer.tax"]).touched).toBe(false);
  });

  it("matches a bare field name at any depth", () => {
    expect(assessConsumerImpact([taxRegion], ["tax_region"]).broken).toBe(true);
    expect(assessConsumerImpact([taxRegion], ["region"]).touched).toBe(false);
  });

  it("tells touched from broken", () => {
    const added = change("non-breaking", { field: "customer.tax_region" });
    expect(assessConsumerImpact([added], ["customer.tax_region"])).toMatchObject({ touched: true, broken: false });
  });

  it("treats changes without a field as touching every consumer unless its declared operations exclude them", () => {
    const removed = change("breaking", { path: "/orders/{id}", operation: "DELETE" });
    expect(assessConsumerImpact([removed], ["total"]).broken).toBe(true);
    expect(assessConsumerImpact([removed], ["GET /orders/{orderId}", "total"]).touched).toBe(false);
    expect(assessConsumerImpact([removed], ["DELETE /orders/{orderId}"]).broken).toBe(true);
    expect(assessConsumerImpact([removed], ["/orders/{id}"]).broken).toBe(true);
  });

  it("limits field changes to the declared operations", () => {
    expect(assessConsumerImpact([taxRegion], ["GET /customers", "tax_region"]).touched).toBe(false);
    expect(assessConsumerImpact([taxRegion], ["GET /orders/{id}", "tax_region"]).broken).toBe(true);
  });

  it("counts the consumers a real diff breaks", () => {
    const revision = structuredClone(ORDERS_BASE);
    delete revision.components.schemas.Customer.properties.tax_region;
    revision.components.schemas.Order.properties.status.enum.push("held");
    const { changes } = diffContracts(ORDERS_BASE, revision);
    const consumers = [
      ["customer.tax_region"],
      ["status"],
      ["total", "placedAt"],
      ["lines.sku"],
      ["customer"],
      ["GET /orders/{id}", "total"],
      ["POST /orders", "tax_region"],
    ];
    expect(consumers.map((fields) => assessConsumerImpact(changes, fields).broken)).toEqual([true, true, false, false, true, false, true]);
  });

  it("lets a warning break only the consumers that declared a field it touches", () => {
    const enumAdded = change("warning", { path: "/orders", operation: "GET", field: "status" });
    expect(assessConsumerImpact([enumAdded], ["status"])).toMatchObject({ broken: true, atRisk: false });
    expect(assessConsumerImpact([enumAdded], ["total"])).toMatchObject({ touched: false, broken: false, atRisk: false });
    // Declared no fields: it may read status or not; reviewers see the risk, no acknowledgement is asked.
    expect(assessConsumerImpact([enumAdded], [])).toMatchObject({ touched: true, broken: false, atRisk: true });
    expect(assessConsumerImpact([enumAdded], ["GET /orders"])).toMatchObject({ touched: true, broken: false, atRisk: true });
  });

  it("ignores blank entries and accepts array notation", () => {
    const line = change("breaking", { field: "lines.sku" });
    expect(assessConsumerImpact([line], ["  ", "lines[].sku"]).broken).toBe(true);
  });
});

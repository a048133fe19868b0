import { describe, expect, it } from "vitest";
import { prepareGraph } from "@/lib/graph/prepared-graph";
import { checkConsumerUses, checkedUsesOf, findUseViolations } from "@/lib/graph/permitted-uses";
import { catalogGraph } from "./catalog-graph-builder";

describe("checkedUsesOf", () => {
  it("reads AI training from the kind or the purpose, external reporting and customer-facing automation from what the consumer says", () => {
    expect(checkedUsesOf({ kind: "ai_model", name: "Churn model", purpose: "Scores accounts." })).toEqual(["ai_training"]);
    expect(checkedUsesOf({ kind: "workflow", name: "Feature job", purpose: "Retrained weekly on orders." })).toEqual(["ai_training"]);
    expect(checkedUsesOf({ kind: "report", name: "Investor pack", purpose: "Quarterly figures for investors." })).toEqual(["external_reporting"]);
    expect(checkedUsesOf({ kind: "workflow", name: "Back-in-stock e-mails", purpose: "Customer-facing alerts." })).toEqual(["customer_facing_automation"]);
    expect(checkedUsesOf({ kind: "dashboard", name: "Revenue Dashboard", purpose: "Daily net revenue for the executive team." })).toEqual([]);
  });
});

describe("checkConsumerUses", () => {
  // pim -> erp -> crm; the model reads the contract of erp -> crm. sku travels the whole way; the other feed into erp
  // carries something else.
  const graph = () =>
    catalogGraph()
      .system("pim")
      .system("erp")
      .system("crm")
      .system("hr")
      .integration("pim-erp", "pim", "erp", { fieldsExchanged: ["sku", "product_name"], permittedUses: ["operational_workflow"] })
      .integration("hr-erp", "hr", "erp", { fieldsExchanged: ["employee_id"], permittedUses: ["operational_workflow"] })
      .integration("erp-crm", "erp", "crm", { fieldsExchanged: ["sku", "net_revenue"], permittedUses: ["analytics", "ai_training"] })
      .contractVersion("cv", { integrationId: "erp-crm" });

  it("flags an AI model fed, two hops up, by an integration that does not permit AI training, with the path of the data", () => {
    const prepared = prepareGraph(graph().consumer("model", "cv", { kind: "ai_model", fieldsUsed: ["product.sku"], purpose: "Retrained weekly." }).graph);
    const check = checkConsumerUses(prepared, "model")!;
    expect(check.uses).toEqual(["ai_training"]);
    expect(check.lineage).toBe(2);
    expect(check.violations).toEqual([
      {
        use: "ai_training",
        integration: { id: "pim-erp", key: "PIM-ERP", name: "pim to erp", permittedUses: ["operational_workflow"] },
        path: [
          { id: "pim-erp", key: "PIM-ERP", name: "pim to erp" },
          { id: "erp-crm", key: "ERP-CRM", name: "erp to crm" },
        ],
      },
    ]);
  });

  it("follows only integrations that carry a declared field, and passes when every one permits the use", () => {
    const permitted = graph();
    permitted.graph.integrations.find((integration) => integration.id === "pim-erp")!.permittedUses.push("ai_training");
    const prepared = prepareGraph(permitted.consumer("model", "cv", { kind: "ai_model", fieldsUsed: ["sku"] }).graph);
    expect(checkConsumerUses(prepared, "model")).toMatchObject({ lineage: 2, violations: [] });
    // The revenue field never came from the PIM: a model that reads only net_revenue is fed by erp -> crm alone.
    const revenueOnly = prepareGraph(graph().consumer("model", "cv", { kind: "ai_model", fieldsUsed: ["net_revenue"] }).graph);
    expect(checkConsumerUses(revenueOnly, "model")).toMatchObject({ lineage: 1, violations: [] });
  });

  it("checks the contract's own integration even when the consumer declared no field, and nothing for a consumer without a checked use", () => {
    const prepared = prepareGraph(
      graph()
        .contractVersion("cv-pim", { integrationId: "pim-erp" })
        .consumer("model", "cv-pim", { kind: "ai_model" })
        .consumer("dashboard", "cv-pim", { kind: "dashboard", fieldsUsed: ["sku"] }).graph,
    );
    expect(checkConsumerUses(prepared, "model")?.violations.map((violation) => violation.integration.id)).toEqual(["pim-erp"]);
    expect(checkConsumerUses(prepared, "dashboard")).toMatchObject({ uses: [], lineage: 0, violations: [] });
    expect(findUseViolations(prepared).map((check) => check.consumer.id)).toEqual(["model"]);
  });

  it("starts from the integrations into the system whose interface the contract describes", () => {
    const prepared = prepareGraph(
      graph()
        .contractVersion("cv-erp", { systemId: "erp" })
        .consumer("report", "cv-erp", { kind: "report", name: "Regulator filing", purpose: "Statutory filing.", fieldsUsed: ["sku"] }).graph,
    );
    const check = checkConsumerUses(prepared, "report")!;
    expect(check.uses).toEqual(["external_reporting"]);
    expect(check.violations.map((violation) => violation.path.map((step) => step.key))).toEqual([["PIM-ERP"]]);
  });
});

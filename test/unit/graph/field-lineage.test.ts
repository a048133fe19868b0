import { describe, expect, it } from "vitest";
import { analyzeScopedImpact } from "@/lib/graph/field-lineage";
import { prepareGraph } from "@/lib/graph/prepared-graph";
import { catalogGraph } from "./catalog-graph-builder";

// A hand-built revenue story where the path of each field is known:
//   shop --orders{Order: order_id, order_total}--> oms --export{Order: order_id, net_revenue, channel}--> warehouse
//   crm --customers{Customer: customer_id, customer_status}--> warehouse
//   warehouse --marts{Commerce Mart: net_revenue, channel, customer_status}--> looker --(looker-api 1.0.0)--> consumers
// net_revenue reaches the revenue dashboard through export and marts only; customer_status through customers and marts.
const prepared = prepareGraph(
  catalogGraph()
    .system("shop")
    .system("oms")
    .system("crm")
    .system("warehouse")
    .system("looker")
    .integration("orders", "shop", "oms", { dataObjects: ["Order"], fieldsExchanged: ["order_id", "order_total"] })
    .integration("export", "oms", "warehouse", { dataObjects: ["Order"], fieldsExchanged: ["order_id", "net_revenue", "channel"] })
    .integration("customers", "crm", "warehouse", { dataObjects: ["Customer"], fieldsExchanged: ["customer_id", "customer_status"] })
    .integration("marts", "warehouse", "looker", { dataObjects: ["Commerce Mart"], fieldsExchanged: ["net_revenue", "channel", "customer_status"] })
    .contractVersion("looker-api", { systemId: "looker" })
    .consumer("revenue", "looker-api", { fieldsUsed: ["net_revenue", "channel"] })
    .consumer("churn", "looker-api", { fieldsUsed: ["customer_status"] }).graph,
);

const keys = (result: { integrations: { key: string }[] }) => result.integrations.map((i) => i.key).sort();
const slugs = (result: { systems: { slug: string }[] }) => result.systems.map((s) => s.slug).sort();

describe("lineage and impact by field and data object", () => {
  it("answers what feeds net_revenue on the revenue dashboard: only the integrations that carry it", () => {
    const lineage = analyzeScopedImpact(prepared, { kind: "consumer", id: "revenue", direction: "upstream", field: "net_revenue" });
    expect(keys(lineage)).toEqual(["EXPORT", "MARTS"]);
    expect(slugs(lineage)).toEqual(["looker", "oms", "warehouse"]);
    expect(lineage.scope).toEqual({ level: "field", field: "net_revenue", dataObject: null });
    // The path to highlight on the graph: the focus, the systems and the two integrations, nothing else.
    expect(lineage.graph.edges.sort()).toEqual(["integration:export", "integration:marts"]);
    expect(lineage.graph.nodes.sort()).toEqual(["consumer:revenue", "system:looker", "system:oms", "system:warehouse"]);
  });

  it("keeps the system-level answer as the coarse view, labelled as such", () => {
    const coarse = analyzeScopedImpact(prepared, { kind: "consumer", id: "revenue", direction: "upstream" });
    expect(keys(coarse)).toEqual(["CUSTOMERS", "EXPORT", "MARTS", "ORDERS"]);
    expect(coarse.scope).toEqual({ level: "system" });
  });

  it("reaches downstream only the consumers that declare the field", () => {
    const impact = analyzeScopedImpact(prepared, { kind: "system", id: "crm", direction: "downstream", field: "customer_status" });
    expect(keys(impact)).toEqual(["CUSTOMERS", "MARTS"]);
    expect(impact.consumers.map((c) => c.id)).toEqual(["churn"]);
    const revenue = analyzeScopedImpact(prepared, { kind: "system", id: "oms", direction: "downstream", field: "net_revenue" });
    expect(revenue.consumers.map((c) => c.id)).toEqual(["revenue"]);
  });

  it("follows a data object, and a field within it", () => {
    expect(keys(analyzeScopedImpact(prepared, { kind: "system", id: "shop", direction: "downstream", dataObject: "Order" }))).toEqual(["EXPORT", "ORDERS"]);
    expect(keys(analyzeScopedImpact(prepared, { kind: "system", id: "crm", direction: "downstream", dataObject: "Customer" }))).toEqual(["CUSTOMERS"]);
    const both = analyzeScopedImpact(prepared, { kind: "system", id: "shop", direction: "downstream", dataObject: "Order", field: "net_revenue" });
    // orders does not carry net_revenue: nothing leaves the shop with it.
    expect(keys(both)).toEqual([]);
  });
});

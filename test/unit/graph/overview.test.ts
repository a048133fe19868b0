import { describe, expect, it } from "vitest";
import { cachedOverview, selectOverview } from "@/lib/graph/overview";
import { prepareGraph } from "@/lib/graph/prepared-graph";
import { catalogGraph } from "./catalog-graph-builder";

const orderToCash = { slug: "order-to-cash", name: "Order to cash" };
const reporting = { slug: "reporting", name: "Reporting" };

function catalog() {
  return prepareGraph(
    catalogGraph()
      .system("shop", { businessDomain: "Commerce", kind: "ecommerce" })
      .system("market", { businessDomain: "Commerce", kind: "marketplace" })
      .system("erp", { businessDomain: "Finance", kind: "erp" })
      .system("ledger", { businessDomain: "Finance", kind: "erp" })
      .system("bi", { businessDomain: "Analytics", kind: "bi" })
      .integration("orders", "shop", "erp", { healthStatus: "failing", capabilities: [orderToCash] })
      .integration("listings", "market", "shop", { capabilities: [orderToCash] })
      .integration("postings", "erp", "ledger", { healthStatus: "failing", capabilities: [orderToCash] })
      .integration("load", "erp", "bi", { capabilities: [reporting] })
      .integration("load-2", "ledger", "bi", { capabilities: [reporting] })
      .contractVersion("bi-api", { systemId: "bi" })
      .consumer("revenue", "bi-api", { name: "Revenue dashboard" }).graph,
  );
}

describe("selectOverview", () => {
  it("groups by business domain: sizes, integrations and failures inside, bundles between groups, totals of the whole graph", () => {
    const overview = selectOverview(catalog(), {}, "domain");
    expect(overview.nodes.map(({ domain, size, integrations, failing }) => ({ domain, size, integrations, failing }))).toEqual([
      { domain: "Analytics", size: 2, integrations: 0, failing: 0 },
      { domain: "Commerce", size: 2, integrations: 1, failing: 0 },
      { domain: "Finance", size: 2, integrations: 1, failing: 1 },
    ]);
    expect(overview.nodes.find((node) => node.domain === "Finance")?.drillDown).toEqual({ name: "domain", value: "Finance" });
    expect(overview.edges.map(({ source, target, count }) => `${source}->${target}:${count}`).sort()).toEqual([
      "cluster:domain:Commerce->cluster:domain:Finance:1",
      "cluster:domain:Finance->cluster:domain:Analytics:2",
    ]);
    expect(overview.totals).toEqual({ nodes: 6, edges: 6, failing: 2 });
  });

  it("drills into a domain by system kind; an asset counts with “Other”", () => {
    const overview = selectOverview(catalog(), { domain: "Finance" }, "systemKind");
    // The domain's systems and every system an integration links them to.
    expect(overview.nodes.map(({ domain, size }) => `${domain}:${size}`).sort()).toEqual(["Business intelligence:1", "E-commerce:1", "ERP:2", "Other:1"]);
  });

  it("groups systems by the capability most of their integrations serve; drilling in filters on its slug", () => {
    const overview = selectOverview(catalog(), {}, "capability");
    const groups = Object.fromEntries(overview.nodes.map((node) => [node.domain, node]));
    expect(groups["Order to cash"]).toMatchObject({ size: 4, drillDown: { name: "capability", value: "order-to-cash" } });
    expect(groups["Reporting"]).toMatchObject({ size: 1 });
    // The dashboard serves no capability itself: no filter opens its group.
    expect(groups["No business capability"]).toMatchObject({ size: 1, drillDown: null });
  });

  it("is computed once per graph and question", () => {
    const prepared = catalog();
    expect(cachedOverview(prepared, { domain: "Finance" }, "systemKind")).toBe(cachedOverview(prepared, { domain: "Finance" }, "systemKind"));
    expect(cachedOverview(prepared, {}, "domain")).not.toBe(cachedOverview(catalog(), {}, "domain"));
  });
});

import { describe, expect, it } from "vitest";
import { graphFacets, selectFilteredGraph, selectNeighbourhood } from "@/lib/graph/graph-view";
import { prepareGraph } from "@/lib/graph/prepared-graph";
import { catalogGraph } from "./catalog-graph-builder";

const sales = { id: "t1", slug: "sales", name: "Sales team" };
const finance = { id: "t2", slug: "finance", name: "Finance team" };

function catalog() {
  return prepareGraph(
    catalogGraph()
      .system("shop", { businessDomain: "Commerce", ownerTeam: sales, criticality: "tier1" })
      .system("crm", { businessDomain: "Sales", ownerTeam: sales })
      .system("erp", { businessDomain: "Finance", ownerTeam: finance })
      .system("bi", { businessDomain: "Analytics", kind: "bi" })
      .system("lonely", { businessDomain: "Finance" })
      .integration("orders", "shop", "erp", {
        healthStatus: "failing",
        mechanism: "event_message",
        capabilities: [{ slug: "order-to-cash", name: "Order to cash" }],
      })
      .integration("sync", "crm", "erp", { direction: "bidirectional", ownerTeam: finance })
      .integration("load", "erp", "bi", { lifecycle: "deprecated", mechanism: "file_transfer" })
      .contractVersion("orders-v1", { integrationId: "orders" })
      .contractVersion("bi-api", { systemId: "bi" })
      .consumer("revenue", "bi-api", { name: "Revenue dashboard" })
      .consumer("wh-feed", "orders-v1", { kind: "system", systemId: "bi" }).graph,
  );
}

const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

describe("selectFilteredGraph (domain to graph mapping)", () => {
  it("maps systems to nodes, integrations and consumption to directed edges, keeping disconnected systems", () => {
    const graph = selectFilteredGraph(catalog(), {});
    expect(ids(graph.nodes)).toEqual(["consumer:revenue", "system:bi", "system:crm", "system:erp", "system:lonely", "system:shop"]);
    expect(ids(graph.edges)).toEqual(["consumption:revenue", "consumption:wh-feed", "integration:load", "integration:orders", "integration:sync"]);
    const orders = graph.edges.find((edge) => edge.id === "integration:orders");
    expect(orders).toMatchObject({ type: "integration", source: "system:shop", target: "system:erp", healthStatus: "failing", key: "ORDERS" });
    // An integration's consumers read what it delivers: the edge leaves its target system.
    expect(graph.edges.find((edge) => edge.id === "consumption:wh-feed")).toMatchObject({
      source: "system:erp",
      target: "system:bi",
      contract: { version: "1.0.0" },
    });
    expect(graph.edges.find((edge) => edge.id === "consumption:revenue")).toMatchObject({ source: "system:bi", target: "consumer:revenue" });
    expect(graph.nodes.find((node) => node.id === "consumer:revenue")).toMatchObject({
      type: "consumer",
      businessDomain: "Analytics",
      name: "Revenue dashboard",
    });
  });

  it("keeps only the matching integrations and their systems under an integration filter", () => {
    const graph = selectFilteredGraph(catalog(), { health: "failing" });
    expect(ids(graph.nodes)).toEqual(["system:erp", "system:shop"]);
    expect(ids(graph.edges)).toEqual(["integration:orders"]);
    expect(ids(selectFilteredGraph(catalog(), { capability: "order-to-cash" }).edges)).toEqual(["integration:orders"]);
    expect(ids(selectFilteredGraph(catalog(), { lifecycle: "deprecated" }).edges)).toEqual(["consumption:revenue", "integration:load"]);
    expect(selectFilteredGraph(catalog(), { mechanism: "manual" })).toEqual({ nodes: [], edges: [] });
  });

  it("keeps the systems of a domain or team and every integration touching them", () => {
    const finance = selectFilteredGraph(catalog(), { domain: "Finance" });
    expect(ids(finance.nodes)).toEqual(["consumer:revenue", "system:bi", "system:crm", "system:erp", "system:lonely", "system:shop"]);
    expect(ids(finance.edges).filter((id) => id.startsWith("integration"))).toEqual(["integration:load", "integration:orders", "integration:sync"]);
    const team = selectFilteredGraph(catalog(), { team: "sales", criticality: "tier1" });
    expect(ids(team.nodes)).toEqual(["system:erp", "system:shop"]);
  });

  it("offers the domains, teams and capabilities present", () => {
    expect(graphFacets(catalog())).toEqual({
      domains: ["Analytics", "Commerce", "Finance", "Sales"],
      teams: [finance, sales],
      capabilities: [{ slug: "order-to-cash", name: "Order to cash" }],
    });
  });
});

describe("selectNeighbourhood", () => {
  it("takes everything within the depth, up and down, through a bidirectional sync", () => {
    const one = selectNeighbourhood(catalog(), { kind: "system", id: "crm" }, 1);
    expect(ids(one.nodes)).toEqual(["system:crm", "system:erp"]);
    expect(ids(one.edges)).toEqual(["integration:sync"]);
    const two = selectNeighbourhood(catalog(), { kind: "system", id: "crm" }, 2);
    expect(ids(two.nodes)).toEqual(["system:bi", "system:crm", "system:erp", "system:shop"]);
    // The warehouse feed reads the orders integration's contract: a sibling of the CRM, neither up nor down.
    expect(ids(two.edges)).toEqual(["integration:load", "integration:orders", "integration:sync"]);
  });

  it("centres on an integration: its two systems and what it feeds", () => {
    const graph = selectNeighbourhood(catalog(), { kind: "integration", id: "orders" }, 1);
    expect(ids(graph.nodes)).toEqual(["system:bi", "system:erp", "system:shop"]);
    expect(ids(graph.edges)).toEqual(["consumption:wh-feed", "integration:orders"]);
  });
});

import { describe, expect, it } from "vitest";
import { buildDependencyIndex, traverseDependencies } from "@/lib/graph/dependency-index";
import { catalogGraph } from "./catalog-graph-builder";

const asObject = (depths: Map<string, number>) => Object.fromEntries([...depths].sort(([a], [b]) => a.localeCompare(b)));

describe("traverseDependencies", () => {
  // a -> b -> c -> d, and b's contract is read by a dashboard
  const chain = catalogGraph()
    .system("a")
    .system("b")
    .system("c")
    .system("d")
    .integration("ab", "a", "b")
    .integration("bc", "b", "c")
    .integration("cd", "c", "d")
    .contractVersion("v1", { integrationId: "bc" })
    .consumer("dash", "v1");
  const index = buildDependencyIndex(chain.graph);

  it("follows integrations and contracts downstream, counting integration or contract hops", () => {
    expect(asObject(traverseDependencies(index, { kind: "system", id: "a" }, { direction: "downstream" }))).toEqual({
      "consumer:dash": 2,
      "contractVersion:v1": 2,
      "integration:ab": 1,
      "integration:bc": 2,
      "integration:cd": 3,
      "system:b": 1,
      "system:c": 2,
      "system:d": 3,
    });
  });

  it("stops at the depth limit", () => {
    expect(asObject(traverseDependencies(index, { kind: "system", id: "a" }, { direction: "downstream", depth: 1 }))).toEqual({
      "integration:ab": 1,
      "system:b": 1,
    });
    expect([...traverseDependencies(index, { kind: "system", id: "a" }, { direction: "downstream", depth: 2 }).keys()].sort()).toEqual([
      "consumer:dash",
      "contractVersion:v1",
      "integration:ab",
      "integration:bc",
      "system:b",
      "system:c",
    ]);
  });

  it("answers lineage upstream: what feeds the dashboard", () => {
    expect(asObject(traverseDependencies(index, { kind: "consumer", id: "dash" }, { direction: "upstream" }))).toEqual({
      "contractVersion:v1": 1,
      "integration:ab": 2,
      "integration:bc": 1,
      "system:a": 2,
      "system:b": 1,
    });
  });

  it("starts from an integration or a contract version as the change itself", () => {
    expect(asObject(traverseDependencies(index, { kind: "integration", id: "bc" }, { direction: "downstream", depth: 1 }))).toEqual({
      "consumer:dash": 1,
      "contractVersion:v1": 1,
      "system:c": 1,
    });
    expect(asObject(traverseDependencies(index, { kind: "contractVersion", id: "v1" }, { direction: "downstream" }))).toEqual({ "consumer:dash": 1 });
  });

  it("terminates on cycles, bidirectional syncs and self-loops, keeping the shortest depth", () => {
    const cyclic = catalogGraph()
      .system("crm")
      .system("erp")
      .system("bi")
      .system("loner")
      .integration("sync", "crm", "erp", { direction: "bidirectional" })
      .integration("back", "erp", "crm")
      .integration("self", "crm", "crm")
      .integration("report", "erp", "bi");
    const cyclicIndex = buildDependencyIndex(cyclic.graph);
    expect(asObject(traverseDependencies(cyclicIndex, { kind: "system", id: "bi" }, { direction: "upstream" }))).toEqual({
      // erp -> crm feeds the CRM, which is two hops up already: it is a third hop, not a second.
      "integration:back": 3,
      "integration:report": 1,
      "integration:self": 3,
      "integration:sync": 2,
      "system:crm": 2,
      "system:erp": 1,
    });
    // Through the bidirectional sync, the ERP's data reaches the CRM too; the start is never in its own impact.
    expect(asObject(traverseDependencies(cyclicIndex, { kind: "system", id: "erp" }, { direction: "downstream" }))).toEqual({
      "integration:back": 1,
      "integration:report": 1,
      "integration:self": 2,
      "integration:sync": 1,
      "system:bi": 1,
      "system:crm": 1,
    });
    expect(traverseDependencies(cyclicIndex, { kind: "system", id: "loner" }, { direction: "downstream" }).size).toBe(0);
  });

  it("ignores retired integrations and retired contract versions, and follows a consumer that is a system", () => {
    const graph = catalogGraph()
      .system("shop")
      .system("wh")
      .system("ml")
      .integration("old", "shop", "wh", { lifecycle: "retired" })
      .contractVersion("api1", { systemId: "shop" }, { status: "retired" })
      .contractVersion("api2", { systemId: "shop" })
      .consumer("gone", "api1")
      .consumer("feature-store", "api2", { kind: "system", systemId: "wh" })
      .integration("train", "wh", "ml");
    const reached = traverseDependencies(buildDependencyIndex(graph.graph), { kind: "system", id: "shop" }, { direction: "downstream" });
    expect(asObject(reached)).toEqual({
      "consumer:feature-store": 1,
      "contractVersion:api2": 1,
      "integration:train": 2,
      "system:ml": 2,
      "system:wh": 1,
    });
  });
});

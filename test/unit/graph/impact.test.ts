import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/auth/permissions";
import { analyzeImpact, impactToCsv } from "@/lib/graph/impact";
import { prepareGraph } from "@/lib/graph/prepared-graph";
import { catalogGraph } from "./catalog-graph-builder";

const ana = { id: "u1", name: "Ana Data", email: "ana@acme.test" };
const ops = { id: "t1", slug: "ops", name: "Ops team" };

const prepared = prepareGraph(
  catalogGraph()
    .system("shop", { ownerTeam: ops })
    .system("erp")
    .system("bi", { ownerTeam: ops })
    .integration("orders", "shop", "erp", { owners: [{ role: "data_owner", person: ana }], capabilities: [{ slug: "o2c", name: "Order to cash" }] })
    .integration("load", "erp", "bi", { capabilities: [{ slug: "reporting", name: "Reporting" }] })
    .contractVersion(
      "bi-api",
      { systemId: "bi" },
      { contract: { id: "c", slug: "bi-api", name: "BI API", integrationId: null, systemId: "bi", ownerTeam: null, ownerUser: ana } },
    )
    .consumer("revenue", "bi-api", { name: 'Revenue, "=SUM" dashboard', capabilities: [{ slug: "fpa", name: "Financial planning" }] }).graph,
);

describe("analyzeImpact", () => {
  it("lists impacted integrations, systems and consumers by hop, with capabilities and owners to notify", () => {
    const result = analyzeImpact(prepared, { kind: "system", id: "shop", direction: "downstream" });
    expect(result.focus).toEqual({ kind: "system", id: "shop", label: "SHOP" });
    expect(result.integrations.map((i) => [i.key, i.depth, i.sourceSystem, i.targetSystem])).toEqual([
      ["ORDERS", 1, "SHOP", "ERP"],
      ["LOAD", 2, "ERP", "BI"],
    ]);
    expect(result.systems.map((s) => [s.slug, s.depth])).toEqual([
      ["erp", 1],
      ["bi", 2],
    ]);
    expect(result.consumers.map((c) => [c.id, c.depth])).toEqual([["revenue", 3]]);
    expect(result.capabilities.map((c) => c.slug)).toEqual(["fpa", "o2c", "reporting"]);
    expect(result.owners).toEqual([
      { kind: "person", id: "u1", name: "Ana Data", email: "ana@acme.test", reasons: ["ORDERS (data owner)", "BI API 1.0.0"], reasonCount: 2 },
      { kind: "team", id: "t1", name: "Ops team", email: null, reasons: ["BI"], reasonCount: 1 },
    ]);
    expect(result.totals).toEqual({ systems: 2, integrations: 2, contractVersions: 1, consumers: 1 });
    expect(result.graph.nodes.sort()).toEqual(["consumer:revenue", "system:bi", "system:erp", "system:shop"]);
    expect(result.graph.edges.sort()).toEqual(["consumption:revenue", "integration:load", "integration:orders"]);
  });

  it("honours the depth and answers lineage upstream", () => {
    expect(analyzeImpact(prepared, { kind: "system", id: "shop", direction: "downstream", depth: 1 }).systems.map((s) => s.slug)).toEqual(["erp"]);
    const lineage = analyzeImpact(prepared, { kind: "consumer", id: "revenue", direction: "upstream" });
    expect(lineage.systems.map((s) => [s.slug, s.depth])).toEqual([
      ["bi", 1],
      ["erp", 2],
      ["shop", 3],
    ]);
    expect(lineage.consumers).toEqual([]);
  });

  it("keeps the nearest items of each list under a limit, with complete totals", () => {
    const limited = analyzeImpact(prepared, { kind: "system", id: "shop", direction: "downstream", limit: 1 });
    expect(limited.systems.map((s) => s.slug)).toEqual(["erp"]);
    expect(limited.integrations.map((i) => i.key)).toEqual(["ORDERS"]);
    expect(limited.totals.systems).toBe(2);
    expect(limited.graph.nodes).toHaveLength(4);
  });

  it("answers not found for an unknown focus", () => {
    expect(() => analyzeImpact(prepared, { kind: "integration", id: "nope", direction: "downstream" })).toThrow(NotFoundError);
  });

  it("exports CSV that a spreadsheet reads safely", () => {
    const csv = impactToCsv(analyzeImpact(prepared, { kind: "system", id: "erp", direction: "downstream" }));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("type,depth,reference,name,details");
    expect(lines).toContain("integration,1,LOAD,erp to bi,ERP -> BI; tier3; healthy");
    expect(lines).toContain('consumer,2,revenue,"Revenue, ""=SUM"" dashboard",dashboard');
    expect(lines).toContain("owner_team,,t1,Ops team,BI");
  });
});

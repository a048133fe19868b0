import { describe, expect, it } from "vitest";
import { clusterByDomain } from "@/lib/graph/clusters";
import { selectFilteredGraph } from "@/lib/graph/graph-view";
import { layeredLayout } from "@/lib/graph/layered-layout";
import { prepareGraph } from "@/lib/graph/prepared-graph";
import { impactHighlight, toFlowElements } from "@/components/graph/flow-elements";
import { catalogGraph } from "./catalog-graph-builder";

const box = (id: string) => ({ id, width: 100, height: 40 });

describe("layeredLayout", () => {
  it("puts each node right of what feeds it, even around cycles and self-loops, and never overlaps", () => {
    const positions = layeredLayout({
      nodes: ["a", "b", "c", "d", "e", "lone"].map(box),
      edges: [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
        { source: "c", target: "a" }, // cycle
        { source: "c", target: "d" },
        { source: "d", target: "d" }, // self-loop
        { source: "e", target: "d" },
        { source: "x", target: "a" }, // unknown end: ignored
      ],
    });
    expect(Object.keys(positions).sort()).toEqual(["a", "b", "c", "d", "e", "lone"]);
    expect(positions.a.x).toBeLessThan(positions.b.x);
    expect(positions.b.x).toBeLessThan(positions.c.x);
    expect(positions.c.x).toBeLessThan(positions.d.x);
    const rects = Object.values(positions);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const overlap = Math.abs(rects[i].x - rects[j].x) < 100 && Math.abs(rects[i].y - rects[j].y) < 40;
        expect(overlap).toBe(false);
      }
    // The disconnected lone node goes below the connected part.
    expect(positions.lone.y).toBeGreaterThan(Math.max(...["a", "b", "c", "d", "e"].map((id) => positions[id].y)));
  });

  it("is stable: the same graph in another order gets the same positions", () => {
    const nodes = ["p", "q", "r", "s"].map(box);
    const edges = [{ source: "p", target: "q" }, { source: "p", target: "r" }, { source: "r", target: "s" }];
    expect(layeredLayout({ nodes: [...nodes].reverse(), edges: [...edges].reverse() })).toEqual(layeredLayout({ nodes, edges }));
  });
});

const prepared = prepareGraph(
  catalogGraph()
    .system("shop", { businessDomain: "Commerce", criticality: "tier1" })
    .system("erp", { businessDomain: "Finance" })
    .system("gl", { businessDomain: "Finance" })
    .integration("orders", "shop", "erp", { direction: "bidirectional", healthStatus: "failing", mechanism: "event_message" })
    .integration("post", "erp", "gl", { lifecycle: "retired" })
    .integration("post2", "shop", "gl").graph,
);

describe("clusterByDomain", () => {
  it("collapses domains into clusters with bundled edges, and leaves expanded ones as they are", () => {
    const graph = selectFilteredGraph(prepared, {});
    const collapsed = clusterByDomain(graph, new Set());
    expect(collapsed.nodes).toEqual([
      { type: "cluster", id: "cluster:Commerce", domain: "Commerce", size: 1 },
      { type: "cluster", id: "cluster:Finance", domain: "Finance", size: 2 },
    ]);
    expect(collapsed.edges).toEqual([{ type: "bundle", id: "bundle:cluster:Commerce->cluster:Finance", source: "cluster:Commerce", target: "cluster:Finance", count: 2 }]);
    const open = clusterByDomain(graph, new Set(["Finance"]));
    expect(open.nodes.map((node) => node.id).sort()).toEqual(["cluster:Commerce", "system:erp", "system:gl"]);
    expect(open.edges.map((edge) => edge.id).sort()).toEqual(["bundle:cluster:Commerce->system:erp", "bundle:cluster:Commerce->system:gl", "integration:post"]);
  });
});

describe("toFlowElements (domain to React Flow)", () => {
  const graph = selectFilteredGraph(prepared, {});
  const positions = { "system:shop": { x: 5, y: 7 } };

  it("types nodes, positions them, and styles edges by health, mechanism, direction and lifecycle", () => {
    const { nodes, edges } = toFlowElements(graph, positions, { highlighted: null, focusId: null, selectedId: "integration:orders" });
    expect(nodes.find((node) => node.id === "system:shop")).toMatchObject({ type: "system", position: { x: 5, y: 7 }, width: 190, data: { dimmed: false, node: { criticality: "tier1" } } });
    const orders = edges.find((edge) => edge.id === "integration:orders")!;
    expect(orders).toMatchObject({ source: "system:shop", target: "system:erp", selected: true, style: { stroke: "#b91c1c", strokeDasharray: "8 4", opacity: 1 } });
    expect(orders.markerStart).toBeDefined(); // bidirectional: arrows at both ends
    const retired = edges.find((edge) => edge.id === "integration:post")!;
    expect(retired).toMatchObject({ label: "POST · retired", style: { stroke: "#94a3b8", opacity: 0.45 } });
    expect(retired.markerStart).toBeUndefined();
  });

  it("dims everything outside an impact result and marks its focus", () => {
    const highlighted = impactHighlight({ focus: { kind: "system", id: "shop" }, graph: { nodes: ["system:erp"], edges: ["integration:orders"] } });
    const { nodes, edges } = toFlowElements(graph, positions, { highlighted, focusId: "system:shop", selectedId: "system:shop" });
    expect(nodes.find((node) => node.id === "system:shop")?.data).toMatchObject({ focus: true, highlighted: true, dimmed: false });
    expect(nodes.find((node) => node.id === "system:gl")?.data).toMatchObject({ dimmed: true, highlighted: false });
    expect(edges.find((edge) => edge.id === "integration:post2")?.style?.opacity).toBe(0.12);
    expect(edges.find((edge) => edge.id === "integration:orders")?.zIndex).toBe(1);
  });
});

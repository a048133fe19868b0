import { describe, expect, it } from "vitest";
import { clusterByDomain } from "@/lib/graph/clusters";
import { selectFilteredGraph } from "@/lib/graph/graph-view";
import { layeredLayout } from "@/lib/graph/layered-layout";
import { prepareGraph } from "@/lib/graph/prepared-graph";
import { edgesTouching, impactHighlight, LABELLED_EDGES_LIMIT, toFlowElements, viewedArea } from "@/components/graph/flow-elements";
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

  it("breaks cycles by reversing few, well-chosen edges, so that a two-way sync does not add layers", () => {
    // b feeds f, which syncs both ways with e, which feeds c. A depth-first search from b reversed the edge that
    // closed the cycle on its path (e -> f) and made b, f, e and c four layers; taking e as the sync's upstream
    // end puts b and e first, f and c second.
    const positions = layeredLayout({
      nodes: ["b", "c", "e", "f"].map(box),
      edges: [
        { source: "b", target: "f" },
        { source: "f", target: "e" },
        { source: "e", target: "f" },
        { source: "e", target: "c" },
      ],
    });
    expect(new Set(Object.values(positions).map((position) => position.x)).size).toBe(2);
    expect(positions.b.x).toBeLessThan(positions.f.x);
    expect(positions.e.x).toBeLessThan(positions.c.x);
  });

  it("wraps a long flow into bands, like lines of text, so that it fits a screen's shape", () => {
    const chain = Array.from({ length: 12 }, (_, i) => `step${String(i).padStart(2, "0")}`);
    const positions = layeredLayout({ nodes: chain.map(box), edges: chain.slice(1).map((id, i) => ({ source: chain[i], target: id })) });
    const width = Math.max(...chain.map((id) => positions[id].x)) + 100;
    const height = Math.max(...chain.map((id) => positions[id].y)) + 40;
    expect(width / height).toBeLessThan(4); // one row of twelve layers would be over 50 times wider than tall
    for (let i = 1; i < chain.length; i++) {
      const [before, after] = [positions[chain[i - 1]], positions[chain[i]]];
      // Each step is right of the one before it, or starts the next band below.
      expect(after.x > before.x || (after.x === 0 && after.y > before.y)).toBe(true);
    }
  });

  it("moves dashboards and reports fed by one system into the next layers when their own is crowded", () => {
    const sinks = Array.from({ length: 9 }, (_, i) => `report${i}`);
    const positions = layeredLayout({
      nodes: ["source", "hub", "next", "end", ...sinks].map(box),
      edges: [
        { source: "source", target: "hub" },
        { source: "hub", target: "next" },
        { source: "next", target: "end" },
        ...sinks.map((id) => ({ source: "hub", target: id })),
      ],
    });
    const columns = new Map<number, number>();
    for (const id of sinks) columns.set(positions[id].x, (columns.get(positions[id].x) ?? 0) + 1);
    expect(columns.size).toBeGreaterThan(1);
    for (const id of sinks) expect(positions[id].x).toBeGreaterThan(positions.hub.x);
  });

  it("packs separate parts in rows towards a screen's shape instead of one tall column", () => {
    const nodes: ReturnType<typeof box>[] = [];
    const edges: { source: string; target: string }[] = [];
    for (let i = 0; i < 12; i++) {
      nodes.push(box(`a${i}`), box(`b${i}`));
      edges.push({ source: `a${i}`, target: `b${i}` });
    }
    const positions = Object.values(layeredLayout({ nodes, edges }));
    const width = Math.max(...positions.map((p) => p.x)) + 100;
    const height = Math.max(...positions.map((p) => p.y)) + 40;
    expect(width / height).toBeGreaterThan(1);
    expect(width / height).toBeLessThan(4);
  });

  it("orders a layer to avoid crossings that an edge spanning several layers would cause", () => {
    // x feeds y far to the right; y's neighbour in the middle layer should sit on x's side, not cross a, b's edges.
    const positions = layeredLayout({
      nodes: ["a", "b", "c", "x", "m", "y", "z"].map(box),
      edges: [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
        { source: "x", target: "m" },
        { source: "m", target: "y" },
        { source: "x", target: "z" },
        { source: "y", target: "z" },
      ],
    });
    expect(Math.sign(positions.x.y - positions.a.y)).toBe(Math.sign(positions.m.y - positions.b.y));
  });

  it("is stable: the same graph in another order gets the same positions", () => {
    const nodes = ["p", "q", "r", "s"].map(box);
    const edges = [
      { source: "p", target: "q" },
      { source: "p", target: "r" },
      { source: "r", target: "s" },
    ];
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
    expect(collapsed.edges).toEqual([
      { type: "bundle", id: "bundle:cluster:Commerce->cluster:Finance", source: "cluster:Commerce", target: "cluster:Finance", count: 2 },
    ]);
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
    expect(nodes.find((node) => node.id === "system:shop")).toMatchObject({
      type: "system",
      position: { x: 5, y: 7 },
      width: 190,
      data: { dimmed: false, node: { criticality: "tier1" } },
    });
    const orders = edges.find((edge) => edge.id === "integration:orders")!;
    expect(orders).toMatchObject({
      source: "system:shop",
      target: "system:erp",
      selected: true,
      style: { stroke: "var(--color-red-700)", strokeDasharray: "8 4", opacity: 1 },
    });
    expect(orders.markerStart).toBeDefined(); // bidirectional: arrows at both ends
    expect(orders.label).toBeUndefined(); // active: no lifecycle label
  });

  it("hands React Flow every node already measured, handles included, so that it mounts only the nodes on screen", () => {
    const { nodes } = toFlowElements(graph, positions, { highlighted: null, focusId: null, selectedId: null });
    const shop = nodes.find((node) => node.id === "system:shop")!;
    expect(shop.measured).toEqual({ width: 190, height: 58 });
    expect(shop.handles).toEqual([
      { type: "target", position: "left", x: -3, y: 26, width: 6, height: 6 },
      { type: "source", position: "right", x: 187, y: 26, width: 6, height: 6 },
    ]);
    expect(nodes.every((node) => node.measured?.width === node.width && node.measured?.height === node.height && node.handles?.length === 2)).toBe(true);
  });

  it("leaves retired integrations out unless asked for (then struck through), and greys and dashes deprecated ones", () => {
    const withDeprecated = prepareGraph(
      catalogGraph()
        .system("a")
        .system("b")
        .integration("old", "a", "b", { lifecycle: "deprecated", mechanism: "event_message" })
        .integration("gone", "a", "b", { lifecycle: "retired" }).graph,
    );
    const view = selectFilteredGraph(withDeprecated, {});
    const none = { highlighted: null, focusId: null, selectedId: null };
    const hidden = toFlowElements(view, {}, none);
    expect(hidden.edges.map((edge) => edge.id)).toEqual(["integration:old"]);
    expect(hidden.edges[0]).toMatchObject({
      label: "OLD · deprecated",
      className: "edge-deprecated",
      style: { stroke: "var(--color-slate-500)", strokeDasharray: "6 4" },
    });

    const shown = toFlowElements(view, {}, none, { showRetired: true });
    const retired = shown.edges.find((edge) => edge.id === "integration:gone")!;
    expect(retired).toMatchObject({
      label: "GONE · retired",
      labelStyle: { textDecoration: "line-through" },
      className: "edge-retired",
      style: { stroke: "var(--color-slate-400)" },
    });
    expect(retired.markerStart).toBeUndefined();
    // A retired integration someone selected (a shared link, a neighbourhood's focus) is drawn anyway.
    expect(toFlowElements(view, {}, { ...none, selectedId: "integration:gone" }).edges.map((edge) => edge.id)).toContain("integration:gone");
  });

  it("labels lifecycles of large graphs only on selected and highlighted edges", () => {
    let builder = catalogGraph().system("hub");
    for (let i = 0; i <= LABELLED_EDGES_LIMIT; i++) builder = builder.system(`s${i}`).integration(`i${i}`, "hub", `s${i}`, { lifecycle: "deprecated" });
    const view = selectFilteredGraph(prepareGraph(builder.graph), {});
    const highlighted = new Set(["integration:i1"]);
    const { edges } = toFlowElements(view, {}, { highlighted, focusId: null, selectedId: "integration:i2" });
    expect(
      edges
        .filter((edge) => edge.label !== undefined)
        .map((edge) => edge.id)
        .sort(),
    ).toEqual(["integration:i1", "integration:i2"]);
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

describe("edgesTouching (what a large graph draws around the screen)", () => {
  const node = (id: string, x: number, y: number) => ({ id, position: { x, y }, width: 100, height: 40 });
  const nodes = [node("here", 0, 0), node("near", 900, 0), node("far", 5000, 5000), node("farther", 9000, 9000)];
  const edge = (id: string, source: string, target: string) => ({ id, source, target });
  const edges = [edge("in", "here", "near"), edge("out", "near", "far"), edge("through", "far", "farther"), edge("chosen", "farther", "far")];

  it("keeps the edges with an end in the viewed area, and the selected one", () => {
    const area = viewedArea({ x: 0, y: 0, zoom: 1 }, { width: 800, height: 600 }, 0.5);
    expect(area).toEqual({ x: -400, y: -300, width: 1600, height: 1200 });
    expect(edgesTouching(edges, nodes, area, "chosen").map((e) => e.id)).toEqual(["in", "out", "chosen"]);
  });

  it("follows the viewport: panned and zoomed out, other edges touch the screen", () => {
    const area = viewedArea({ x: -4000, y: -4000, zoom: 0.5 }, { width: 800, height: 600 }, 0);
    expect(area).toEqual({ x: 8000, y: 8000, width: 1600, height: 1200 });
    expect(edgesTouching(edges, nodes, area, null).map((e) => e.id)).toEqual(["through", "chosen"]);
  });
});

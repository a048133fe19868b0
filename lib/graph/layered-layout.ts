/**
 * A layered (Sugiyama-style) left-to-right layout, small enough to run in a Web Worker with no dependency:
 * cycles are broken by reversing depth-first back edges, layers are longest paths from the sources, and a few
 * barycenter sweeps order each layer to reduce crossings. Each connected part is laid out on its own and the
 * parts are stacked, largest first; lone nodes are packed in a grid underneath. Deterministic: the same graph
 * always gets the same positions (nodes are visited in id order), so the picture does not jump on reload.
 * See docs/decisions/009-dependency-graph.md for why not elkjs or dagre.
 */
export interface LayoutInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { source: string; target: string }[];
}

export interface LayoutOptions {
  layerGap?: number;
  nodeGap?: number;
  componentGap?: number;
  sweeps?: number;
}

export type Positions = Record<string, { x: number; y: number }>;

export function layeredLayout(input: LayoutInput, options: LayoutOptions = {}): Positions {
  const { layerGap = 90, nodeGap = 24, componentGap = 80, sweeps = 4 } = options;
  const size = new Map(input.nodes.map((node) => [node.id, node]));
  const ids = [...size.keys()].sort();
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  const undirected = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { source, target } of input.edges) {
    if (source === target || !size.has(source) || !size.has(target)) continue;
    out.get(source)!.push(target);
    undirected.get(source)!.push(target);
    undirected.get(target)!.push(source);
  }
  for (const list of out.values()) list.sort();

  const positions: Positions = {};
  const loners: string[] = [];
  const components: string[][] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    const component: string[] = [];
    const stack = [id];
    seen.add(id);
    while (stack.length > 0) {
      const current = stack.pop()!;
      component.push(current);
      for (const next of undirected.get(current)!) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    if (component.length === 1) loners.push(id);
    else components.push(component.sort());
  }
  components.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));

  let top = 0;
  let widest = 0;
  for (const component of components) {
    const layers = orderLayers(component, out, sweeps);
    let x = 0;
    let height = 0;
    const columns = layers.map((layer) => {
      const columnWidth = Math.max(...layer.map((id) => size.get(id)!.width));
      const columnHeight = layer.reduce((sum, id) => sum + size.get(id)!.height, 0) + nodeGap * (layer.length - 1);
      height = Math.max(height, columnHeight);
      const column = { layer, x, columnHeight };
      x += columnWidth + layerGap;
      return column;
    });
    for (const { layer, x: columnX, columnHeight } of columns) {
      let y = top + (height - columnHeight) / 2;
      for (const id of layer) {
        positions[id] = { x: columnX, y };
        y += size.get(id)!.height + nodeGap;
      }
    }
    widest = Math.max(widest, x - layerGap);
    top += height + componentGap;
  }

  // Lone nodes: a grid as wide as the widest part (or a square-ish grid when there is nothing else).
  if (loners.length > 0) {
    const cell = Math.max(...loners.map((id) => size.get(id)!.width)) + nodeGap;
    const rowHeight = Math.max(...loners.map((id) => size.get(id)!.height)) + nodeGap;
    const perRow = Math.max(1, widest > 0 ? Math.floor((widest + nodeGap) / cell) : Math.ceil(Math.sqrt(loners.length)));
    loners.forEach((id, i) => {
      positions[id] = { x: (i % perRow) * cell, y: top + Math.floor(i / perRow) * rowHeight };
    });
  }
  return positions;
}

/** Layers of one connected part, each in crossing-reducing order. */
function orderLayers(component: string[], out: Map<string, string[]>, sweeps: number): string[][] {
  const members = new Set(component);
  // Break cycles: an iterative depth-first search marks edges that point back into the current path.
  const forward = new Map<string, string[]>(component.map((id) => [id, []]));
  const state = new Map<string, 1 | 2>();
  for (const root of component) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const targets = out.get(frame.id)!;
      if (frame.next >= targets.length) {
        state.set(frame.id, 2);
        stack.pop();
        continue;
      }
      const target = targets[frame.next++];
      if (!members.has(target)) continue;
      const targetState = state.get(target);
      if (targetState === 1) {
        forward.get(target)!.push(frame.id); // a back edge: reversed
      } else {
        forward.get(frame.id)!.push(target);
        if (targetState === undefined) {
          state.set(target, 1);
          stack.push({ id: target, next: 0 });
        }
      }
    }
  }
  // Longest-path layering over the now acyclic edges (Kahn's order).
  const indegree = new Map(component.map((id) => [id, 0]));
  for (const targets of forward.values()) for (const target of targets) indegree.set(target, indegree.get(target)! + 1);
  const layerOf = new Map(component.map((id) => [id, 0]));
  const queue = component.filter((id) => indegree.get(id) === 0);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    for (const target of forward.get(id)!) {
      layerOf.set(target, Math.max(layerOf.get(target)!, layerOf.get(id)! + 1));
      indegree.set(target, indegree.get(target)! - 1);
      if (indegree.get(target) === 0) queue.push(target);
    }
  }
  const layers: string[][] = [];
  for (const id of queue) (layers[layerOf.get(id)!] ??= []).push(id);
  const compact = layers.filter((layer) => layer && layer.length > 0);

  const predecessors = new Map<string, string[]>(component.map((id) => [id, []]));
  for (const [source, targets] of forward) for (const target of targets) predecessors.get(target)!.push(source);
  const index = new Map<string, number>();
  const reindex = (layer: string[]) => layer.forEach((id, i) => index.set(id, i));
  compact.forEach(reindex);
  const barycenter = (neighbours: string[], fallback: number) =>
    neighbours.length === 0 ? fallback : neighbours.reduce((sum, id) => sum + index.get(id)!, 0) / neighbours.length;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const downward = sweep % 2 === 0;
    const order = downward ? compact.slice(1) : compact.slice(0, -1).reverse();
    for (const layer of order) {
      const weights = new Map(layer.map((id) => [id, barycenter(downward ? predecessors.get(id)! : forward.get(id)!, index.get(id)!)]));
      layer.sort((a, b) => weights.get(a)! - weights.get(b)! || a.localeCompare(b));
      reindex(layer);
    }
  }
  return compact;
}

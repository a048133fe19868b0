/**
 * A layered (Sugiyama-style) left-to-right layout, small enough to run in a Web Worker with no dependency.
 *
 * 1. Cycles are broken with the greedy heuristic of Eades, Lin and Smyth (sinks last, sources first, then the
 *    node with the most outgoing minus incoming edges), which reverses few edges and so keeps the chain of layers
 *    short; a depth-first search reverses whatever closes a cycle on its path, and in a densely connected catalog
 *    that made one layer per step of a long path (a wide strip).
 * 2. Layers are longest paths from the sources; a source then moves right next to the first thing it feeds.
 * 3. A long edge gets a dummy node in every layer it crosses, so that crossing reduction (barycenter sweeps with
 *    adjacent swaps) sees it; dummies take no room when drawn.
 * 4. Vertical positions: nodes keep their order and gaps and move towards the mean position of their neighbours
 *    (a few sweeps each way), so that edges are short and mostly flat.
 * 5. Connected parts and lone nodes are packed in rows towards the shape of a laptop screen, largest first.
 * Deterministic: the same graph always gets the same positions (ties are broken by node id), so the picture does
 * not jump on reload. See docs/decisions/009-dependency-graph.md for why not elkjs or dagre.
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
  /** Width / height the packed parts aim for. */
  aspectRatio?: number;
}

export type Positions = Record<string, { x: number; y: number }>;

const MIN_LAYERS_TO_WRAP = 6;
const LARGE_ORDERING = 10_000;

interface Part {
  positions: { id: number; x: number; y: number }[];
  width: number;
  height: number;
}

export function layeredLayout(input: LayoutInput, options: LayoutOptions = {}): Positions {
  const { layerGap = 90, nodeGap = 24, componentGap = 80, sweeps = 8, aspectRatio = 1.6 } = options;
  const ids = [...new Set(input.nodes.map((node) => node.id))].sort();
  const numberOf = new Map(ids.map((id, n) => [id, n]));
  const sizes = new Map(input.nodes.map((node) => [node.id, node]));
  const width = ids.map((id) => sizes.get(id)!.width);
  const height = ids.map((id) => sizes.get(id)!.height);
  const out: number[][] = ids.map(() => []);
  const neighbours: number[][] = ids.map(() => []);
  const seenEdges = new Set<number>();
  for (const { source, target } of input.edges) {
    const a = numberOf.get(source);
    const b = numberOf.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a * ids.length + b;
    if (seenEdges.has(key)) continue; // parallel edges weigh nothing more in the layout
    seenEdges.add(key);
    out[a].push(b);
    neighbours[a].push(b);
    neighbours[b].push(a);
  }
  for (const list of out) list.sort((a, b) => a - b);

  const parts: Part[] = [];
  const loners: number[] = [];
  const seen = new Uint8Array(ids.length);
  for (let root = 0; root < ids.length; root++) {
    if (seen[root]) continue;
    const component: number[] = [];
    const stack = [root];
    seen[root] = 1;
    while (stack.length > 0) {
      const current = stack.pop()!;
      component.push(current);
      for (const next of neighbours[current]) {
        if (seen[next]) continue;
        seen[next] = 1;
        stack.push(next);
      }
    }
    if (component.length === 1) loners.push(root);
    else
      parts.push(
        layoutComponent(
          component.sort((a, b) => a - b),
          out,
          width,
          height,
          { layerGap, nodeGap, sweeps, aspectRatio },
        ),
      );
  }
  if (loners.length > 0) parts.push(gridOf(loners, width, height, nodeGap, aspectRatio));

  const positions: Positions = {};
  for (const { positions: placed, offsetX, offsetY } of packParts(parts, componentGap, aspectRatio)) {
    for (const { id, x, y } of placed) positions[ids[id]] = { x: x + offsetX, y: y + offsetY };
  }
  return positions;
}

/** Lone nodes in a grid of the target shape. */
function gridOf(loners: number[], width: number[], height: number[], gap: number, aspectRatio: number): Part {
  const cell = Math.max(...loners.map((n) => width[n])) + gap;
  const row = Math.max(...loners.map((n) => height[n])) + gap;
  const perRow = Math.max(1, Math.round(Math.sqrt((loners.length * aspectRatio * row) / cell)));
  const positions = loners.map((id, i) => ({ id, x: (i % perRow) * cell, y: Math.floor(i / perRow) * row }));
  return { positions, width: Math.min(perRow, loners.length) * cell - gap, height: Math.ceil(loners.length / perRow) * row - gap };
}

/** Shelf packing: parts in rows no wider than a target that gives the whole the aimed shape, tallest first. */
function packParts(parts: Part[], gap: number, aspectRatio: number): (Part & { offsetX: number; offsetY: number })[] {
  const area = parts.reduce((sum, part) => sum + (part.width + gap) * (part.height + gap), 0);
  const rowWidth = Math.max(Math.sqrt(area * aspectRatio), ...parts.map((part) => part.width));
  const order = parts.map((part, i) => ({ part, i })).sort((a, b) => b.part.height - a.part.height || b.part.width - a.part.width || a.i - b.i);
  const placed: (Part & { offsetX: number; offsetY: number })[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const { part } of order) {
    if (x > 0 && x + part.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    placed.push({ ...part, offsetX: x, offsetY: y });
    x += part.width + gap;
    rowHeight = Math.max(rowHeight, part.height);
  }
  return placed;
}

/**
 * Greedy cycle removal (Eades, Lin, Smyth 1993) over local numbers 0..size-1: an order in which few edges point
 * backwards. Sinks go last and sources first as they appear; otherwise the node with the most outgoing minus
 * incoming edges goes first.
 */
function acyclicOrder(size: number, out: number[][], into: number[][]): Int32Array {
  const outDegree = Int32Array.from(out, (list) => list.length);
  const inDegree = Int32Array.from(into, (list) => list.length);
  const removed = new Uint8Array(size);
  const head: number[] = [];
  const tail: number[] = [];
  const ready: number[] = [];
  for (let n = 0; n < size; n++) if (outDegree[n] === 0 || inDegree[n] === 0) ready.push(n);
  let left = size;
  const remove = (n: number) => {
    removed[n] = 1;
    left--;
    for (const m of out[n]) if (!removed[m] && --inDegree[m] === 0) ready.push(m);
    for (const m of into[n]) if (!removed[m] && --outDegree[m] === 0) ready.push(m);
  };
  let scan = 0;
  while (left > 0) {
    while (ready.length > 0) {
      const n = ready.pop()!;
      if (removed[n]) continue;
      if (outDegree[n] === 0) tail.push(n);
      else head.push(n);
      remove(n);
    }
    if (left === 0) break;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let n = scan; n < size; n++) {
      if (removed[n]) continue;
      const score = outDegree[n] - inDegree[n];
      if (score > bestScore) {
        best = n;
        bestScore = score;
      }
    }
    while (removed[scan]) scan++;
    head.push(best);
    remove(best);
  }
  const order = new Int32Array(size);
  [...head, ...tail.reverse()].forEach((n, i) => (order[n] = i));
  return order;
}

/** Lays out one connected part; `members` are global node numbers, positions come back by global number. */
function layoutComponent(
  members: number[],
  globalOut: number[][],
  width: number[],
  height: number[],
  { layerGap, nodeGap, sweeps, aspectRatio }: { layerGap: number; nodeGap: number; sweeps: number; aspectRatio: number },
): Part {
  const size = members.length;
  const local = new Map(members.map((n, i) => [n, i]));
  const out: number[][] = members.map((n) => globalOut[n].filter((m) => local.has(m)).map((m) => local.get(m)!));
  const into: number[][] = members.map(() => []);
  out.forEach((targets, n) => targets.forEach((m) => into[m].push(n)));
  const order = acyclicOrder(size, out, into);

  // The acyclic edges: every edge from earlier to later in `order` (a backward one reversed, parallel ones once).
  const successors: number[][] = members.map(() => []);
  const predecessors: number[][] = members.map(() => []);
  const linked = new Set<number>();
  out.forEach((targets, n) => {
    for (const m of targets) {
      const [from, to] = order[n] < order[m] ? [n, m] : [m, n];
      if (linked.has(from * size + to)) continue;
      linked.add(from * size + to);
      successors[from].push(to);
      predecessors[to].push(from);
    }
  });
  const topological = Array.from({ length: size }, (_, n) => n).sort((a, b) => order[a] - order[b]);
  const layerOf = new Int32Array(size);
  for (const n of topological) for (const p of predecessors[n]) layerOf[n] = Math.max(layerOf[n], layerOf[p] + 1);
  // A source feeds from nothing: put it just before the first thing it feeds rather than in the first layer.
  for (const n of topological) {
    if (predecessors[n].length > 0 || successors[n].length === 0) continue;
    layerOf[n] = Math.min(...successors[n].map((s) => layerOf[s])) - 1;
  }

  let layerCount = 0;
  for (let n = 0; n < size; n++) layerCount = Math.max(layerCount, layerOf[n] + 1);
  // A sink (a dashboard, a report) piles up in the layer after what feeds it; moving it up to two layers on, where
  // there is more room, keeps the tallest layer (and so the whole picture) shorter.
  const layerSize = new Int32Array(layerCount);
  for (let n = 0; n < size; n++) layerSize[layerOf[n]]++;
  for (const n of topological) {
    if (successors[n].length > 0 || predecessors[n].length === 0) continue;
    let target = layerOf[n];
    for (let layer = layerOf[n] + 1; layer <= Math.min(layerCount - 1, layerOf[n] + 2); layer++) if (layerSize[layer] + 1 < layerSize[target]) target = layer;
    layerSize[layerOf[n]]--;
    layerSize[target]++;
    layerOf[n] = target;
  }

  // Dummy nodes (numbers from `size` up) along edges longer than one layer, for crossing reduction only.
  const layers: number[][] = Array.from({ length: layerCount }, () => []);
  for (const n of topological) layers[layerOf[n]].push(n);
  const down: number[][] = members.map(() => []);
  const up: number[][] = members.map(() => []);
  for (const n of topological) {
    for (const m of successors[n]) {
      let previous = n;
      for (let layer = layerOf[n] + 1; layer < layerOf[m]; layer++) {
        const dummy = down.length;
        down.push([]);
        up.push([previous]);
        down[previous].push(dummy);
        layers[layer].push(dummy);
        previous = dummy;
      }
      down[previous].push(m);
      up[m].push(previous);
    }
  }

  // Crossing reduction: barycenter sweeps down and up, keeping the best order seen.
  const index = new Float64Array(down.length);
  const reindex = (layer: number[]) => layer.forEach((n, i) => (index[n] = i));
  layers.forEach(reindex);
  const crossings = () => {
    let total = 0;
    for (let l = 0; l + 1 < layers.length; l++) {
      const ends: number[] = [];
      for (const n of layers[l]) for (const m of down[n]) ends.push(index[n] * down.length + index[m]);
      ends.sort((a, b) => a - b);
      // Inversions of the lower ends: a Fenwick tree over the next layer.
      const tree = new Int32Array(layers[l + 1].length + 1);
      for (let i = ends.length - 1; i >= 0; i--) {
        const target = ends[i] % down.length;
        for (let k = target; k > 0; k -= k & -k) total += tree[k];
        for (let k = target + 1; k < tree.length; k += k & -k) tree[k]++;
      }
    }
    return total;
  };
  const weight = new Float64Array(down.length);
  let best = layers.map((layer) => [...layer]);
  let fewest = crossings();
  // Thousands of dummies (a large, densely connected catalog): half the sweeps, which find most of the gain.
  const sweepCount = down.length > LARGE_ORDERING ? Math.ceil(sweeps / 2) : sweeps;
  for (let sweep = 0; sweep < sweepCount && fewest > 0; sweep++) {
    const downward = sweep % 2 === 0;
    const sequence = downward ? layers.slice(1) : layers.slice(0, -1).reverse();
    for (const layer of sequence) {
      for (const n of layer) {
        const adjacent = downward ? up[n] : down[n];
        let sum = 0;
        for (const m of adjacent) sum += index[m];
        weight[n] = adjacent.length === 0 ? index[n] : sum / adjacent.length;
      }
      layer.sort((a, b) => weight[a] - weight[b] || index[a] - index[b]);
      reindex(layer);
    }
    const now = crossings();
    if (now < fewest) {
      fewest = now;
      best = layers.map((layer) => [...layer]);
    }
  }

  // Vertical positions: real nodes only, in crossing-reduced order, pulled towards their neighbours.
  const real = best.map((layer) => layer.filter((n) => n < size)).filter((layer) => layer.length > 0);
  const tall = (n: number) => height[members[n]];
  const y = new Float64Array(size);
  for (const layer of real) {
    let top = 0;
    for (const n of layer) {
      y[n] = top;
      top += tall(n) + nodeGap;
    }
  }
  const place = (layer: number[], wanted: (n: number) => number) => {
    // The nearest placement to the wanted tops that keeps the order and the gaps: the mean of the placements
    // packed from the top and from the bottom (both keep the gaps, so their mean does too).
    const fromTop = layer.map(wanted);
    for (let i = 1; i < layer.length; i++) fromTop[i] = Math.max(fromTop[i], fromTop[i - 1] + tall(layer[i - 1]) + nodeGap);
    const fromBottom = layer.map(wanted);
    for (let i = layer.length - 2; i >= 0; i--) fromBottom[i] = Math.min(fromBottom[i], fromBottom[i + 1] - tall(layer[i]) - nodeGap);
    layer.forEach((n, i) => (y[n] = (fromTop[i] + fromBottom[i]) / 2));
  };
  for (let pass = 0; pass < 4; pass++) {
    const downward = pass % 2 === 0;
    const sequence = downward ? real.slice(1) : real.slice(0, -1).reverse();
    for (const layer of sequence) {
      place(layer, (n) => {
        const adjacent = downward ? predecessors[n] : successors[n];
        if (adjacent.length === 0) return y[n];
        let sum = 0;
        for (const m of adjacent) sum += y[m] + tall(m) / 2;
        return sum / adjacent.length - tall(n) / 2;
      });
    }
  }

  return wrapIntoBands(
    real.map((layer) => layer.map((n) => ({ id: members[n], y: y[n], width: width[members[n]], height: tall(n) }))),
    { layerGap, bandGap: layerGap * 1.5, aspectRatio },
  );
}

/**
 * A long flow (a dozen layers of a few nodes each) is a wide strip that fits a screen only at an unreadable zoom:
 * like a line of text, it is wrapped into bands of consecutive layers, stacked top to bottom, as many as make the
 * whole fit the aimed shape at the largest zoom. Edges into the next band run back to its start.
 */
function wrapIntoBands(
  columns: { id: number; y: number; width: number; height: number }[][],
  { layerGap, bandGap, aspectRatio }: { layerGap: number; bandGap: number; aspectRatio: number },
): Part {
  const columnWidths = columns.map((column) => Math.max(...column.map((node) => node.width)));
  const bandsOf = (count: number) => {
    const perBand = Math.ceil(columns.length / count);
    return Array.from({ length: Math.ceil(columns.length / perBand) }, (_, band) =>
      columns.slice(band * perBand, (band + 1) * perBand).map((_, i) => band * perBand + i),
    );
  };
  const measure = (bands: number[][]) => {
    const extents = bands.map((band) => {
      const nodes = band.flatMap((column) => columns[column]);
      const top = Math.min(...nodes.map((node) => node.y));
      const bottom = Math.max(...nodes.map((node) => node.y + node.height));
      return { top, height: bottom - top, width: band.reduce((sum, column) => sum + columnWidths[column], 0) + layerGap * (band.length - 1) };
    });
    const width = Math.max(...extents.map((extent) => extent.width));
    const height = extents.reduce((sum, extent) => sum + extent.height, 0) + bandGap * (bands.length - 1);
    return { extents, width, height, zoom: Math.min(aspectRatio / width, 1 / height) };
  };
  let bands = bandsOf(1);
  let best = measure(bands);
  // A handful of layers fits at a readable zoom as it is.
  for (let count = 2; columns.length >= MIN_LAYERS_TO_WRAP && count <= Math.min(columns.length / 2, 8); count++) {
    const candidate = bandsOf(count);
    const measured = measure(candidate);
    if (measured.zoom > best.zoom * 1.05) {
      bands = candidate;
      best = measured;
    }
  }
  const positions: Part["positions"] = [];
  let top = 0;
  bands.forEach((band, b) => {
    let x = 0;
    for (const column of band) {
      for (const node of columns[column]) positions.push({ id: node.id, x, y: node.y - best.extents[b].top + top });
      x += columnWidths[column] + layerGap;
    }
    top += best.extents[b].height + bandGap;
  });
  return { positions, width: best.width, height: best.height };
}

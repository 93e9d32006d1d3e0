import type { SuppressionGrid } from './suppression-grid';

/**
 * Protection beyond the DfE's line-by-line rule. Think of each line (row or column with a total)
 * as a node and each suppressed cell as an edge joining its row's line to its column's line (or to
 * a "free" node when the cell is in only one line). An onlooker who combines several lines can
 * work out a suppressed cell exactly when its edge is a bridge — no cycle of suppressed cells runs
 * through it (e.g. two blocks of suppressed cells joined by one). Every line with exactly one
 * suppressed cell is such a bridge, which is why the DfE rule works; this closes the rest by
 * suppressing the cheapest path of further cells (smallest total value, never a zero) that puts
 * the bridge on a cycle. Returns whether it suppressed anything.
 */
export function closeSuppressionChains(grid: SuppressionGrid): boolean {
  const free = grid.lines.length;
  const bridge = findBridge(free + 1, suppressedEdges(grid, free));
  if (bridge === null) return false;
  const path = cheapestPath(grid, free, bridge);
  const cells = path ?? allShownNonZero(grid);
  for (const k of cells) grid.suppressed[k] = 1;
  return cells.length > 0;
}

interface Edge {
  readonly cell: number;
  readonly a: number;
  readonly b: number;
}

/** The two nodes a cell joins, or null when it is in no line (nothing can be subtracted from it). */
function endpoints(grid: SuppressionGrid, cell: number, free: number): [number, number] | null {
  const a = grid.rowLine[Math.floor(cell / grid.width)];
  const b = grid.columnLine[cell % grid.width];
  if (a < 0 && b < 0) return null;
  return [a < 0 ? free : a, b < 0 ? free : b];
}

function suppressedEdges(grid: SuppressionGrid, free: number): Edge[] {
  const edges: Edge[] = [];
  for (let k = 0; k < grid.suppressed.length; k++) {
    const ends = grid.suppressed[k] ? endpoints(grid, k, free) : null;
    if (ends) edges.push({ cell: k, a: ends[0], b: ends[1] });
  }
  return edges;
}

/** The first bridge found by Tarjan's depth-first search (multi-edges allowed), or null. */
function findBridge(nodes: number, edges: readonly Edge[]): Edge | null {
  const adjacent: [number, number][][] = Array.from({ length: nodes }, () => []);
  edges.forEach((e, id) => { adjacent[e.a].push([e.b, id]); adjacent[e.b].push([e.a, id]); });
  const found = new Array<number | null>(nodes).fill(null);
  const low = new Int32Array(nodes);
  let time = 0;
  const visit = (u: number, via: number): number => {
    found[u] = low[u] = time++;
    for (const [v, id] of adjacent[u]) {
      if (id === via) continue;
      if (found[v] !== null) { low[u] = Math.min(low[u], found[v]!); continue; }
      const bridge = visit(v, id);
      if (bridge >= 0) return bridge;
      low[u] = Math.min(low[u], low[v]);
      if (low[v] > found[u]!) return id;
    }
    return -1;
  };
  for (let u = 0; u < nodes; u++) {
    if (found[u] !== null || adjacent[u].length === 0) continue;
    const bridge = visit(u, -1);
    if (bridge >= 0) return edges[bridge];
  }
  return null;
}

/** Dijkstra between the bridge's ends without it: suppressed cells cost 0, shown non-zero cells their value. */
function cheapestPath(grid: SuppressionGrid, free: number, bridge: Edge): number[] | null {
  const edges: Edge[] = [];
  for (let k = 0; k < grid.values.length; k++) {
    if (k === bridge.cell || !grid.present[k] || (!grid.suppressed[k] && grid.values[k] <= 0)) continue;
    const ends = endpoints(grid, k, free);
    if (ends) edges.push({ cell: k, a: ends[0], b: ends[1] });
  }
  const cost = (e: Edge) => (grid.suppressed[e.cell] ? 0 : grid.values[e.cell]);
  const via = shortestPaths(free + 1, edges, cost, bridge.a);
  if (via[bridge.b] === undefined) return null;
  const cells: number[] = [];
  for (let node = bridge.b; node !== bridge.a; ) {
    const e = via[node]!;
    if (!grid.suppressed[e.cell]) cells.push(e.cell);
    node = e.a === node ? e.b : e.a;
  }
  return cells;
}

function shortestPaths(nodes: number, edges: readonly Edge[], cost: (e: Edge) => number, from: number): (Edge | undefined)[] {
  const distance = new Array<number>(nodes).fill(Infinity);
  const via = new Array<Edge | undefined>(nodes);
  const done = new Uint8Array(nodes);
  distance[from] = 0;
  for (;;) {
    let u = -1;
    for (let n = 0; n < nodes; n++) if (!done[n] && distance[n] < Infinity && (u < 0 || distance[n] < distance[u])) u = n;
    if (u < 0) return via;
    done[u] = 1;
    for (const e of edges) {
      if (e.a !== u && e.b !== u) continue;
      const v = e.a === u ? e.b : e.a;
      if (distance[u] + cost(e) < distance[v]) { distance[v] = distance[u] + cost(e); via[v] = e; }
    }
  }
}

/** Unreachable when the totals add up (a total path always exists); suppressing everything is the safe fallback. */
function allShownNonZero(grid: SuppressionGrid): number[] {
  const cells: number[] = [];
  for (let k = 0; k < grid.values.length; k++) if (grid.present[k] && !grid.suppressed[k] && grid.values[k] > 0) cells.push(k);
  return cells;
}

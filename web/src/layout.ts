// The revision graph's layout: layers from the base (bottom) up to the heads (top), as dagre
// drew it, but linear in the size of the graph and without recursion, so a history of 10,000
// revisions (a chain, or thousands of sibling heads) lays out in milliseconds. Pure: it runs in
// the tasks worker (tasks.worker.ts), and node's unit tests import it.
//
// Steps: every node gets a rank (longest path from the base, through down_revisions and
// depends_on); an edge that skips ranks gets a chain of small dummy nodes, so it bends around the
// revisions in between; a few barycenter sweeps order each rank (fewer crossings); then x goes
// left to right, each node as close as it may to the mean of the nodes below it, so a chain is a
// straight line. Ids are user data: they only ever are values in a Map, never keys of an object.

export interface LayoutRevision {
  id: string;
  down_revisions: string[];
  depends_on: string[];
}

/**
 * Where everything goes, in typed arrays (they cross from the tasks worker to the page without a
 * copy). Node 0 is the base, node i the i-th revision of the input (NaN for a repeated id);
 * coordinates are centers. Edge e runs from node `edgeFrom[e]` (below) to `edgeTo[e]` (above),
 * through the points edgePoints[2*edgeStart[e] ... 2*edgeStart[e+1]) as x, y pairs: from the top of
 * the lower node to the bottom of the upper one.
 */
export interface Layout {
  width: number;
  height: number;
  x: Float64Array;
  y: Float64Array;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** 0: down_revision, 1: depends_on. */
  edgeKind: Uint8Array;
  edgeStart: Int32Array;
  edgePoints: Float64Array;
}

export const NODE = { width: 212, height: 50 };
export const BASE_NODE = { width: 96, height: 30 };
const NODE_SEP = 22;
const DUMMY_SEP = 10;
const DUMMY_WIDTH = 8;
const RANK_SEP = 34;
const MARGIN = 10;
const SWEEPS = 4;
/** Beyond this many dummy nodes in all, long edges are drawn straight (a pathological graph). */
const MAX_DUMMIES = 100_000;

interface Work {
  width: number[];
  height: number[];
  dummy: boolean[];
  rank: number[];
  /** Edges that span exactly one rank after the dummies: below -> above. */
  up: number[][];
  down: number[][];
}

/** The layout of the base and `revisions` (any order; unknown parents are ignored). */
export function layoutGraph(revisions: LayoutRevision[]): Layout {
  const count = revisions.length + 1; // node 0 is the base
  const index = new Map<string, number>();
  revisions.forEach((rev, i) => {
    if (!index.has(rev.id)) index.set(rev.id, i + 1);
  });

  // The graph's edges, below -> above.
  const edges: { from: number; to: number; kind: 'down' | 'depends' }[] = [];
  revisions.forEach((rev, i) => {
    const to = i + 1;
    if (index.get(rev.id) !== to) return; // a duplicate id: drawn once, alone
    const first = edges.length;
    const has = (from: number) => {
      for (let k = first; k < edges.length; k++) if (edges[k].from === from) return true;
      return false;
    };
    for (const id of rev.down_revisions) {
      const from = index.get(id);
      if (from !== undefined && from !== to && !has(from)) edges.push({ from, to, kind: 'down' });
    }
    if (edges.length === first) edges.push({ from: 0, to, kind: 'down' });
    for (const id of rev.depends_on) {
      const from = index.get(id);
      if (from !== undefined && from !== to && !has(from)) edges.push({ from, to, kind: 'depends' });
    }
  });

  const rank = ranks(count, edges);
  const w: Work = { width: [], height: [], dummy: [], rank: [], up: [], down: [] };
  for (let n = 0; n < count; n++) {
    const size = n === 0 ? BASE_NODE : NODE;
    w.width.push(size.width);
    w.height.push(size.height);
    w.dummy.push(false);
    w.rank.push(rank[n]);
    w.up.push([]);
    w.down.push([]);
  }
  const link = (a: number, b: number) => {
    w.up[a].push(b);
    w.down[b].push(a);
  };
  let dummies = 0;
  for (const e of edges) dummies += Math.max(0, rank[e.to] - rank[e.from] - 1);
  const bend = dummies <= MAX_DUMMIES;
  // Each edge's chain of nodes, from `from` to `to` (dummies in between when `bend`). An edge
  // that does not point upwards (on a cycle) is drawn straight and leaves the ordering alone.
  const chains: number[][] = edges.map((e) => {
    const chain = [e.from];
    if (rank[e.to] <= rank[e.from]) return [e.from, e.to];
    if (bend) {
      for (let r = rank[e.from] + 1; r < rank[e.to]; r++) {
        const d = w.width.length;
        w.width.push(DUMMY_WIDTH);
        w.height.push(0);
        w.dummy.push(true);
        w.rank.push(r);
        w.up.push([]);
        w.down.push([]);
        link(chain[chain.length - 1], d);
        chain.push(d);
      }
    }
    link(chain[chain.length - 1], e.to);
    chain.push(e.to);
    return chain;
  });

  const layers = order(w);
  const { x, y, width, height } = place(w, layers);
  const nodeX = new Float64Array(count);
  const nodeY = new Float64Array(count);
  for (let n = 0; n < count; n++) {
    const kept = n === 0 || index.get(revisions[n - 1].id) === n;
    nodeX[n] = kept ? x[n] : NaN;
    nodeY[n] = kept ? y[n] : NaN;
  }
  const edgeStart = new Int32Array(edges.length + 1);
  let points = 0;
  chains.forEach((chain, e) => {
    edgeStart[e] = points;
    points += chain.length;
  });
  edgeStart[edges.length] = points;
  const edgePoints = new Float64Array(2 * points);
  chains.forEach((chain, e) => {
    let at = 2 * edgeStart[e];
    const last = chain.length - 1;
    chain.forEach((node, k) => {
      edgePoints[at++] = x[node];
      // The ends touch the boxes: the top of the lower node, the bottom of the upper one.
      edgePoints[at++] = k === 0 ? y[node] - w.height[node] / 2 : k === last ? y[node] + w.height[node] / 2 : y[node];
    });
  });
  return {
    width,
    height,
    x: nodeX,
    y: nodeY,
    edgeFrom: Int32Array.from(edges, (e) => e.from),
    edgeTo: Int32Array.from(edges, (e) => e.to),
    edgeKind: Uint8Array.from(edges, (e) => (e.kind === 'depends' ? 1 : 0)),
    edgeStart,
    edgePoints,
  };
}

/**
 * Revisions in a form that crosses to the worker cheaply (a copy of 10,000 objects with arrays is a
 * stall of its own): ids, and each revision's parents as indices into them. Parents not among the
 * ids are left out (the layout ignores them anyway).
 */
export interface PackedRevisions {
  ids: string[];
  downStart: Int32Array;
  downs: Int32Array;
  depStart: Int32Array;
  deps: Int32Array;
}

export function packRevisions(revisions: LayoutRevision[]): PackedRevisions {
  const index = new Map<string, number>();
  revisions.forEach((rev, i) => {
    if (!index.has(rev.id)) index.set(rev.id, i);
  });
  const pack = (lists: (rev: LayoutRevision) => string[]) => {
    const start = new Int32Array(revisions.length + 1);
    const flat: number[] = [];
    revisions.forEach((rev, i) => {
      start[i] = flat.length;
      for (const id of lists(rev)) {
        const at = index.get(id);
        if (at !== undefined) flat.push(at);
      }
    });
    start[revisions.length] = flat.length;
    return { start, flat: Int32Array.from(flat) };
  };
  const downs = pack((rev) => rev.down_revisions);
  const deps = pack((rev) => rev.depends_on);
  return { ids: revisions.map((rev) => rev.id), downStart: downs.start, downs: downs.flat, depStart: deps.start, deps: deps.flat };
}

export function unpackRevisions(packed: PackedRevisions): LayoutRevision[] {
  const { ids } = packed;
  const list = (start: Int32Array, flat: Int32Array, i: number) => Array.from(flat.subarray(start[i], start[i + 1]), (at) => ids[at]);
  return ids.map((id, i) => ({ id, down_revisions: list(packed.downStart, packed.downs, i), depends_on: list(packed.depStart, packed.deps, i) }));
}

export function packedBuffers(packed: PackedRevisions): ArrayBuffer[] {
  return [packed.downStart, packed.downs, packed.depStart, packed.deps].map((a) => a.buffer as ArrayBuffer);
}

/** The typed arrays of a layout, to transfer them (postMessage) instead of copying. */
export function layoutBuffers(layout: Layout): ArrayBuffer[] {
  return [layout.x, layout.y, layout.edgeFrom, layout.edgeTo, layout.edgeKind, layout.edgeStart, layout.edgePoints].map((a) => a.buffer as ArrayBuffer);
}

/**
 * Each node's rank: one more than the highest rank below it (the base is 0), in topological
 * order (Kahn). Nodes on a cycle (the core refuses those, but the page must not hang on one) get
 * ranks in input order from the edges already ranked; the edge that closes the cycle points down.
 */
function ranks(count: number, edges: { from: number; to: number }[]): number[] {
  const rank = new Array<number>(count).fill(0);
  const incoming = new Array<number>(count).fill(0);
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const e of edges) {
    incoming[e.to]++;
    out[e.from].push(e.to);
  }
  const done = new Array<boolean>(count).fill(false);
  const queue: number[] = [];
  for (let n = 0; n < count; n++) if (incoming[n] === 0) queue.push(n);
  let visited = 0;
  const visit = (n: number) => {
    done[n] = true;
    visited++;
    for (const m of out[n]) {
      if (done[m]) continue;
      rank[m] = Math.max(rank[m], rank[n] + 1);
      if (--incoming[m] === 0) queue.push(m);
    }
  };
  for (let head = 0; head < queue.length; head++) visit(queue[head]);
  for (let n = 0; visited < count && n < count; n++) {
    if (done[n]) continue;
    queue.length = 0;
    queue.push(n);
    for (let head = 0; head < queue.length; head++) if (!done[queue[head]]) visit(queue[head]);
  }
  return rank;
}

/** The nodes of each rank, left to right: barycenter sweeps up and down. */
function order(w: Work): number[][] {
  let top = 0;
  for (const r of w.rank) top = Math.max(top, r);
  const layers: number[][] = Array.from({ length: top + 1 }, () => []);
  for (let n = 0; n < w.rank.length; n++) layers[w.rank[n]].push(n);
  const pos = new Float64Array(w.rank.length);
  const setPositions = (layer: number[]) => layer.forEach((n, i) => (pos[n] = i));
  layers.forEach(setPositions);
  const key = new Float64Array(w.rank.length);
  const sortBy = (layer: number[], neighbours: number[][]) => {
    if (layer.length < 2) return;
    for (const n of layer) {
      const near = neighbours[n];
      if (near.length === 0) key[n] = pos[n];
      else {
        let sum = 0;
        for (const m of near) sum += pos[m];
        key[n] = sum / near.length;
      }
    }
    layer.sort((a, b) => key[a] - key[b] || pos[a] - pos[b]);
    setPositions(layer);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    if (sweep % 2 === 0) for (let r = 1; r <= top; r++) sortBy(layers[r], w.down);
    else for (let r = top - 1; r >= 1; r--) sortBy(layers[r], w.up);
  }
  return layers;
}

/** x: each node at the mean x of its neighbours below, pushed right past its left neighbour. */
function place(w: Work, layers: number[][]): { x: Float64Array; y: Float64Array; width: number; height: number } {
  const n = w.rank.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (const layer of layers) {
    let right = -Infinity; // the right edge of the last node placed, plus its gap
    let lastDummy = false;
    for (const node of layer) {
      const below = w.down[node];
      let want = right === -Infinity ? 0 : -Infinity;
      if (below.length) {
        let sum = 0;
        for (const m of below) sum += x[m];
        want = sum / below.length;
      }
      const gap = right === -Infinity ? 0 : lastDummy || w.dummy[node] ? DUMMY_SEP : NODE_SEP;
      const min = right === -Infinity ? -Infinity : right + gap + w.width[node] / 2;
      x[node] = Math.max(want, min);
      right = x[node] + w.width[node] / 2;
      lastDummy = w.dummy[node];
    }
  }
  let minX = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, x[i] - w.width[i] / 2);
    maxX = Math.max(maxX, x[i] + w.width[i] / 2);
  }
  for (let i = 0; i < n; i++) x[i] += MARGIN - minX;
  // Rank heights; rank 0 (the base) at the bottom.
  const heights = layers.map((layer) => layer.reduce((max, node) => Math.max(max, w.height[node]), 0));
  const height = 2 * MARGIN + heights.reduce((a, b) => a + b, 0) + RANK_SEP * Math.max(0, layers.length - 1);
  let bottom = height - MARGIN;
  layers.forEach((layer, r) => {
    const center = bottom - heights[r] / 2;
    for (const node of layer) y[node] = center;
    bottom -= heights[r] + RANK_SEP;
  });
  return { x, y, width: maxX - minX + 2 * MARGIN, height };
}

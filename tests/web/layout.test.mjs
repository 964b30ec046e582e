// Unit tests of the revision graph's layout (web/src/layout.ts), under node:test.
//   node --test tests/web/layout.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { layoutGraph, NODE, BASE_NODE } = await load('layout.ts');
const BASE_ID = 'base';

/** The typed arrays of a layout as nodes {id, x, y, width, height} and edges {from, to, kind, points}. */
function lay(revisions) {
  const layout = layoutGraph(revisions);
  const id = (n) => (n === 0 ? BASE_ID : revisions[n - 1].id);
  const nodes = [];
  for (let n = 0; n < layout.x.length; n++) {
    if (Number.isNaN(layout.x[n])) continue;
    const size = n === 0 ? BASE_NODE : NODE;
    nodes.push({ id: id(n), x: layout.x[n], y: layout.y[n], width: size.width, height: size.height });
  }
  const edges = [];
  for (let e = 0; e < layout.edgeFrom.length; e++) {
    const points = [...layout.edgePoints.subarray(2 * layout.edgeStart[e], 2 * layout.edgeStart[e + 1])];
    edges.push({ from: id(layout.edgeFrom[e]), to: id(layout.edgeTo[e]), kind: layout.edgeKind[e] ? 'depends' : 'down', points });
  }
  return { width: layout.width, height: layout.height, nodes, edges };
}

const rev = (id, downs = [], deps = []) => ({ id, down_revisions: downs, depends_on: deps });
/** A chain of n revisions, newest first (as STATE lists them). */
function chain(n, prefix = 'r') {
  const revs = [];
  for (let i = 0; i < n; i++) revs.push(rev(`${prefix}${i}`, i ? [`${prefix}${i - 1}`] : []));
  return revs.reverse();
}
const byId = (layout) => new Map(layout.nodes.map((node) => [node.id, node]));
const inside = (node, x, y) => Math.abs(x - node.x) < node.width / 2 && Math.abs(y - node.y) < node.height / 2;

test('the demo: base at the bottom, two revisions above it in a straight line, two edges', () => {
  const layout = lay([rev('44e3cc49892c', ['2472b4e8b68e']), rev('2472b4e8b68e')]);
  const nodes = byId(layout);
  assert.equal(layout.nodes.length, 3);
  assert.equal(layout.edges.length, 2);
  const [base, first, head] = [nodes.get(BASE_ID), nodes.get('2472b4e8b68e'), nodes.get('44e3cc49892c')];
  assert.ok(base.y > first.y && first.y > head.y, 'base below the first revision, below the head');
  assert.equal(first.x, head.x);
  assert.equal(base.x, first.x);
  assert.deepEqual(layout.edges.map((e) => `${e.from}->${e.to}`).sort(), ['2472b4e8b68e->44e3cc49892c', 'base->2472b4e8b68e']);
  for (const node of layout.nodes) {
    assert.ok(node.x - node.width / 2 >= 0 && node.x + node.width / 2 <= layout.width, `${node.id} inside the width`);
    assert.ok(node.y - node.height / 2 >= 0 && node.y + node.height / 2 <= layout.height, `${node.id} inside the height`);
  }
});

test('10,000 revisions in a chain lay out without recursion, in well under a second', () => {
  const started = performance.now();
  const layout = lay(chain(10_000));
  const ms = performance.now() - started;
  assert.equal(layout.nodes.length, 10_001);
  assert.equal(layout.edges.length, 10_000);
  assert.ok(ms < 1500, `took ${ms.toFixed(0)} ms`);
  const xs = new Set(layout.nodes.filter((n) => n.id !== BASE_ID).map((n) => n.x));
  assert.equal(xs.size, 1, 'a chain is one straight column');
});

test('10,000 sibling heads share one rank, side by side, none overlapping', () => {
  const revs = [];
  for (let i = 0; i < 10_000; i++) revs.push(rev(`s${i}`));
  const started = performance.now();
  const layout = lay(revs);
  const ms = performance.now() - started;
  assert.ok(ms < 1500, `took ${ms.toFixed(0)} ms`);
  const heads = layout.nodes.filter((n) => n.id !== BASE_ID).sort((a, b) => a.x - b.x);
  assert.equal(new Set(heads.map((n) => n.y)).size, 1);
  for (let i = 1; i < heads.length; i++) assert.ok(heads[i].x - heads[i - 1].x >= heads[i].width, `overlap at ${i}`);
});

test('ids that are Object.prototype names are nodes like any other', () => {
  const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  const revs = ids.map((id, i) => rev(id, i ? [ids[i - 1]] : [])).reverse();
  const layout = lay(revs);
  assert.deepEqual(layout.nodes.map((n) => n.id).sort(), [BASE_ID, ...ids].sort());
  assert.deepEqual(layout.edges.map((e) => `${e.from}->${e.to}`), ['hasOwnProperty->valueOf', 'toString->hasOwnProperty', 'constructor->toString', '__proto__->constructor', 'base->__proto__']);
  const ys = ids.map((id) => byId(layout).get(id).y);
  for (let i = 1; i < ys.length; i++) assert.ok(ys[i] < ys[i - 1], 'each revision above its parent');
  assert.equal(Object.keys(Object.prototype).length, 0, 'Object.prototype gained keys');
});

test('a merge of a long branch and a short one bends around the revisions between, and a depends_on edge too', () => {
  const revs = [
    rev('merge', ['c', 'x']),
    rev('c', ['b']),
    rev('b', ['a'], ['x']),
    rev('a'),
    rev('x'),
  ];
  const layout = lay(revs);
  const nodes = byId(layout);
  const long = layout.edges.find((e) => e.from === 'x' && e.to === 'merge');
  assert.ok(long.points.length > 4, 'the edge that skips ranks has bend points');
  const depends = layout.edges.find((e) => e.from === 'x' && e.to === 'b');
  assert.equal(depends.kind, 'depends');
  for (const edge of layout.edges) {
    for (let i = 2; i < edge.points.length - 2; i += 2) {
      for (const node of layout.nodes) assert.ok(!inside(node, edge.points[i], edge.points[i + 1]), `${edge.from}->${edge.to} passes through ${node.id}`);
    }
  }
  assert.ok(nodes.get('merge').y < nodes.get('c').y);
});

test('unknown parents are ignored; a cycle (which the core refuses) still ends', () => {
  const layout = lay([rev('a', ['missing']), rev('b', ['c']), rev('c', ['b'])]);
  assert.equal(layout.nodes.length, 4);
  assert.ok(layout.edges.some((e) => e.from === BASE_ID && e.to === 'a'));
  const up = layout.edges.filter((e) => e.points[1] > e.points.at(-1));
  assert.equal(up.length, layout.edges.length - 1, 'every edge but the one closing the cycle points upwards');
});

test('packed revisions (as they cross to the worker) unpack to the same graph', async () => {
  const { packRevisions, unpackRevisions } = await load('layout.ts');
  const revs = [rev('m', ['a', 'b']), rev('b', ['a'], ['x', 'missing']), rev('a'), rev('x'), rev('__proto__', ['m'])];
  const back = unpackRevisions(structuredClone(packRevisions(revs)));
  assert.deepEqual(back, revs.map((r) => ({ ...r, depends_on: r.depends_on.filter((id) => id !== 'missing') })));
});

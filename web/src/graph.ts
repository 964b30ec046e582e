// The revision graph: a DAG laid out by dagre (base at the bottom, heads at the top) and drawn as
// SVG with DOM calls. It marks heads, the base, branch points, merge points and where the database
// is (current). A click on a node (or Enter on it) asks to move the database there.
import { Graph, layout } from '@dagrejs/dagre';
import type { Revision, State } from './api';
import { el, svg } from './dom';
import { bind, t } from './i18n';

export const BASE = 'base';

const NODE_W = 212;
const NODE_H = 50;

/** Every revision reachable downwards (down_revisions) from `ids`, the ids themselves included. */
export function ancestors(state: State, ids: string[]): Set<string> {
  const byId = new Map(state.revisions.map((rev) => [rev.id, rev]));
  const seen = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const down of byId.get(id)?.down_revisions ?? []) stack.push(down);
  }
  return seen;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function roles(rev: Revision): string[] {
  const out: string[] = [];
  if (rev.is_head) out.push('head');
  if (rev.is_base) out.push('base');
  if (rev.is_branch_point) out.push('branchpoint');
  if (rev.is_merge_point) out.push('mergepoint');
  return out;
}

export class GraphView {
  readonly element: HTMLElement;
  private readonly canvas: HTMLElement;
  private readonly summary: HTMLElement;
  private state: State | undefined;

  constructor(private readonly onPick: (target: string) => void) {
    this.element = el('section', 'graph');
    this.element.dataset.testid = 'graph';
    this.summary = el('div', 'graph-summary');
    this.canvas = el('div', 'graph-canvas');
    const hint = bind(el('p', 'graph-hint'), 'graph.hint');
    this.element.append(this.summary, this.canvas, hint, this.legend());
  }

  private legend(): HTMLElement {
    const box = el('div', 'graph-legend');
    for (const [cls, key] of [
      ['current', 'graph.legend.current'],
      ['head', 'graph.legend.head'],
      ['base', 'graph.legend.base'],
      ['branchpoint', 'graph.legend.branchpoint'],
      ['mergepoint', 'graph.legend.mergepoint'],
    ] as const) {
      const item = el('span', `legend-item legend-${cls}`);
      item.append(el('span', 'swatch'), bind(el('span'), key));
      box.append(item);
    }
    return box;
  }

  update(state: State): void {
    this.state = state;
    this.render();
  }

  render(): void {
    const state = this.state;
    if (!state) return;
    this.summary.replaceChildren(
      this.fact(t('graph.current'), state.current.length ? state.current.join(', ') : t('graph.atBase')),
      this.fact(t('graph.heads'), state.heads.length ? state.heads.join(', ') : '—'),
    );
    if (state.error) {
      const box = el('div', 'graph-error');
      box.dataset.testid = 'graph-error';
      box.setAttribute('role', 'alert');
      box.append(el('strong', undefined, t('graph.scriptsBroken')));
      const where = state.where ? [state.where.file, state.where.line, state.where.column].filter((p) => p !== undefined).join(':') : '';
      if (where) box.append(el('div', 'mono', where));
      box.append(el('div', undefined, state.error));
      this.summary.append(box);
    }
    if (state.heads.length > 1) {
      const warn = el('div', 'graph-warning', t('graph.multipleHeads', state.heads.length));
      warn.dataset.testid = 'graph-multiple-heads';
      this.summary.append(warn);
    }
    const g = new Graph();
    g.setGraph({ rankdir: 'BT', nodesep: 22, ranksep: 34, marginx: 10, marginy: 10 });
    g.setDefaultEdgeLabel(() => ({}));
    g.setNode(BASE, { width: 96, height: 30 });
    for (const rev of state.revisions) g.setNode(rev.id, { width: NODE_W, height: NODE_H });
    const known = new Set(state.revisions.map((rev) => rev.id));
    for (const rev of state.revisions) {
      const downs = rev.down_revisions.filter((id) => known.has(id));
      if (downs.length === 0) g.setEdge(BASE, rev.id, { kind: 'down' });
      for (const down of downs) g.setEdge(down, rev.id, { kind: 'down' });
      for (const dep of rev.depends_on) if (known.has(dep) && !downs.includes(dep)) g.setEdge(dep, rev.id, { kind: 'depends', minlen: 1 });
    }
    layout(g);
    const { width = 200, height = 100 } = g.graph();
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'graph-svg' });
    root.append(svg('title', {}, t('graph.title')));
    const defs = svg('defs');
    const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
    defs.append(marker);
    root.append(defs);

    const edges = svg('g', { class: 'edges' });
    for (const e of g.edges()) {
      const label = g.edge(e) as { points?: { x: number; y: number }[]; kind?: string };
      const points = label.points ?? [];
      if (points.length < 2) continue;
      const d = points.map((p, i) => `${i ? 'L' : 'M'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
      edges.append(svg('path', { d, class: `edge ${label.kind === 'depends' ? 'depends' : ''}`, 'marker-end': 'url(#arrow)' }));
    }
    root.append(edges);

    const nodes = svg('g', { class: 'nodes' });
    nodes.append(this.baseNode(g.node(BASE) as { x: number; y: number }, state));
    for (const rev of state.revisions) nodes.append(this.node(rev, g.node(rev.id) as { x: number; y: number }));
    root.append(nodes);
    this.canvas.replaceChildren(root);
  }

  private fact(name: string, value: string): HTMLElement {
    const row = el('div', 'fact');
    row.append(el('span', 'fact-name', name), el('span', 'fact-value', value));
    return row;
  }

  private interactive(node: SVGGElement, target: string, label: string): void {
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', label);
    node.addEventListener('click', () => this.onPick(target));
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.onPick(target);
      }
    });
  }

  private baseNode(pos: { x: number; y: number }, state: State): SVGGElement {
    const atBase = state.current.length === 0;
    const node = svg('g', { class: `node pseudo-base${atBase ? ' current' : ''}`, transform: `translate(${pos.x - 48}, ${pos.y - 15})` });
    node.dataset.testid = 'graph-node-base';
    node.append(svg('title', {}, t('graph.baseTitle')));
    node.append(svg('rect', { width: 96, height: 30, rx: 15, class: 'node-box' }));
    node.append(svg('text', { x: 48, y: 19, 'text-anchor': 'middle', class: 'node-id' }, '<base>'));
    this.interactive(node, BASE, t('graph.moveTo', '<base>'));
    return node;
  }

  private node(rev: Revision, pos: { x: number; y: number }): SVGGElement {
    const cls = ['node', ...roles(rev)];
    if (rev.is_current) cls.push('current');
    const node = svg('g', { class: cls.join(' '), transform: `translate(${pos.x - NODE_W / 2}, ${pos.y - NODE_H / 2})` });
    node.dataset.testid = `graph-node-${rev.id}`;
    node.dataset.rev = rev.id;
    const roleText = roles(rev).map((role) => t(`role.${role}` as 'role.head')).join(', ');
    node.append(svg('title', {}, `${rev.id}: ${rev.message || t('graph.noMessage')}${roleText ? ` (${roleText})` : ''}\n${rev.path}`));
    node.append(svg('rect', { width: NODE_W, height: NODE_H, rx: 7, class: 'node-box' }));
    node.append(svg('text', { x: 12, y: 20, class: 'node-id' }, rev.id));
    node.append(svg('text', { x: 12, y: 38, class: 'node-message' }, clip(rev.message || t('graph.noMessage'), 30)));
    // Tags at the top right: DB (current), head, merge, branch.
    const tags: [string, string][] = [];
    if (rev.is_current) tags.push(['tag-current', 'DB']);
    if (rev.is_head) tags.push(['tag-head', 'head']);
    if (rev.is_merge_point) tags.push(['tag-merge', 'merge']);
    if (rev.is_branch_point) tags.push(['tag-branch', 'branch']);
    let x = NODE_W - 6;
    for (const [tagClass, text] of tags) {
      const w = text.length * 5.7 + 10;
      x -= w;
      const tag = svg('g', { class: `tag ${tagClass}`, transform: `translate(${x}, 6)` });
      tag.append(svg('rect', { width: w, height: 15, rx: 7.5 }), svg('text', { x: w / 2, y: 11, 'text-anchor': 'middle' }, text));
      node.append(tag);
      x -= 4;
    }
    this.interactive(node, rev.id, t('graph.moveTo', rev.id));
    return node;
  }
}

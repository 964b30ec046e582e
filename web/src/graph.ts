// The revision graph: base at the bottom, heads at the top (layout.ts, computed in the tasks
// worker), drawn as SVG with DOM calls. It marks heads, the base, branch points, merge points and
// where the database is (current). A click on a node (or Enter on it) asks to move the database
// there. Only the nodes and edges in view (and a margin around) are in the DOM, so a history of
// 10,000 revisions scrolls as lightly as the demo's two.
import type { Revision, State } from './api';
import { el, svg } from './dom';
import { bind, t } from './i18n';
import { BASE_NODE, NODE, type Layout } from './layout';

export const BASE = 'base';

/** Around the visible part of the canvas, this much more is drawn (pixels). */
const MARGIN = 600;
/**
 * At most this many edges are drawn at once: the nearest. Thousands of heads on one parent fan out
 * in thousands of curves that all cross the view, one over the other.
 */
const MAX_EDGES = 120;

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

/**
 * Whether two revision lists have the same graph (ids and edges; roles and `current` may differ).
 * The client hands over the same arrays when only `current` moved, so this is mostly identity checks.
 */
export function sameShape(a: Revision[], b: Revision[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const same = (x: string[], y: string[]) => x === y || (x.length === y.length && x.every((v, i) => v === y[i]));
  for (let i = 0; i < a.length; i++) {
    if (a[i].id !== b[i].id || !same(a[i].down_revisions, b[i].down_revisions) || !same(a[i].depends_on, b[i].depends_on)) return false;
  }
  return true;
}

/** Ids for the summary: the first few, then how many in all (3,000 heads would be a page of text). */
function list(ids: string[], shown = 8): string {
  return ids.length <= shown ? ids.join(', ') : `${ids.slice(0, shown).join(', ')}, … (${t('graph.inAll', ids.length)})`;
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
  private byId = new Map<string, Revision>();
  private layout: Layout | undefined;
  /** The revisions `layout` is for (node i is laidOut[i - 1]); the last ones asked for. */
  private laidOut: Revision[] = [];
  private asking: Revision[] | undefined;
  private asked = 0;
  private root: SVGSVGElement | undefined;
  private edgeLayer: SVGGElement | undefined;
  private nodeLayer: SVGGElement | undefined;
  /** Drawn elements of the current layout and state, made when first in view. */
  private drawnNodes = new Map<number, SVGGElement>();
  private drawnEdges = new Map<number, SVGPathElement>();
  private frame = 0;

  constructor(
    private readonly onPick: (target: string) => void,
    /** Lays the graph out (in the tasks worker). */
    private readonly lay: (revisions: Revision[]) => Promise<Layout>,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    this.element = el('section', 'graph');
    this.element.dataset.testid = 'graph';
    this.summary = el('div', 'graph-summary');
    this.canvas = el('div', 'graph-canvas');
    this.canvas.dataset.testid = 'graph-canvas';
    this.canvas.addEventListener('scroll', () => this.paintSoon(), { passive: true });
    // Shown again (its tab), or resized: what is in view changed.
    new ResizeObserver(() => this.paintSoon()).observe(this.canvas);
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

  /** A new state: the summary at once; the drawing once its layout is there (asked for when the shape changed). */
  update(state: State): void {
    const before = this.state;
    this.state = state;
    // Nothing to draw again: the same revisions (the client reuses the array), current and heads.
    if (before && before.revisions === state.revisions && before.error === state.error && this.layout &&
      before.current.join('\n') === state.current.join('\n') && before.heads.join('\n') === state.heads.join('\n')) return;
    this.byId = new Map(state.revisions.map((rev) => [rev.id, rev]));
    const revisions = state.revisions;
    if (!sameShape(this.asking ?? this.laidOut, revisions) || (!this.layout && !this.asking)) {
      this.asking = revisions;
      const ask = ++this.asked;
      this.lay(revisions).then(
        (layout) => {
          if (ask !== this.asked) return; // a newer state asked since
          this.layout = layout;
          this.laidOut = revisions;
          this.asking = undefined;
          this.render();
        },
        (error: unknown) => {
          if (ask !== this.asked) return;
          this.asking = undefined;
          this.onError(error);
        },
      );
    }
    this.render();
  }

  /** Draws again (a new state, a new layout, or the language changed). */
  render(): void {
    const state = this.state;
    if (!state) return;
    this.summary.replaceChildren(
      this.fact(t('graph.current'), state.current.length ? list(state.current) : t('graph.atBase')),
      this.fact(t('graph.heads'), state.heads.length ? list(state.heads) : '—'),
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
    const layout = this.layout;
    if (!layout) return;
    const { width, height } = layout;
    // A group, not an image: its nodes are buttons (an image's content is not interactive).
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': t('graph.title'), class: 'graph-svg' });
    root.append(svg('title', {}, t('graph.title')));
    const defs = svg('defs');
    const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
    defs.append(marker);
    this.edgeLayer = svg('g', { class: 'edges' });
    this.nodeLayer = svg('g', { class: 'nodes' });
    root.append(defs, this.edgeLayer, this.nodeLayer);
    this.root = root;
    this.drawnNodes = new Map();
    this.drawnEdges = new Map();
    this.canvas.replaceChildren(root);
    this.paint();
  }

  private paintSoon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.paint();
    });
  }

  /** Puts into the SVG the nodes and edges within MARGIN of the visible part of the canvas. */
  private paint(): void {
    const { layout, root, state } = this;
    if (!layout || !root || !state || !this.edgeLayer || !this.nodeLayer) return;
    const view = this.canvas.getBoundingClientRect();
    const box = root.getBoundingClientRect();
    // The canvas is not laid out (a hidden tab): draw the top-left part, as a first view would show.
    const shown = view.width > 0 && view.height > 0;
    const left = (shown ? view.left - box.left : 0) - MARGIN;
    const top = (shown ? view.top - box.top : 0) - MARGIN;
    const right = left + (shown ? view.width : 1400) + 2 * MARGIN;
    const bottom = top + (shown ? view.height : 1000) + 2 * MARGIN;
    const nodes: SVGGElement[] = [];
    for (let n = 0; n < layout.x.length; n++) {
      const size = n === 0 ? BASE_NODE : NODE;
      const x = layout.x[n];
      const y = layout.y[n];
      if (!(x + size.width / 2 >= left && x - size.width / 2 <= right && y + size.height / 2 >= top && y - size.height / 2 <= bottom)) continue;
      const drawn = this.drawNode(n, state);
      if (drawn) nodes.push(drawn);
    }
    const candidates: number[] = [];
    const p = layout.edgePoints;
    for (let e = 0; e < layout.edgeFrom.length; e++) {
      const from = layout.edgeFrom[e];
      if (!this.revision(layout.edgeTo[e]) || (from !== 0 && !this.revision(from))) continue;
      const first = 2 * layout.edgeStart[e];
      const end = 2 * layout.edgeStart[e + 1];
      let x0 = Infinity;
      let x1 = -Infinity;
      let y0 = Infinity;
      let y1 = -Infinity;
      for (let i = first; i < end; i += 2) {
        x0 = Math.min(x0, p[i]);
        x1 = Math.max(x1, p[i]);
        y0 = Math.min(y0, p[i + 1]);
        y1 = Math.max(y1, p[i + 1]);
      }
      if (x1 < left || x0 > right || y1 < top || y0 > bottom) continue;
      candidates.push(e);
    }
    if (candidates.length > MAX_EDGES) {
      // Keep the edges whose farther end is nearest the middle of the view.
      const cx = (left + right) / 2;
      const cy = (top + bottom) / 2;
      const near = (n: number) => Math.hypot(layout.x[n] - cx, layout.y[n] - cy);
      const score = new Map(candidates.map((e) => [e, Math.max(near(layout.edgeFrom[e]), near(layout.edgeTo[e]))]));
      candidates.sort((a, b) => score.get(a)! - score.get(b)!).length = MAX_EDGES;
    }
    const edges: SVGPathElement[] = [];
    for (const e of candidates) {
      const first = 2 * layout.edgeStart[e];
      const end = 2 * layout.edgeStart[e + 1];
      let path = this.drawnEdges.get(e);
      if (!path) {
        // Straight up where x stays, else an S-curve (vertical at both ends, as the arrow points).
        let d = `M ${p[first].toFixed(1)} ${p[first + 1].toFixed(1)}`;
        for (let i = first + 2; i < end; i += 2) {
          const [xa, ya, xb, yb] = [p[i - 2], p[i - 1], p[i], p[i + 1]];
          const mid = ((ya + yb) / 2).toFixed(1);
          d += xa === xb ? ` L ${xb.toFixed(1)} ${yb.toFixed(1)}` : ` C ${xa.toFixed(1)} ${mid} ${xb.toFixed(1)} ${mid} ${xb.toFixed(1)} ${yb.toFixed(1)}`;
        }
        path = svg('path', { d, class: `edge ${layout.edgeKind[e] === 1 ? 'depends' : ''}`, 'marker-end': 'url(#arrow)' });
        this.drawnEdges.set(e, path);
      }
      edges.push(path);
    }
    this.edgeLayer.replaceChildren(...edges);
    this.nodeLayer.replaceChildren(...nodes);
  }

  /** The current state's revision for layout node `n` (undefined: not in this state). */
  private revision(n: number): Revision | undefined {
    const id = this.laidOut[n - 1]?.id;
    return id === undefined ? undefined : this.byId.get(id);
  }

  private drawNode(n: number, state: State): SVGGElement | undefined {
    let drawn = this.drawnNodes.get(n);
    if (drawn) return drawn;
    const x = this.layout!.x[n];
    const y = this.layout!.y[n];
    if (n === 0) drawn = this.baseNode(x, y, state);
    else {
      const rev = this.revision(n);
      if (!rev || Number.isNaN(x)) return undefined; // laid out for an older state
      drawn = this.node(rev, x, y);
    }
    this.drawnNodes.set(n, drawn);
    return drawn;
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
    // The tooltip repeats the label: not read twice.
    for (const child of node.querySelectorAll('title')) child.setAttribute('aria-hidden', 'true');
    node.addEventListener('click', () => this.onPick(target));
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.onPick(target);
      }
    });
  }

  private baseNode(x: number, y: number, state: State): SVGGElement {
    const atBase = state.current.length === 0;
    const { width, height } = BASE_NODE;
    const node = svg('g', { class: `node pseudo-base${atBase ? ' current' : ''}`, transform: `translate(${x - width / 2}, ${y - height / 2})` });
    node.dataset.testid = 'graph-node-base';
    node.append(svg('title', {}, t('graph.baseTitle')));
    node.append(svg('rect', { width, height, rx: 15, class: 'node-box' }));
    node.append(svg('text', { x: width / 2, y: 19, 'text-anchor': 'middle', class: 'node-id' }, '<base>'));
    this.interactive(node, BASE, t('graph.moveTo', '<base>'));
    return node;
  }

  private node(rev: Revision, x0: number, y0: number): SVGGElement {
    const cls = ['node', ...roles(rev)];
    if (rev.is_current) cls.push('current');
    if (rev.broken) cls.push('broken');
    const w = NODE.width;
    const node = svg('g', { class: cls.join(' '), transform: `translate(${x0 - w / 2}, ${y0 - NODE.height / 2})` });
    node.dataset.testid = `graph-node-${rev.id}`;
    node.dataset.rev = rev.id;
    const roleText = roles(rev).map((role) => t(`role.${role}` as 'role.head')).join(', ');
    node.append(svg('title', {}, rev.broken ? `${rev.id}: ${t('graph.broken')}\n${rev.path}\n${rev.error ?? ''}`
      : `${rev.id}: ${rev.message || t('graph.noMessage')}${roleText ? ` (${roleText})` : ''}\n${rev.path}`));
    node.append(svg('rect', { width: w, height: NODE.height, rx: 7, class: 'node-box' }));
    // Each drawn text ends in a space (not drawn): read in a row, as a screen reader's checker
    // does, they make the words of the node's label.
    node.append(svg('text', { x: 12, y: 20, class: 'node-id' }, `${clip(rev.id, 30)} `));
    const message = rev.broken ? t('graph.broken') : rev.message || t('graph.noMessage');
    node.append(svg('text', { x: 12, y: 38, class: 'node-message' }, `${clip(message, 30)} `));
    // Tags at the top right: DB (current), head, merge, branch.
    const tags: [string, string][] = [];
    if (rev.is_current) tags.push(['tag-current', 'DB']);
    if (rev.is_head) tags.push(['tag-head', 'head']);
    if (rev.is_merge_point) tags.push(['tag-merge', 'merge']);
    if (rev.is_branch_point) tags.push(['tag-branch', 'branch']);
    let x = w - 6;
    for (const [tagClass, text] of tags) {
      const tw = text.length * 5.7 + 10;
      x -= tw;
      const tag = svg('g', { class: `tag ${tagClass}`, transform: `translate(${x}, 6)` });
      tag.append(svg('rect', { width: tw, height: 15, rx: 7.5 }), svg('text', { x: tw / 2, y: 11, 'text-anchor': 'middle' }, `${text} `));
      node.append(tag);
      x -= 4;
    }
    // The label holds what is drawn (the words a sighted user would say to it), then the action,
    // then the whole message when the drawing cut it.
    // (No parentheses: accessibility checkers drop parenthesised words before comparing.)
    const drawn = [clip(rev.id, 30), clip(message, 30), ...tags.map(([, text]) => text)].join(', ');
    const cut = clip(message, 30) !== message ? ` ${message}` : '';
    this.interactive(node, rev.id, `${drawn}: ${t('graph.moveTo', rev.id)}.${cut}`);
    return node;
  }
}

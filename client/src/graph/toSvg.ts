import type { Collection, Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import type { ActorKind, RelationType } from '../api/api';
import { defaults, type GraphOptions } from './defaults';
import { KIND_STYLES, OKABE_ITO, TYPE_STYLES, type ArrowShape } from './palette';
import { SHAPE_PATHS } from './shapes';
import { FADED, HIGHLIGHTED } from './style';
import { drawnElements } from './visibility';

/**
 * The drawn graph as a standalone SVG document, from the model: the same
 * shapes, colours, line styles, arrows, rings and highlights as the canvas,
 * at model coordinates. Written here rather than with a canvas-to-SVG
 * plugin (cytoscape-svg is GPL-3.0, this project is MIT). Every piece of
 * data (names, ids, amounts) is escaped: a name made of markup stays text.
 */
export function toSvg(
  cy: Core,
  eles: Collection = drawnElements(cy),
  options: GraphOptions = defaults,
  title = 'Actor network',
): string {
  const nodes = eles.nodes();
  const edges = eles
    .edges()
    .filter((e) => nodes.contains(e.source()) && nodes.contains(e.target()));
  const size = (n: NodeSingular) => Number(n.data('size') ?? options.nodeSize);
  const pad = options.fitPadding + options.labelMaxWidth / 2;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    const p = n.position();
    const r = size(n) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r + 40);
  });
  if (!Number.isFinite(x1)) [x1, y1, x2, y2] = [0, 0, 0, 0];
  const [vx, vy] = [x1 - pad, y1 - pad];
  const [w, h] = [x2 - x1 + 2 * pad, y2 - y1 + 2 * pad];
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}" height="${num(h)}" viewBox="${num(vx)} ${num(vy)} ${num(w)} ${num(h)}" font-family="system-ui, sans-serif">`,
    `<title>${esc(title)}</title>`,
    `<rect x="${num(vx)}" y="${num(vy)}" width="${num(w)}" height="${num(h)}" fill="#ffffff"/>`,
    '<g class="edges">',
  ];
  const parallel = new Map<string, EdgeSingular[]>();
  edges.forEach((e) => {
    const key = [e.source().id(), e.target().id()].sort().join('\u0000');
    parallel.set(key, [...(parallel.get(key) ?? []), e]);
  });
  for (const group of parallel.values()) {
    group.forEach((edge, i) => {
      out.push(edgeSvg(edge, (i - (group.length - 1) / 2) * 24, size));
    });
  }
  out.push('</g>', '<g class="nodes">');
  nodes.forEach((n) => {
    out.push(nodeSvg(n, size(n), options));
  });
  out.push('</g>', '</svg>');
  return out.join('\n');
}

function edgeSvg(edge: EdgeSingular, bend: number, size: (n: NodeSingular) => number): string {
  const type = edge.data('type') as RelationType;
  const style = TYPE_STYLES[type];
  const s = edge.source().position();
  const t = edge.target().position();
  const width = Number(edge.data('width') ?? style.width);
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = {
    x: (s.x + t.x) / 2 - (dy / length) * bend,
    y: (s.y + t.y) / 2 + (dx / length) * bend,
  };
  // The line stops at the target's edge so that the arrowhead shows.
  const inX = t.x - control.x;
  const inY = t.y - control.y;
  const inLength = Math.hypot(inX, inY) || 1;
  const stop = size(edge.target()) / 2 + 1;
  const end = { x: t.x - (inX / inLength) * stop, y: t.y - (inY / inLength) * stop };
  const angle = (Math.atan2(inY, inX) * 180) / Math.PI;
  const dash = style.line === 'dashed' ? '6 4' : style.line === 'dotted' ? '1.5 3' : null;
  const opacity = edge.hasClass(FADED) ? 0.2 : 0.85;
  const d = `M${num(s.x)} ${num(s.y)}Q${num(control.x)} ${num(control.y)} ${num(end.x)} ${num(end.y)}`;
  const parts = [`<g class="edge" data-id="${esc(edge.id())}" opacity="${opacity}">`];
  if (edge.hasClass(HIGHLIGHTED)) {
    parts.push(
      `<path d="${d}" fill="none" stroke="${OKABE_ITO.yellow}" stroke-width="${num(width + 10)}" stroke-linecap="round" opacity="0.9"/>`,
    );
  }
  parts.push(
    `<path d="${d}" fill="none" stroke="${style.color}" stroke-width="${num(width)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
  );
  const arrow = arrowPath(style.arrow, Math.max(8, width * 2.5));
  if (arrow) {
    parts.push(
      `<path d="${arrow}" transform="translate(${num(end.x)} ${num(end.y)}) rotate(${num(angle)})" fill="${style.color}" stroke="${style.color}"/>`,
    );
  }
  const label = edge.data('label') as string | undefined;
  if (label) {
    const mid = { x: (s.x + 2 * control.x + end.x) / 4, y: (s.y + 2 * control.y + end.y) / 4 };
    parts.push(textSvg([label], mid, 10, 'middle'));
  }
  parts.push('</g>');
  return parts.join('');
}

/** An arrowhead pointing along +x with its tip at the origin. */
function arrowPath(shape: ArrowShape, a: number): string | null {
  const h = a / 2;
  switch (shape) {
    case 'none':
      return null;
    case 'tee':
      return `M${num(-a / 4)} ${num(-h)}h${num(a / 4)}v${num(a)}h${num(-a / 4)}Z`;
    case 'square':
      return `M${num(-a)} ${num(-h)}h${num(a)}v${num(a)}h${num(-a)}Z`;
    case 'diamond':
      return `M0 0L${num(-h)} ${num(-h)}L${num(-a)} 0L${num(-h)} ${num(h)}Z`;
    case 'vee':
      return `M0 0L${num(-a)} ${num(-h)}L${num(-a * 0.6)} 0L${num(-a)} ${num(h)}Z`;
    case 'triangle-cross':
      return `M0 0L${num(-a)} ${num(-h)}L${num(-a)} ${num(h)}ZM${num(-a * 1.4)} ${num(-h)}h2v${num(a)}h-2Z`;
    default:
      return `M0 0L${num(-a)} ${num(-h)}L${num(-a)} ${num(h)}Z`;
  }
}

function nodeSvg(node: NodeSingular, size: number, options: GraphOptions): string {
  const kind = node.data('kind') as ActorKind;
  const style = KIND_STYLES[kind];
  const p = node.position();
  const path = SHAPE_PATHS[style.shape];
  const shape = (grow: number, attrs: string) => {
    const s = (size + grow) / 14;
    return `<path d="${path}" transform="translate(${num(p.x)} ${num(p.y)}) scale(${num(s)}) translate(-8 -8)" vector-effect="non-scaling-stroke" ${attrs}/>`;
  };
  const parts = [
    `<g class="node" data-id="${esc(node.id())}"${node.hasClass(FADED) ? ' opacity="0.2"' : ''}>`,
  ];
  if (node.hasClass(HIGHLIGHTED)) parts.push(shape(18, `fill="${OKABE_ITO.yellow}" opacity="0.9"`));
  const ring1 = node.data('ring1') as string | undefined;
  const ring2 = node.data('ring2') as string | undefined;
  if (ring1) parts.push(shape(12, `fill="none" stroke="${esc(ring1)}" stroke-width="4"`));
  const border = ring2
    ? `stroke="${esc(ring2)}" stroke-width="4"`
    : node.data('collective')
      ? 'stroke="#444444" stroke-width="4" stroke-dasharray="2 1"'
      : 'stroke="#ffffff" stroke-width="1.5"';
  parts.push(shape(0, `fill="${style.color}" ${border}`));
  const lines = wrap(String(node.data('label') ?? ''), options.labelMaxWidth);
  parts.push(textSvg(lines, { x: p.x, y: p.y + size / 2 + 14 }, 11, 'middle'));
  parts.push('</g>');
  return parts.join('');
}

function textSvg(lines: string[], at: Position, fontSize: number, anchor: string): string {
  const spans = lines
    .map((line, i) => `<tspan x="${num(at.x)}" dy="${i === 0 ? 0 : '1.2em'}">${esc(line)}</tspan>`)
    .join('');
  return `<text x="${num(at.x)}" y="${num(at.y)}" font-size="${fontSize}" text-anchor="${anchor}" fill="#1a1a1a" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${spans}</text>`;
}

/** Lines of a label: its own line breaks, then words wrapped at about `maxWidth` pixels. */
export function wrap(label: string, maxWidth: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / 5.5));
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > perLine) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** Text and attribute values escaped for XML. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

import cytoscape, { type ElementDefinition } from 'cytoscape';
import { curatedGraph } from '../test/fixtures';
import { toElements } from './elements';
import { layeredPositions, layeredSpacing } from './hierarchy';

function graphOf(elements: ElementDefinition[]) {
  return cytoscape({ headless: true, elements });
}

const node = (id: string) => ({ group: 'nodes' as const, data: { id, kind: 'STATE_BODY' } });
const edge = (source: string, type: string, target: string) => ({
  group: 'edges' as const,
  data: { id: `${source}-${type}-${target}`, source, target, type },
});

describe('layeredPositions', () => {
  const spacing = layeredSpacing();

  it('puts every superior above its subordinates: controllers, commanders, parents of branches', () => {
    const { nodes, edges } = toElements(curatedGraph);
    const cy = graphOf([...nodes, ...edges]);
    const at = layeredPositions(cy.elements());
    const y = (id: string) => at.get(id)!.y;
    expect(y('ali-khamenei')).toBeLessThan(y('irgc'));
    expect(y('irgc')).toBeLessThan(y('irgc-qods-force')); // Qods Force is PART_OF the IRGC
    expect(y('mohammad-hossein-shamkhani')).toBeLessThan(y('shamkhani-network'));
    cy.destroy();
  });

  it('centres a chain under its top and keeps neighbours on a level apart', () => {
    const cy = graphOf([
      ...['top', 'mid', 'a', 'b', 'c'].map(node),
      edge('top', 'CONTROLS', 'mid'),
      edge('a', 'PART_OF', 'mid'),
      edge('b', 'PART_OF', 'mid'),
      edge('c', 'PART_OF', 'mid'),
    ]);
    const at = layeredPositions(cy.elements(), spacing);
    expect(at.get('top')!.x).toBeCloseTo(at.get('mid')!.x, 5);
    expect(at.get('mid')!.x).toBeCloseTo(at.get('b')!.x, 5);
    const row = ['a', 'b', 'c'].map((id) => at.get(id)!);
    expect(new Set(row.map((p) => p.y)).size).toBe(1);
    const xs = row.map((p) => p.x).sort((p, q) => p - q);
    expect(xs[1]! - xs[0]!).toBeGreaterThanOrEqual(spacing.nodeGap);
    expect(xs[2]! - xs[1]!).toBeGreaterThanOrEqual(spacing.nodeGap);
    cy.destroy();
  });

  it('puts a top just above its highest subordinate, not at the very top', () => {
    const cy = graphOf([
      ...['a', 'b', 'c', 'd'].map(node),
      edge('a', 'COMMANDS', 'b'),
      edge('b', 'COMMANDS', 'c'),
      edge('d', 'CONTROLS', 'c'),
    ]);
    const at = layeredPositions(cy.elements(), spacing);
    expect(at.get('d')!.y).toBe(at.get('b')!.y);
    cy.destroy();
  });

  it('survives cycles and self-loops', () => {
    const cy = graphOf([
      ...['a', 'b', 'c'].map(node),
      edge('a', 'CONTROLS', 'b'),
      edge('b', 'CONTROLS', 'c'),
      edge('c', 'CONTROLS', 'a'),
      edge('a', 'CONTROLS', 'a'),
    ]);
    const at = layeredPositions(cy.elements(), spacing);
    expect(new Set(['a', 'b', 'c'].map((id) => at.get(id)!.y)).size).toBe(3);
    cy.destroy();
  });

  it('sets separate hierarchies side by side and everyone else in a grid below', () => {
    const cy = graphOf([
      ...['p', 'q', 'r', 's', 'loner', 'other'].map(node),
      edge('p', 'OWNS', 'q'),
      edge('r', 'HOLDS_OFFICE', 's'),
      edge('loner', 'FUNDS', 'other'),
    ]);
    const at = layeredPositions(cy.elements(), spacing);
    expect(at.get('p')!.y).toBe(at.get('r')!.y);
    expect(Math.abs(at.get('p')!.x - at.get('r')!.x)).toBeGreaterThan(spacing.nodeGap);
    expect(at.get('loner')!.y).toBeGreaterThan(at.get('q')!.y);
    expect(at.get('other')!.y).toBeGreaterThan(at.get('s')!.y);
    const spots = new Set([...at.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(6);
    cy.destroy();
  });
});

describe('layeredPositions with many members', () => {
  it('wraps a long level of leaves onto lines, each of at most wrapAt', () => {
    const members = Array.from({ length: 9 }, (_, i) => `m${i}`);
    const cy = graphOf([
      ...['axis', 'boss', ...members].map(node),
      edge('boss', 'CONTROLS', 'axis'),
      ...members.map((m) => edge(m, 'PART_OF', 'axis')),
    ]);
    const spacing = layeredSpacing();
    const at = layeredPositions(cy.elements(), spacing);
    const ys = [...new Set(members.map((m) => at.get(m)!.y))].sort((a, b) => a - b);
    expect(ys).toHaveLength(2);
    expect(ys[0]).toBeGreaterThan(at.get('axis')!.y);
    const width =
      Math.max(...members.map((m) => at.get(m)!.x)) - Math.min(...members.map((m) => at.get(m)!.x));
    expect(width).toBeLessThanOrEqual((spacing.wrapAt - 1) * spacing.nodeGap + 1e-6);
    expect(new Set(members.map((m) => `${at.get(m)!.x},${at.get(m)!.y}`)).size).toBe(9);
    cy.destroy();
  });
});

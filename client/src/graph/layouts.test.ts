import cytoscape from 'cytoscape';
import { curatedGraph } from '../test/fixtures';
import { withDefaults } from './defaults';
import { toElements } from './elements';
import { layoutOptions, registerExtensions, runLayout } from './layouts';
import { cytoscapeStyle } from './style';

function graph() {
  registerExtensions();
  const { nodes, edges } = toElements(curatedGraph);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: cytoscapeStyle(),
    elements: [...nodes, ...edges],
  });
}

function positions(cy: cytoscape.Core) {
  return cy.nodes().map((n) => ({ ...n.position() }));
}

describe('layouts', () => {
  it('registers fcose once and lays the graph out with it', async () => {
    registerExtensions();
    const cy = graph();
    await runLayout(cy, 'fcose', withDefaults({ animate: true }));
    const placed = positions(cy);
    expect(placed.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    // Nodes are spread out, not stacked.
    expect(new Set(placed.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(
      placed.length,
    );
    cy.destroy();
  });

  it('never animates headless', () => {
    const cy = graph();
    expect(layoutOptions(cy, 'fcose', withDefaults({ animate: true }))).toMatchObject({
      animate: false,
    });
    cy.destroy();
  });

  it('trades fcose quality for time on large graphs', async () => {
    const cy = graph();
    const n = cy.nodes().length;
    const quality = (options: Parameters<typeof withDefaults>[0]) =>
      // fcose's own option, which cytoscape's LayoutOptions type does not know.
      (layoutOptions(cy, 'fcose', withDefaults(options)) as unknown as { quality: string }).quality;
    expect(quality({})).toBe('proof');
    expect(quality({ proofLayoutMaxNodes: n - 1 })).toBe('default');
    expect(quality({ proofLayoutMaxNodes: n - 1, draftLayoutMinNodes: n })).toBe('draft');
    // Every quality still places every node somewhere finite and distinct.
    await runLayout(cy, 'fcose', withDefaults({ proofLayoutMaxNodes: 0, draftLayoutMinNodes: 1 }));
    const placed = positions(cy);
    expect(placed.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(
      new Set(placed.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size,
    ).toBeGreaterThan(placed.length / 2);
    cy.destroy();
  });

  it('lays out only what is drawn and leaves hidden nodes where they are', async () => {
    const cy = graph();
    cy.getElementById('ali-khamenei').addClass('hidden').position({ x: 9999, y: 9999 });
    await runLayout(cy, 'hierarchy');
    expect(cy.getElementById('ali-khamenei').position()).toEqual({ x: 9999, y: 9999 });
    expect(cy.getElementById('irgc').position('y')).toBeLessThan(
      cy.getElementById('irgc-qods-force').position('y'),
    );
    cy.destroy();
  });

  it('puts subordinates below their superiors in the hierarchy layout', async () => {
    const cy = graph();
    await runLayout(cy, 'hierarchy');
    const y = (id: string) => cy.getElementById(id).position('y');
    expect(y('ali-khamenei')).toBeLessThan(y('irgc'));
    expect(y('irgc')).toBeLessThan(y('irgc-qods-force'));
    expect(y('mohammad-hossein-shamkhani')).toBeLessThan(y('shamkhani-network'));
    cy.destroy();
  });
});

describe('seeded force layout', () => {
  it('gives the same positions for the same seed and elements, whatever order they were added in', async () => {
    registerExtensions();
    const { nodes, edges } = toElements(curatedGraph);
    const first = cytoscape({ headless: true, styleEnabled: true, style: cytoscapeStyle() });
    first.add([...nodes, ...edges]);
    const second = cytoscape({ headless: true, styleEnabled: true, style: cytoscapeStyle() });
    second.add([...nodes].reverse());
    second.add([...edges].reverse());
    await runLayout(first, 'fcose', withDefaults(), first.elements(), 'explore:hezbollah');
    await runLayout(second, 'fcose', withDefaults(), second.elements(), 'explore:hezbollah');
    for (const node of first.nodes()) {
      const other = second.getElementById(node.id()).position();
      expect(other.x).toBeCloseTo(node.position().x, 6);
      expect(other.y).toBeCloseTo(node.position().y, 6);
    }
    first.destroy();
    second.destroy();
  });

  it('gives the same positions wherever the nodes stood before', async () => {
    const [a, b] = [graph(), graph()];
    b.nodes().positions(() => ({ x: 500, y: -300 }));
    await runLayout(a, 'fcose', withDefaults(), a.elements(), 's');
    await runLayout(b, 'fcose', withDefaults(), b.elements(), 's');
    for (const node of a.nodes()) {
      expect(b.getElementById(node.id()).position().x).toBeCloseTo(node.position().x, 6);
      expect(b.getElementById(node.id()).position().y).toBeCloseTo(node.position().y, 6);
    }
    a.destroy();
    b.destroy();
  });

  it('leaves Math.random as it was', async () => {
    const original = Math.random;
    const cy = graph();
    await runLayout(cy, 'fcose', withDefaults(), cy.elements(), 'seed');
    expect(Math.random).toBe(original);
    cy.destroy();
  });
});

import cytoscape, { type NodeSingular } from 'cytoscape';
import { curatedGraph } from '../test/fixtures';
import { withDefaults } from './defaults';
import { toElements } from './elements';
import { hierarchyRoots } from './hierarchy';
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

  it('roots hierarchies at their tops: commanders, controllers, parents of branches', () => {
    const cy = graph();
    const roots = hierarchyRoots(cy.elements()).map((n) => n.id());
    expect(roots).toContain('ali-khamenei');
    expect(roots).toContain('mohammad-hossein-shamkhani');
    expect(roots).not.toContain('irgc');
    expect(roots).not.toContain('irgc-qods-force');
    expect(roots).not.toContain('shamkhani-network');
    cy.destroy();
  });

  it('puts subordinates below their superiors in the breadthfirst layout', async () => {
    const cy = graph();
    await runLayout(cy, 'breadthfirst');
    const y = (id: string) => cy.getElementById(id).position('y');
    expect(y('ali-khamenei')).toBeLessThan(y('irgc'));
    expect(y('irgc')).toBeLessThan(y('irgc-qods-force'));
    cy.destroy();
  });

  it('puts actors outside any hierarchy below it', async () => {
    const cy = graph();
    cy.add({ group: 'nodes', data: { id: 'loner', label: 'Loner', kind: 'COUNTRY' } });
    await runLayout(cy, 'breadthfirst');
    const inHierarchy = ['ali-khamenei', 'irgc', 'irgc-qods-force', 'shamkhani-network'];
    const lowest = Math.max(
      ...inHierarchy.map((id) => (cy.getElementById(id) as NodeSingular).position('y')),
    );
    expect((cy.getElementById('loner') as NodeSingular).position('y')).toBeGreaterThan(lowest);
    cy.destroy();
  });
});

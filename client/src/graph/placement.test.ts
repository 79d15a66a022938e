import cytoscape from 'cytoscape';
import { curatedGraph, fleet, networkNeighborhood } from '../test/fixtures';
import { defaults } from './defaults';
import { toElements } from './elements';
import { placeNewNodes } from './placement';

function laidOutGraph() {
  const { nodes, edges } = toElements(curatedGraph);
  const cy = cytoscape({ headless: true, elements: [...nodes, ...edges] });
  cy.layout({ name: 'grid' }).run();
  return cy;
}

describe('placeNewNodes', () => {
  it('puts expanded neighbours around their parent and moves nobody else', () => {
    const cy = laidOutGraph();
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    const { nodes, edges } = toElements(networkNeighborhood);
    const added = cy.add([...nodes, ...edges].filter((e) => cy.getElementById(e.data.id!).empty()));
    expect(added.nodes().map((n) => n.id())).toEqual([fleet.id]);
    placeNewNodes(cy, added.nodes(), 'shamkhani-network');

    for (const [id, p] of before) expect(cy.getElementById(id).position()).toEqual(p);
    const parent = cy.getElementById('shamkhani-network').position();
    const child = cy.getElementById(fleet.id).position();
    const distance = Math.hypot(child.x - parent.x, child.y - parent.y);
    expect(distance).toBeCloseTo(defaults.expandRadius, 5);
    cy.destroy();
  });

  it('spreads many new neighbours without stacking them', () => {
    const cy = laidOutGraph();
    const newNodes = Array.from({ length: 25 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `company-${i}`, label: `Company ${i}`, kind: 'COMPANY' },
    }));
    const newEdges = newNodes.map((n) => ({
      group: 'edges' as const,
      data: {
        id: `own-${n.data.id}`,
        source: 'shamkhani-network',
        target: n.data.id,
        type: 'OWNS',
      },
    }));
    const added = cy.add([...newNodes, ...newEdges]);
    placeNewNodes(cy, added.nodes(), 'shamkhani-network');
    const spots = new Set(
      added.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`),
    );
    expect(spots.size).toBe(25);
    cy.destroy();
  });

  it('places a chain of new nodes hop by hop and isolated ones near the graph', () => {
    const cy = laidOutGraph();
    const added = cy.add([
      { group: 'nodes', data: { id: 'a', label: 'A', kind: 'PERSON' } },
      { group: 'nodes', data: { id: 'b', label: 'B', kind: 'PERSON' } },
      { group: 'nodes', data: { id: 'lonely', label: 'L', kind: 'PERSON' } },
      { group: 'edges', data: { id: 'e1', source: 'hezbollah', target: 'a', type: 'FUNDS' } },
      { group: 'edges', data: { id: 'e2', source: 'a', target: 'b', type: 'FUNDS' } },
    ]);
    placeNewNodes(cy, added.nodes());
    const d = (x: string, y: string) => {
      const p = cy.getElementById(x).position();
      const q = cy.getElementById(y).position();
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    expect(d('hezbollah', 'a')).toBeCloseTo(defaults.expandRadius, 5);
    expect(d('a', 'b')).toBeCloseTo(defaults.expandRadius, 5);
    const lonely = cy.getElementById('lonely').position();
    expect(Number.isFinite(lonely.x) && Number.isFinite(lonely.y)).toBe(true);
    cy.destroy();
  });
});

describe('placeNewNodes with hidden nodes', () => {
  it('never anchors a new node on a hidden one', () => {
    const cy = laidOutGraph();
    cy.getElementById('shamkhani-network').addClass('hidden').position({ x: 5000, y: 5000 });
    const added = cy.add([
      { group: 'nodes', data: { id: 'n', label: 'N', kind: 'PERSON' } },
      { group: 'edges', data: { id: 'e', source: 'shamkhani-network', target: 'n', type: 'OWNS' } },
      { group: 'edges', data: { id: 'f', source: 'hezbollah', target: 'n', type: 'FUNDS' } },
    ]);
    placeNewNodes(cy, added.nodes());
    const p = cy.getElementById('n').position();
    const h = cy.getElementById('hezbollah').position();
    expect(Math.hypot(p.x - h.x, p.y - h.y)).toBeCloseTo(defaults.expandRadius, 5);
    cy.destroy();
  });
});

describe('placeNewNodes keeps clear of what is drawn', () => {
  it('puts a new neighbour where nothing else is', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { group: 'nodes', data: { id: 'p', kind: 'PERSON' }, position: { x: 0, y: 0 } },
        // Crowd every side of the parent but the left.
        ...[0, 1, 2, 3, 4, 5, 6].map((i) => ({
          group: 'nodes' as const,
          data: { id: `o${i}`, kind: 'PERSON' },
          position: {
            x: 160 * Math.cos(-Math.PI / 2 + (i * Math.PI) / 6),
            y: 160 * Math.sin(-Math.PI / 2 + (i * Math.PI) / 6),
          },
        })),
      ],
    });
    const added = cy.add([
      { group: 'nodes', data: { id: 'n', kind: 'PERSON' } },
      { group: 'edges', data: { id: 'e', source: 'p', target: 'n', type: 'FUNDS' } },
    ]);
    placeNewNodes(cy, added.nodes());
    const p = cy.getElementById('n').position();
    expect(p.x).toBeLessThan(-100);
    expect(Math.hypot(p.x, p.y)).toBeCloseTo(defaults.expandRadius, 5);
    cy.destroy();
  });
});

import cytoscape from 'cytoscape';
import { anyOverlap, footprint, removeOverlaps } from './overlap';
import { defaults } from './defaults';

function crowd() {
  return cytoscape({
    headless: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'a', label: 'Islamic Revolutionary Guard Corps' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', label: 'Hezbollah', size: 60 }, position: { x: 10, y: 5 } },
      {
        data: { id: 'c', label: 'Iran\nin $30bn · out $528bn', size: 84 },
        position: { x: 0, y: 0 },
      },
      { data: { id: 'd', label: 'Far away' }, position: { x: 2000, y: 2000 } },
    ],
  });
}

describe('removeOverlaps', () => {
  it('estimates a footprint from the shape and the wrapped label', () => {
    const cy = crowd();
    const a = footprint(cy.getElementById('a'));
    expect(a.hw).toBe(defaults.labelMaxWidth / 2);
    expect(a.hh * 2).toBe(defaults.nodeSize + 2 * 14 + 4);
    const c = footprint(cy.getElementById('c'));
    expect(c.hh * 2).toBeGreaterThan(84);
    cy.destroy();
  });

  it('moves colliding nodes apart until nothing overlaps, and leaves the lone node alone', () => {
    const cy = crowd();
    expect(anyOverlap(cy.nodes())).toBe(true);
    removeOverlaps(cy.nodes());
    expect(anyOverlap(cy.nodes())).toBe(false);
    expect(cy.getElementById('d').position()).toEqual({ x: 2000, y: 2000 });
    cy.destroy();
  });
});

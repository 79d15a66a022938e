import cytoscape from 'cytoscape';
import { curatedGraph } from '../test/fixtures';
import { fitZoom, focusOn } from './camera';
import { withDefaults } from './defaults';
import { toElements } from './elements';

function graph() {
  const { nodes, edges } = toElements(curatedGraph);
  const cy = cytoscape({
    headless: true,
    elements: [...nodes, ...edges],
    minZoom: 0.1,
    maxZoom: 3,
  });
  cy.layout({ name: 'grid' }).run();
  return cy;
}

describe('camera', () => {
  it('never zooms closer than the cap', () => {
    const cy = graph();
    const one = cy.getElementById('hezbollah');
    expect(fitZoom(cy, one, 0, 1.2)).toBeLessThanOrEqual(1.2);
    expect(fitZoom(cy, one, 0, 1.2)).toBeGreaterThanOrEqual(cy.minZoom());
    cy.destroy();
  });

  it('centres the focused elements in the viewport', () => {
    const cy = graph();
    const eles = cy.getElementById('hezbollah').union(cy.getElementById('houthis'));
    focusOn(cy, eles, withDefaults({ animate: false }));
    const box = eles.renderedBoundingBox({});
    expect((box.x1 + box.x2) / 2).toBeCloseTo(cy.width() / 2, 5);
    expect((box.y1 + box.y2) / 2).toBeCloseTo(cy.height() / 2, 5);
    cy.destroy();
  });
});

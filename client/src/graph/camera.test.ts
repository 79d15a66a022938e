import cytoscape from 'cytoscape';
import { curatedGraph } from '../test/fixtures';
import { centreOn, fitZoom, focusOn, inView } from './camera';
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

describe('centreOn', () => {
  it('puts the node in the middle with everything else in view', () => {
    const { nodes, edges } = toElements(curatedGraph);
    const cy = cytoscape({ headless: true, elements: [...nodes, ...edges], minZoom: 0.1 });
    cy.layout({ name: 'grid' }).run();
    // Headless cores are 0×0; give it a viewport.
    Object.assign(cy, { width: () => 800, height: () => 600 });
    const node = cy.getElementById('hezbollah');
    centreOn(cy, node, cy.elements(), withDefaults({ animate: false }));
    const at = node.renderedPosition();
    expect(at.x).toBeCloseTo(400, 5);
    expect(at.y).toBeCloseTo(300, 5);
    const box = cy.elements().renderedBoundingBox({});
    expect(box.x1).toBeGreaterThanOrEqual(0);
    expect(box.x2).toBeLessThanOrEqual(800);
    expect(box.y1).toBeGreaterThanOrEqual(0);
    expect(box.y2).toBeLessThanOrEqual(600);
    cy.destroy();
  });
});

describe('inView', () => {
  it('says whether a box lies inside the current or a given viewport', () => {
    const { nodes, edges } = toElements(curatedGraph);
    const cy = cytoscape({ headless: true, elements: [...nodes, ...edges] });
    Object.assign(cy, { width: () => 800, height: () => 600 });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    expect(inView(cy, { x1: 10, y1: 10, x2: 100, y2: 100 })).toBe(true);
    expect(inView(cy, { x1: 10, y1: 10, x2: 900, y2: 100 })).toBe(false);
    expect(
      inView(cy, { x1: 10, y1: 10, x2: 900, y2: 100 }, { zoom: 0.5, pan: { x: 0, y: 0 } }),
    ).toBe(true);
    cy.destroy();
  });
});

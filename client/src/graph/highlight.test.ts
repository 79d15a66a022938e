import cytoscape from 'cytoscape';
import { curatedGraph, houthisToHezbollah } from '../test/fixtures';
import { toElements } from './elements';
import { clearHighlight, highlight, highlightedIds } from './highlight';

describe('highlight', () => {
  it('marks the path with `highlighted`, fades the rest, and clears', () => {
    const { nodes, edges } = toElements(curatedGraph);
    const cy = cytoscape({ headless: true, elements: [...nodes, ...edges] });
    const path = houthisToHezbollah;
    highlight(cy, {
      nodes: path.actors.map((a) => a.id),
      edges: [...path.relationships.map((r) => r.id), 'not-in-graph'],
    });
    expect(highlightedIds(cy)).toEqual({
      nodes: ['hezbollah', 'houthis', 'irgc-qods-force'],
      edges: path.relationships.map((r) => r.id).sort(),
    });
    expect(cy.getElementById('irgc').hasClass('faded')).toBe(true);
    expect(cy.getElementById('hezbollah').hasClass('faded')).toBe(false);

    clearHighlight(cy);
    expect(highlightedIds(cy)).toEqual({ nodes: [], edges: [] });
    expect(cy.$('.faded')).toHaveLength(0);
    cy.destroy();
  });
});

import cytoscape from 'cytoscape';
import {
  curatedGraph,
  fleet,
  networkOwnsFleet,
  ofacSanctionsQods,
  qodsFundsHezbollah,
  qodsPartOfIrgc,
} from '../test/fixtures';
import { defaults } from './defaults';
import { edgeLabel, edgeWidth, toElements } from './elements';

describe('toElements', () => {
  it('makes one node per actor and one edge per relationship that cytoscape accepts', () => {
    const { nodes, edges } = toElements(curatedGraph);
    const cy = cytoscape({ headless: true, elements: [...nodes, ...edges] });
    expect(cy.nodes()).toHaveLength(curatedGraph.actors.length);
    expect(cy.edges()).toHaveLength(curatedGraph.relationships.length);
    const edge = cy.getElementById(qodsFundsHezbollah.id);
    expect(edge.source().id()).toBe('irgc-qods-force');
    expect(edge.target().id()).toBe('hezbollah');
    expect(edge.data('type')).toBe('FUNDS');
    expect(cy.getElementById('shamkhani-network').data('collective')).toBe(true);
    cy.destroy();
  });

  it('adds a node for an endpoint that the actor list lacks', () => {
    const { nodes, edges } = toElements({ actors: [], relationships: [networkOwnsFleet] });
    expect(nodes.map((n) => n.data.id).sort()).toEqual([fleet.id, 'shamkhani-network']);
    const cy = cytoscape({ headless: true, elements: [...nodes, ...edges] });
    expect(cy.getElementById(fleet.id).data('kind')).toBe('VESSEL');
    cy.destroy();
  });

  it('keeps names as data, exactly as given', () => {
    const name = '<img src=x onerror=alert(1)>';
    const { nodes } = toElements({
      actors: [{ id: 'x', name, kind: 'COMPANY' }],
      relationships: [],
    });
    expect(nodes[0]?.data.label).toBe(name);
  });
});

describe('edge width and label', () => {
  it('widens money flows with the log of the amount, within bounds', () => {
    const small = { type: 'FUNDS' as const, amount: { ...qodsFundsHezbollah.amount!, usd: 1e6 } };
    const big = { type: 'FUNDS' as const, amount: { ...qodsFundsHezbollah.amount!, usd: 5e11 } };
    const huge = { type: 'FUNDS' as const, amount: { ...qodsFundsHezbollah.amount!, usd: 1e20 } };
    expect(edgeWidth(small)).toBe(defaults.minMoneyWidth);
    expect(edgeWidth(qodsFundsHezbollah)).toBeGreaterThan(edgeWidth(small));
    expect(edgeWidth(big)).toBeGreaterThan(edgeWidth(qodsFundsHezbollah));
    expect(edgeWidth(huge)).toBe(defaults.maxMoneyWidth);
    expect(edgeWidth({ type: 'OWES', amount: null })).toBe(defaults.minMoneyWidth);
  });

  it('labels money flows with amount and year, nothing else', () => {
    expect(edgeLabel(qodsFundsHezbollah)).toBe('$1bn · 2025');
    expect(edgeLabel(qodsPartOfIrgc)).toBeUndefined();
    expect(edgeLabel(ofacSanctionsQods)).toBeUndefined();
    const { edges } = toElements(curatedGraph);
    const labelled = edges.filter((e) => e.data.label).map((e) => e.data.id);
    expect(labelled).toEqual([qodsFundsHezbollah.id]);
  });
});

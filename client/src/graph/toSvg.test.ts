import cytoscape from 'cytoscape';
import { curatedGraph, qodsFundsHezbollah, scriptActor } from '../test/fixtures';
import { toElements } from './elements';
import { highlight } from './highlight';
import { cytoscapeStyle } from './style';
import { esc, toSvg, wrap } from './toSvg';

function graph() {
  const { nodes, edges } = toElements({
    ...curatedGraph,
    actors: [...curatedGraph.actors, scriptActor],
  });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: cytoscapeStyle(),
    elements: [...nodes, ...edges],
  });
  cy.layout({ name: 'grid' }).run();
  return cy;
}

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('toSvg', () => {
  it('draws every drawn node and edge, and nothing hidden', () => {
    const cy = graph();
    cy.getElementById('ali-khamenei').addClass('hidden');
    const doc = parse(toSvg(cy));
    expect(doc.querySelector('parsererror')).toBeNull();
    const ids = (selector: string) =>
      [...doc.querySelectorAll(selector)].map((g) => g.getAttribute('data-id'));
    expect(ids('g.node')).toHaveLength(cy.nodes().length - 1);
    expect(ids('g.node')).not.toContain('ali-khamenei');
    // The hidden node's edge goes with it.
    expect(ids('g.edge')).toHaveLength(cy.edges().length - 1);
    expect(doc.documentElement.textContent).toContain('Qods Force');
    expect(doc.documentElement.textContent).toContain('$1bn · 2025');
    cy.destroy();
  });

  it('keeps a name made of markup as text', () => {
    const cy = graph();
    const svg = toSvg(cy);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x');
    const doc = parse(svg);
    expect(doc.querySelector('img')).toBeNull();
    const lines = doc.querySelectorAll(`g.node[data-id="${scriptActor.id}"] tspan`);
    expect([...lines].map((t) => t.textContent).join(' ')).toBe(scriptActor.name);
    cy.destroy();
  });

  it('marks highlighted elements and fades the rest', () => {
    const cy = graph();
    highlight(cy, { nodes: ['irgc-qods-force', 'hezbollah'], edges: [qodsFundsHezbollah.id] });
    const doc = parse(toSvg(cy));
    const edge = doc.querySelector(`g.edge[data-id="${qodsFundsHezbollah.id}"]`)!;
    expect(edge.querySelectorAll('path')[0]?.getAttribute('stroke')).toBe('#F0E442');
    expect(doc.querySelector('g.node[data-id="houthis"]')?.getAttribute('opacity')).toBe('0.2');
    cy.destroy();
  });

  it('wraps long labels and escapes XML', () => {
    expect(wrap('Islamic Revolutionary Guard Corps\n⚑ EU', 120)).toEqual([
      'Islamic Revolutionary',
      'Guard Corps',
      '⚑ EU',
    ]);
    expect(esc(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});

import cytoscape from 'cytoscape';
import { ACTOR_KINDS, RELATION_TYPES } from '@explorer/domain';
import {
  curatedGraph,
  ofacSanctionsQods,
  qodsFundsHezbollah,
  qodsPartOfIrgc,
} from '../test/fixtures';
import { toElements } from './elements';
import { KIND_STYLES, TYPE_STYLES } from './palette';
import { cytoscapeStyle, HIDDEN, HIGHLIGHTED, TREE } from './style';

function styledGraph() {
  const { nodes, edges } = toElements(curatedGraph);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: cytoscapeStyle(),
    elements: [...nodes, ...edges],
  });
}

/** Cytoscape reports colours as rgb(r,g,b). */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

describe('the stylesheet', () => {
  it('gives every kind its own shape and colour', () => {
    const shapes = new Set(ACTOR_KINDS.map((k) => KIND_STYLES[k].shape));
    const colours = new Set(ACTOR_KINDS.map((k) => KIND_STYLES[k].color));
    expect(shapes.size).toBe(ACTOR_KINDS.length);
    expect(colours.size).toBe(ACTOR_KINDS.length);
  });

  it('gives every type a distinct line style and arrow combination', () => {
    const looks = new Set(
      RELATION_TYPES.map(
        (t) => `${TYPE_STYLES[t].color}/${TYPE_STYLES[t].line}/${TYPE_STYLES[t].arrow}`,
      ),
    );
    expect(looks.size).toBe(RELATION_TYPES.length);
  });

  it('draws nodes with the shape and colour of their kind', () => {
    const cy = styledGraph();
    const qods = cy.getElementById('irgc-qods-force');
    expect(qods.style('shape')).toBe(KIND_STYLES.MILITARY_UNIT.shape);
    expect(qods.style('background-color')).toBe(rgb(KIND_STYLES.MILITARY_UNIT.color));
    expect(cy.getElementById('ali-khamenei').style('shape')).toBe('ellipse');
    expect(cy.getElementById('hezbollah').style('shape')).toBe('triangle');
    expect(cy.getElementById('shamkhani-network').style('border-style')).toBe('double');
    cy.destroy();
  });

  it('draws control solid, sanctions dashed vermillion, money wider with a label', () => {
    const cy = styledGraph();
    const partOf = cy.getElementById(qodsPartOfIrgc.id);
    const sanctions = cy.getElementById(ofacSanctionsQods.id);
    const funds = cy.getElementById(qodsFundsHezbollah.id);
    expect(partOf.style('line-style')).toBe('solid');
    expect(sanctions.style('line-style')).toBe('dashed');
    expect(sanctions.style('line-color')).toBe(rgb(TYPE_STYLES.SANCTIONS.color));
    expect(sanctions.style('target-arrow-shape')).toBe('tee');
    expect(parseFloat(funds.style('width'))).toBeGreaterThan(parseFloat(partOf.style('width')));
    expect(funds.style('label')).toBe('$1bn · 2025');
    expect(partOf.style('label')).toBe('');
    cy.destroy();
  });

  it('makes highlighted elements fully opaque and fades the others', () => {
    const cy = styledGraph();
    cy.getElementById('hezbollah').addClass(HIGHLIGHTED);
    cy.getElementById('houthis').addClass('faded');
    expect(Number(cy.getElementById('hezbollah').style('opacity'))).toBe(1);
    expect(Number(cy.getElementById('houthis').style('opacity'))).toBeLessThan(0.5);
    cy.destroy();
  });

  it('draws tree edges as org-chart elbows, turning near the superior', () => {
    const cy = styledGraph();
    const partOf = cy.getElementById(qodsPartOfIrgc.id).addClass(TREE);
    expect(partOf.style('curve-style')).toBe('taxi');
    expect(partOf.style('taxi-turn')).toBe('-30px');
    expect(cy.getElementById(qodsFundsHezbollah.id).style('curve-style')).toBe('bezier');
    cy.destroy();
  });

  it('does not draw edges of hidden types', () => {
    const cy = styledGraph();
    const edge = cy.getElementById(ofacSanctionsQods.id);
    expect(edge.style('display')).toBe('element');
    edge.addClass(HIDDEN);
    expect(edge.style('display')).toBe('none');
    cy.destroy();
  });
});

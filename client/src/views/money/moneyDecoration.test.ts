import cytoscape from 'cytoscape';
import type { ActorTotals } from '../../api/api';
import { curatedGraph } from '../../test/fixtures';
import { defaults } from '../../graph/defaults';
import { toElements } from '../../graph/elements';
import { applyDecoration } from '../../graph/decoration';
import { sanctionsDecoration } from '../sanctions/sanctionsDecoration';
import { moneyDecoration, moneyLine, moneyNodeSize } from './moneyDecoration';
import { cytoscapeStyle } from '../../graph/style';

const totals = (inUsd: number, outUsd: number): ActorTotals => ({ inUsd, outUsd, unknownCount: 0 });

describe('money sizes and labels', () => {
  it('grows with the log of the dollars through an actor, within bounds', () => {
    expect(moneyNodeSize(undefined)).toBe(defaults.nodeSize);
    expect(moneyNodeSize(totals(0, 0))).toBe(defaults.nodeSize);
    const billion = moneyNodeSize(totals(0, 1e9));
    const tens = moneyNodeSize(totals(3e10, 2.3e10));
    expect(billion).toBeGreaterThan(defaults.nodeSize);
    expect(tens).toBeGreaterThan(billion);
    expect(moneyNodeSize(totals(1e15, 1e15))).toBe(defaults.maxMoneyNodeSize);
  });

  it('says money in and out in words', () => {
    expect(moneyLine(totals(3e10, 5.28e11))).toBe('in $30bn · out $528bn');
    expect(moneyLine(totals(0, 1e9))).toBe('out $1bn');
    expect(moneyLine(totals(0, 0))).toBe('');
  });

  it('labels and sizes nodes per view, and puts them back', () => {
    const { nodes, edges } = toElements(curatedGraph);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: cytoscapeStyle(),
      elements: [...nodes, ...edges],
    });
    const qods = cy.getElementById('irgc-qods-force');
    applyDecoration(cy, moneyDecoration(new Map([['irgc-qods-force', totals(0, 1e9)]])));
    expect(qods.data('label')).toBe('Qods Force\nout $1bn');
    expect(parseFloat(qods.style('width'))).toBe(moneyNodeSize(totals(0, 1e9)));
    expect(cy.getElementById('hezbollah').data('label')).toBe('Hezbollah');
    qods.data('authorities', 'OFAC');
    applyDecoration(cy, sanctionsDecoration);
    expect(qods.data('label')).toBe('Qods Force\n⚑ OFAC');
    expect(parseFloat(qods.style('width'))).toBe(defaults.nodeSize);
    applyDecoration(cy, null);
    expect(qods.data('label')).toBe('Qods Force');
    cy.destroy();
  });
});

import cytoscape from 'cytoscape';
import {
  curatedGraph,
  ofacSanctionsNetwork,
  ofacSanctionsQods,
  qodsFundsHezbollah,
} from '../test/fixtures';
import type { RelationshipFields } from '../api/api';
import { applyAuthorityRings, designatedActors } from './authorities';
import { toElements } from './elements';
import { OKABE_ITO } from './palette';
import { cytoscapeStyle } from './style';

const eu = { id: 'european-union', name: 'European Union', kind: 'INTERNATIONAL_BODY' as const };
const euSanctionsQods: RelationshipFields = {
  ...ofacSanctionsQods,
  id: 'eu--sanctions--qods',
  source: eu,
  start: '2011',
};
const ministry = {
  id: 'some-ministry',
  name: 'Ministry of Sanctions Affairs',
  kind: 'STATE_BODY' as const,
};
const otherSanctions: RelationshipFields = {
  ...ofacSanctionsNetwork,
  id: 'ministry--sanctions--network',
  source: ministry,
};

describe('designatedActors', () => {
  it('groups authorities by designated actor, known authorities first', () => {
    const d = designatedActors([
      ofacSanctionsQods,
      euSanctionsQods,
      otherSanctions,
      qodsFundsHezbollah,
    ]);
    expect(d.authorities.map((a) => a.code)).toEqual(['OFAC', 'EU', 'MSA']);
    expect(d.byActor.get('irgc-qods-force')?.map((a) => a.code)).toEqual(['OFAC', 'EU']);
    expect(d.byActor.get('shamkhani-network')?.map((a) => a.code)).toEqual(['MSA']);
    expect(d.byActor.has('hezbollah')).toBe(false);
    expect(new Set(d.authorities.map((a) => a.color)).size).toBe(3);
  });

  it('keeps only designations in force in the chosen year', () => {
    const d = designatedActors([ofacSanctionsQods, euSanctionsQods, ofacSanctionsNetwork], 2009);
    expect(d.byActor.get('irgc-qods-force')?.map((a) => a.code)).toEqual(['OFAC']);
    expect(d.byActor.has('shamkhani-network')).toBe(false);
  });
});

describe('applyAuthorityRings', () => {
  it('rings designated nodes in their authorities’ colours and takes rings off again', () => {
    const { nodes, edges } = toElements(curatedGraph);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: cytoscapeStyle(),
      elements: [...nodes, ...edges],
    });
    applyAuthorityRings(cy, designatedActors([ofacSanctionsQods, euSanctionsQods]));
    const qods = cy.getElementById('irgc-qods-force');
    expect(qods.data('authorities')).toBe('OFAC · EU');
    expect(qods.style('outline-color')).toBe('rgb(0,114,178)');
    expect(qods.style('border-color')).toBe('rgb(0,158,115)');
    expect(parseFloat(qods.style('outline-width'))).toBeGreaterThan(0);
    expect(cy.getElementById('hezbollah').data('ring1')).toBeUndefined();
    applyAuthorityRings(cy, designatedActors([]));
    expect(qods.data('ring1')).toBeUndefined();
    expect(qods.data('authorities')).toBeUndefined();
    expect(OKABE_ITO.blue).toBe('#0072B2');
    cy.destroy();
  });
});

import cytoscape from 'cytoscape';
import {
  curatedGraph,
  khameneiCommandsIrgc,
  ofacSanctionsQods,
  qodsFundsHezbollah,
  qodsPartOfIrgc,
  qodsSuppliesHouthis,
} from '../test/fixtures';
import { toElements } from './elements';
import { cytoscapeStyle, UNDATED } from './style';
import {
  applyVisibility,
  drawnElements,
  EMPTY_IDS,
  idSets,
  type VisibilitySpec,
} from './visibility';

function graph() {
  const { nodes, edges } = toElements(curatedGraph);
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: cytoscapeStyle(),
    elements: [...nodes, ...edges],
  });
}

const everything: VisibilitySpec = {
  scope: null,
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  onlyTypes: null,
  window: undefined,
  pinned: EMPTY_IDS,
};

const ids = (c: cytoscape.Collection) => c.map((e) => e.id()).sort();

describe('applyVisibility', () => {
  it('draws everything loaded by default', () => {
    const cy = graph();
    expect(applyVisibility(cy, everything)).toHaveLength(cy.elements().length);
    expect(cy.$('.hidden')).toHaveLength(0);
    cy.destroy();
  });

  it('draws only the scope, plus what is pinned', () => {
    const cy = graph();
    const scope = idSets([{ actors: [], relationships: [qodsFundsHezbollah] }]);
    const pinned = idSets([], ['houthis']);
    const drawn = applyVisibility(cy, { ...everything, scope, pinned });
    expect(ids(drawn)).toEqual(['hezbollah', 'houthis', 'irgc-qods-force', qodsFundsHezbollah.id]);
    expect(cy.getElementById('ali-khamenei').style('display')).toBe('none');
    expect(ids(drawnElements(cy))).toEqual(ids(drawn));
    cy.destroy();
  });

  it('hides types, and actors whose every relationship is hidden', () => {
    const cy = graph();
    const drawn = applyVisibility(cy, { ...everything, hiddenTypes: new Set(['COMMANDS']) });
    expect(drawn.contains(cy.getElementById(khameneiCommandsIrgc.id))).toBe(false);
    // Khamenei's only relationship is hidden; the IRGC keeps the Qods Force's.
    expect(drawn.contains(cy.getElementById('ali-khamenei'))).toBe(false);
    expect(drawn.contains(cy.getElementById('irgc'))).toBe(true);
    cy.destroy();
  });

  it('keeps only the given types in the money view', () => {
    const cy = graph();
    const drawn = applyVisibility(cy, { ...everything, onlyTypes: new Set(['FUNDS']) });
    expect(ids(drawn)).toEqual(['hezbollah', 'irgc-qods-force', qodsFundsHezbollah.id]);
    cy.destroy();
  });

  it('hides a kind without hiding the other ends of its relationships', () => {
    const cy = graph();
    const drawn = applyVisibility(cy, { ...everything, hiddenKinds: new Set(['PERSON']) });
    expect(drawn.contains(cy.getElementById('ali-khamenei'))).toBe(false);
    expect(drawn.contains(cy.getElementById('mohammad-hossein-shamkhani'))).toBe(false);
    expect(drawn.contains(cy.getElementById('shamkhani-network'))).toBe(true);
    expect(drawn.contains(cy.getElementById(khameneiCommandsIrgc.id))).toBe(false);
    cy.destroy();
  });

  it('hides relationships not valid in the chosen year, and those the sources do not date', () => {
    const cy = graph();
    const drawn = applyVisibility(cy, { ...everything, window: { from: '2010', to: '2010' } });
    expect(drawn.contains(cy.getElementById(qodsFundsHezbollah.id))).toBe(false);
    expect(drawn.contains(cy.getElementById(qodsSuppliesHouthis.id))).toBe(false);
    expect(drawn.contains(cy.getElementById(ofacSanctionsQods.id))).toBe(true);
    expect(drawn.contains(cy.getElementById(qodsPartOfIrgc.id))).toBe(false);
    expect(drawn.contains(cy.getElementById('hezbollah'))).toBe(false);
    cy.destroy();
  });

  it('with undated facts asked for, draws them marked undated, and only them', () => {
    const cy = graph();
    const window = { from: '2007', to: '2012', includeUndated: true };
    const drawn = applyVisibility(cy, { ...everything, window });
    expect(drawn.contains(cy.getElementById(qodsPartOfIrgc.id))).toBe(true);
    expect(cy.getElementById(qodsPartOfIrgc.id).hasClass(UNDATED)).toBe(true);
    expect(cy.getElementById(ofacSanctionsQods.id).hasClass(UNDATED)).toBe(false);
    expect(drawn.contains(cy.getElementById(qodsFundsHezbollah.id))).toBe(false);
    // Without a window nothing is undated.
    applyVisibility(cy, everything);
    expect(cy.$(`.${UNDATED}`).length).toBe(0);
    cy.destroy();
  });

  it('draws pinned elements whatever the filters say', () => {
    const cy = graph();
    const pinned = idSets([{ actors: [], relationships: [qodsFundsHezbollah] }]);
    const drawn = applyVisibility(cy, {
      ...everything,
      hiddenTypes: new Set(['FUNDS']),
      window: { from: '1990', to: '1990' },
      pinned,
    });
    expect(drawn.contains(cy.getElementById(qodsFundsHezbollah.id))).toBe(true);
    expect(drawn.contains(cy.getElementById('hezbollah'))).toBe(true);
    cy.destroy();
  });
});

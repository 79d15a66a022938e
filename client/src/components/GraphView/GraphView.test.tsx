import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Core, NodeSingular } from 'cytoscape';
import { designatedActors } from '../../graph/authorities';
import { defaults } from '../../graph/defaults';
import { EMPTY_IDS, idSets, type VisibilitySpec } from '../../graph/visibility';
import { EMPTY_GRAPH, mergeGraph } from '../../state/graphData';
import {
  curatedGraph,
  fleet,
  houthisToHezbollah,
  networkNeighborhood,
  ofacSanctionsNetwork,
  ofacSanctionsQods,
  qodsFundsHezbollah,
} from '../../test/fixtures';
import { moneyDecoration } from '../../views/money/moneyDecoration';
import { sanctionsDecoration } from '../../views/sanctions/sanctionsDecoration';
import { GraphView, type GraphViewProps } from './GraphView';

const base = mergeGraph(EMPTY_GRAPH, curatedGraph);

const everything: VisibilitySpec = {
  scope: null,
  hiddenKinds: new Set(),
  hiddenTypes: new Set(),
  onlyTypes: null,
  window: undefined,
  pinned: EMPTY_IDS,
};

function setup(overrides: Partial<GraphViewProps> = {}) {
  const props: GraphViewProps = {
    data: base,
    visibility: everything,
    layoutKey: 'graph:*',
    layout: 'force',
    onChangeLayout: jest.fn(),
    centreId: null,
    selectedId: null,
    highlighted: null,
    designated: designatedActors([]),
    onSelectActor: jest.fn(),
    onSelectRelationship: jest.fn(),
    onExpand: jest.fn(),
    onClearSelection: jest.fn(),
    ...overrides,
  };
  const view = render(<GraphView {...props} />);
  const cy = window.__cy as Core;
  return {
    props,
    cy,
    rerender: (p: Partial<GraphViewProps>) => view.rerender(<GraphView {...props} {...p} />),
    view,
  };
}

const positions = (cy: Core) => new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));

describe('GraphView', () => {
  it('draws the whole graph it is given and exposes cytoscape as window.__cy', async () => {
    const onDrawn = jest.fn();
    const { cy } = setup({ onDrawn });
    expect(screen.getByTestId('graph-canvas')).toBeInTheDocument();
    expect(cy.nodes()).toHaveLength(curatedGraph.actors.length);
    expect(cy.edges()).toHaveLength(curatedGraph.relationships.length);
    expect(cy.$('.hidden')).toHaveLength(0);
    expect(cy.nodes().every((n) => Number.isFinite((n as NodeSingular).position('x')))).toBe(true);
    expect(onDrawn).toHaveBeenLastCalledWith({ nodes: 8, edges: 7, groups: 0 });
    await waitFor(() => expect(screen.getByTestId('graph-canvas').dataset.layout).toBe('idle'));
  });

  it('draws nothing and lays nothing out until the view is ready', () => {
    const { cy, rerender } = setup({
      layoutKey: null,
      visibility: { ...everything, scope: EMPTY_IDS },
    });
    expect(cy.nodes('.hidden')).toHaveLength(cy.nodes().length);
    rerender({ layoutKey: 'graph:*', visibility: everything });
    expect(cy.$('.hidden')).toHaveLength(0);
  });

  it('selects actors on tap, relationships on edge tap, expands on double tap, clears on background tap', () => {
    const { cy, props } = setup();
    cy.getElementById('hezbollah').emit('tap');
    expect(props.onSelectActor).toHaveBeenCalledWith('hezbollah');
    cy.getElementById(qodsFundsHezbollah.id).emit('tap');
    expect(props.onSelectRelationship).toHaveBeenCalledWith(qodsFundsHezbollah.id);
    cy.getElementById('shamkhani-network').emit('dbltap');
    expect(props.onExpand).toHaveBeenCalledWith('shamkhani-network');
    cy.emit('tap');
    expect(props.onClearSelection).toHaveBeenCalledTimes(1);
  });

  it('places an expansion next to its parent and moves nobody else', () => {
    const { cy, rerender } = setup();
    const before = positions(cy);
    rerender({
      data: mergeGraph(base, networkNeighborhood, 'shamkhani-network'),
      anchorId: 'shamkhani-network',
    });
    expect(cy.getElementById(fleet.id).nonempty()).toBe(true);
    for (const [id, position] of before) {
      expect((cy.getElementById(id) as NodeSingular).position()).toEqual(position);
    }
    const parent = cy.getElementById('shamkhani-network').position();
    const child = cy.getElementById(fleet.id).position();
    expect(Math.hypot(child.x - parent.x, child.y - parent.y)).toBeCloseTo(
      defaults.expandRadius,
      5,
    );
  });

  it('shows only the scope; a wider scope under the same key places the newcomers', () => {
    const scope = idSets([{ actors: [], relationships: [qodsFundsHezbollah] }]);
    const { cy, rerender } = setup({ visibility: { ...everything, scope } });
    expect(
      cy
        .nodes()
        .not('.hidden')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['hezbollah', 'irgc-qods-force']);
    const before = positions(cy);
    const wider = idSets([{ actors: [], relationships: [qodsFundsHezbollah, ofacSanctionsQods] }]);
    rerender({ visibility: { ...everything, scope: wider }, anchorId: 'irgc-qods-force' });
    expect(cy.getElementById('us-ofac').hasClass('hidden')).toBe(false);
    expect(cy.getElementById('hezbollah').position()).toEqual(before.get('hezbollah'));
    const qods = cy.getElementById('irgc-qods-force').position();
    const ofac = cy.getElementById('us-ofac').position();
    expect(Math.hypot(ofac.x - qods.x, ofac.y - qods.y)).toBeCloseTo(defaults.expandRadius, 5);
  });

  it('lays out afresh when the key changes, and top-down in the hierarchy layout', () => {
    const { cy, rerender } = setup();
    rerender({ layoutKey: 'control:irgc', layout: 'hierarchy' });
    expect(cy.getElementById('ali-khamenei').position('y')).toBeLessThan(
      cy.getElementById('irgc-qods-force').position('y'),
    );
  });

  it('offers the layouts and a fresh layout in the toolbar', () => {
    const { cy, props } = setup();
    fireEvent.click(screen.getByTestId('layout-hierarchy'));
    expect(props.onChangeLayout).toHaveBeenCalledWith('hierarchy');
    expect(screen.getByRole('button', { name: 'Force' })).toHaveAttribute('aria-pressed', 'true');
    const before = positions(cy);
    fireEvent.click(screen.getByTestId('relayout'));
    expect(positions(cy)).not.toEqual(before);
  });

  it('selects the selected element and highlights a path', () => {
    const { cy, rerender } = setup();
    rerender({ selectedId: 'houthis' });
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['houthis']);
    const ids = {
      nodes: houthisToHezbollah.actors.map((a) => a.id),
      edges: houthisToHezbollah.relationships.map((r) => r.id),
    };
    const onClearHighlight = jest.fn();
    rerender({ selectedId: 'houthis', highlighted: ids, onClearHighlight });
    expect(
      cy
        .$('.highlighted')
        .map((e) => e.id())
        .sort(),
    ).toEqual([...ids.nodes, ...ids.edges].sort());
    fireEvent.click(screen.getByRole('button', { name: 'Clear highlight' }));
    expect(onClearHighlight).toHaveBeenCalled();
    rerender({ selectedId: null, highlighted: null });
    expect(cy.$('.highlighted')).toHaveLength(0);
    expect(cy.$(':selected')).toHaveLength(0);
  });

  it('rings designated actors and labels them in the sanctions view; sizes them in the money view', () => {
    const designated = designatedActors([ofacSanctionsQods, ofacSanctionsNetwork]);
    const { cy, rerender } = setup({ designated, decoration: sanctionsDecoration });
    const qods = cy.getElementById('irgc-qods-force');
    expect(qods.data('ring1')).toBe('#0072B2');
    expect(qods.data('label')).toBe('Qods Force\n⚑ OFAC');
    rerender({
      designated,
      decoration: moneyDecoration(
        new Map([['irgc-qods-force', { inUsd: 0, outUsd: 1e9, unknownCount: 0 }]]),
      ),
    });
    expect(qods.data('label')).toBe('Qods Force\nout $1bn');
    expect(qods.data('size')).toBeGreaterThan(defaults.nodeSize);
  });

  it('pans, zooms and fits from the keyboard, and Escape clears the selection', () => {
    const { cy, props } = setup();
    const canvas = screen.getByTestId('graph-canvas');
    const pan = { ...cy.pan() };
    fireEvent.keyDown(canvas, { key: 'ArrowLeft' });
    expect(cy.pan().x).toBe(pan.x + 60);
    const zoom = cy.zoom();
    fireEvent.keyDown(canvas, { key: '+' });
    expect(cy.zoom()).toBeGreaterThan(zoom);
    fireEvent.keyDown(canvas, { key: 'Escape' });
    expect(props.onClearSelection).toHaveBeenCalled();
  });

  it('removes window.__cy when unmounted', () => {
    const { view } = setup();
    view.unmount();
    expect(window.__cy).toBeUndefined();
  });
});

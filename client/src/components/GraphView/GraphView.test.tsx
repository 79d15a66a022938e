import { fireEvent, render, screen } from '@testing-library/react';
import type { Core, NodeSingular } from 'cytoscape';
import { defaults } from '../../graph/defaults';
import { EMPTY_GRAPH, mergeGraph } from '../../state/graphData';
import {
  curatedGraph,
  fleet,
  houthisToHezbollah,
  networkNeighborhood,
  qodsFundsHezbollah,
} from '../../test/fixtures';
import { GraphView, type GraphViewProps } from './GraphView';

const base = mergeGraph(EMPTY_GRAPH, curatedGraph);

function setup(overrides: Partial<GraphViewProps> = {}) {
  const props: GraphViewProps = {
    data: base,
    selectedId: null,
    highlighted: null,
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

describe('GraphView', () => {
  it('draws the whole graph it is given and exposes cytoscape as window.__cy', () => {
    const { cy } = setup();
    expect(screen.getByTestId('graph-canvas')).toBeInTheDocument();
    expect(cy.nodes()).toHaveLength(curatedGraph.actors.length);
    expect(cy.edges()).toHaveLength(curatedGraph.relationships.length);
    expect(cy.nodes().every((n) => Number.isFinite((n as NodeSingular).position('x')))).toBe(true);
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

  it('merges an expansion: new nodes near the parent, the others stay put', () => {
    const { cy, rerender } = setup();
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    rerender({ data: mergeGraph(base, networkNeighborhood, 'shamkhani-network') });
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

  it('selects the selected element and highlights a path', () => {
    const { cy, rerender } = setup();
    rerender({ selectedId: 'houthis' });
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['houthis']);
    const ids = {
      nodes: houthisToHezbollah.actors.map((a) => a.id),
      edges: houthisToHezbollah.relationships.map((r) => r.id),
    };
    rerender({ selectedId: 'houthis', highlighted: ids });
    expect(
      cy
        .$('.highlighted')
        .map((e) => e.id())
        .sort(),
    ).toEqual([...ids.nodes, ...ids.edges].sort());
    rerender({ selectedId: null, highlighted: null });
    expect(cy.$('.highlighted')).toHaveLength(0);
    expect(cy.$(':selected')).toHaveLength(0);
  });

  it('switches to the hierarchy layout from the toolbar', () => {
    const { cy } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Hierarchy' }));
    expect(screen.getByRole('button', { name: 'Hierarchy' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(cy.getElementById('ali-khamenei').position('y')).toBeLessThan(
      cy.getElementById('irgc-qods-force').position('y'),
    );
  });

  it('removes window.__cy when unmounted', () => {
    const { view } = setup();
    view.unmount();
    expect(window.__cy).toBeUndefined();
  });

  it('hides the edges of hidden types, including ones added later', () => {
    const { cy, rerender } = setup();
    rerender({ hiddenTypes: new Set(['SANCTIONS', 'OWNS']) });
    expect(
      cy
        .edges('.hidden-type')
        .map((e) => e.data('type'))
        .sort(),
    ).toEqual(['SANCTIONS', 'SANCTIONS']);
    rerender({
      hiddenTypes: new Set(['SANCTIONS', 'OWNS']),
      data: mergeGraph(base, networkNeighborhood, 'shamkhani-network'),
    });
    expect(
      cy.getElementById('shamkhani-network--owns--shamkhani-fleet').hasClass('hidden-type'),
    ).toBe(true);
    rerender({ hiddenTypes: new Set() });
    expect(cy.edges('.hidden-type')).toHaveLength(0);
  });
});

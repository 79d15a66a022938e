import {
  DEFAULT_VIEW,
  effectiveLayout,
  focusActor,
  setPathEnd,
  showWholeGraph,
  switchMode,
  toggleExpanded,
  toggleIn,
} from './view';

describe('view transitions', () => {
  it('focusing selects the actor and starts a fresh set of expansions', () => {
    const view = focusActor({ ...DEFAULT_VIEW, expanded: ['irgc'], traced: true }, 'hezbollah');
    expect(view).toMatchObject({
      focus: 'hezbollah',
      expanded: [],
      selected: { kind: 'actor', id: 'hezbollah' },
      traced: false,
    });
    expect(showWholeGraph(view)).toMatchObject({ focus: null, selected: view.selected });
  });

  it('expands and collapses', () => {
    const once = toggleExpanded(DEFAULT_VIEW, 'irgc');
    expect(once.expanded).toEqual(['irgc']);
    expect(toggleExpanded(once, 'irgc').expanded).toEqual([]);
  });

  it('toggles an item in a list kept in a fixed order', () => {
    expect(toggleIn(['C'], 'A', ['A', 'B', 'C'])).toEqual(['A', 'C']);
    expect(toggleIn(['A', 'C'], 'A', ['A', 'B', 'C'])).toEqual(['C']);
  });

  it('setting a path end opens the paths view and forgets the chosen path', () => {
    const view = setPathEnd({ ...DEFAULT_VIEW, chosenPath: 2 }, 'to', 'irgc');
    expect(view).toMatchObject({ mode: 'paths', pathTo: 'irgc', chosenPath: null });
  });

  it('the control view centres on the selected actor and lays it out top-down', () => {
    const view = switchMode(
      { ...DEFAULT_VIEW, selected: { kind: 'actor', id: 'irgc' }, layout: 'force' },
      'control',
    );
    expect(view).toMatchObject({ mode: 'control', focus: 'irgc', layout: null });
    expect(effectiveLayout(view)).toBe('hierarchy');
    expect(effectiveLayout({ ...view, layout: 'force' })).toBe('force');
    expect(effectiveLayout(DEFAULT_VIEW)).toBe('force');
  });
});

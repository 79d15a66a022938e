import { fromSearch, toSearch } from './urlState';
import { DEFAULT_VIEW, type ViewState } from './view';

describe('the view in the URL', () => {
  it('writes nothing for the default view and reads the default back from nothing', () => {
    expect(toSearch(DEFAULT_VIEW)).toBe('');
    expect(fromSearch('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every field', () => {
    const view: ViewState = {
      mode: 'sanctions',
      focus: 'hezbollah',
      depth: 2,
      expanded: ['irgc', 'houthis'],
      selected: { kind: 'relationship', id: 'iran--funds--hezbollah--2025' },
      hiddenKinds: ['PERSON', 'COUNTRY'],
      hiddenTypes: ['SUPPORTS'],
      year: 2015,
      layout: 'hierarchy',
      pathFrom: 'hezbollah',
      pathTo: 'irgc',
      pathDirected: true,
      pathMaxHops: 6,
      pathTypes: ['FUNDS', 'SUPPLIES'],
      chosenPath: 1,
      via: ['PART_OF', 'CONTROLS'],
      traced: true,
      origin: 'imported',
    };
    const search = toSearch(view);
    expect(search).toContain('focus=hezbollah');
    expect(search).toContain('expand=irgc%2Chouthis');
    expect(fromSearch(search)).toEqual(view);
  });

  it('keeps an empty type list apart from "all types"', () => {
    const view = { ...DEFAULT_VIEW, pathTypes: [], via: [] };
    expect(fromSearch(toSearch(view))).toEqual(view);
  });

  it('ignores what it cannot read instead of failing', () => {
    const view = fromSearch(
      '?mode=bogus&depth=9&hideKinds=PERSON,ALIEN&year=abc&hops=0&sel=x:y&layout=spiral&path=-1',
    );
    expect(view).toEqual({ ...DEFAULT_VIEW, hiddenKinds: ['PERSON'] });
  });

  it('reads kinds and types in any case, in legend order, once each', () => {
    expect(fromSearch('?hideTypes=funds,PART_OF,funds').hiddenTypes).toEqual(['PART_OF', 'FUNDS']);
  });
});

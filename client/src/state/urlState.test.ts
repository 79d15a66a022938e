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
      range: null,
      includeUndated: true,
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

  it('round-trips a time range next to the path ends, and restores it from the link alone', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      mode: 'timeline',
      range: { from: '2001-03', to: '2015' },
      pathFrom: 'hezbollah',
      pathTo: 'irgc',
    };
    const search = toSearch(view);
    expect(search).toBe('?mode=timeline&timeFrom=2001-03&timeTo=2015&from=hezbollah&to=irgc');
    expect(fromSearch(search)).toEqual(view);
    expect(fromSearch('?timeTo=1990').range).toEqual({ from: null, to: '1990' });
  });

  it('reads a range that is not one (bad dates, reversed) as none, and lets a range win over a year', () => {
    expect(fromSearch('?timeFrom=2015-13&timeTo=later').range).toBeNull();
    expect(fromSearch('?timeFrom=2020&timeTo=2010').range).toBeNull();
    const both = fromSearch('?year=2012&timeFrom=2001&timeTo=2003');
    expect([both.year, both.range]).toEqual([null, { from: '2001', to: '2003' }]);
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

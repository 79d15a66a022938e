import { viewExportFilter } from './exportFilter';
import { DEFAULT_VIEW } from './view';

describe('viewExportFilter', () => {
  it('asks for the whole graph when nothing is filtered', () => {
    expect(viewExportFilter(DEFAULT_VIEW)).toEqual({
      around: null,
      depth: null,
      types: null,
      kinds: null,
      asOf: null,
    });
  });

  it('follows the focus, depth, legend and year', () => {
    const filter = viewExportFilter({
      ...DEFAULT_VIEW,
      focus: 'hezbollah',
      depth: 2,
      hiddenTypes: ['SANCTIONS', 'STRIKES'],
      hiddenKinds: ['PERSON'],
      year: 2015,
    });
    expect(filter.around).toBe('hezbollah');
    expect(filter.depth).toBe(2);
    expect(filter.types).not.toContain('SANCTIONS');
    expect(filter.types).toContain('FUNDS');
    expect(filter.kinds).not.toContain('PERSON');
    expect(filter.asOf).toBe('2015');
  });

  it('keeps to money in the money view and to the chain in the control view', () => {
    expect(
      viewExportFilter({ ...DEFAULT_VIEW, mode: 'money', hiddenTypes: ['OWES'] }).types,
    ).toEqual(['FUNDS', 'INVESTS_IN']);
    expect(viewExportFilter({ ...DEFAULT_VIEW, mode: 'control', focus: 'irgc' })).toMatchObject({
      around: 'irgc',
      depth: 3,
      types: ['PART_OF', 'COMMANDS', 'CONTROLS', 'HOLDS_OFFICE'],
    });
  });
});

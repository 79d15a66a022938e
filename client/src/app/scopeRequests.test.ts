import { NO_TIME, timeQuery } from '../state/timeRange';
import { DEFAULT_VIEW } from '../state/view';
import { layoutKey, scopeRequests } from './scopeRequests';

describe('scopeRequests', () => {
  it('asks for nothing for the whole graph', () => {
    expect(scopeRequests(DEFAULT_VIEW, NO_TIME)).toEqual([]);
  });

  it('asks for the focus at its depth first, then each expansion at depth 1, as of the year', () => {
    const requests = scopeRequests(
      { ...DEFAULT_VIEW, focus: 'hezbollah', depth: 2, expanded: ['irgc', 'hezbollah'] },
      timeQuery({ year: 2015, range: null, includeUndated: false }),
    );
    const asOf2015 = expect.objectContaining({ asOf: '2015', from: null, to: null });
    expect(requests).toEqual([
      expect.objectContaining({ kind: 'neighborhood', id: 'hezbollah', depth: 2, time: asOf2015 }),
      expect.objectContaining({ kind: 'neighborhood', id: 'irgc', depth: 1, time: asOf2015 }),
    ]);
    expect(new Set(requests.map((r) => r.key)).size).toBe(2);
  });

  it('asks for a range with includeUndated, keyed apart from the same range without', () => {
    const view = { ...DEFAULT_VIEW, focus: 'hezbollah' };
    const range = { from: '2001', to: '2015-06' };
    const [strict] = scopeRequests(view, timeQuery({ year: null, range, includeUndated: false }));
    const [loose] = scopeRequests(view, timeQuery({ year: null, range, includeUndated: true }));
    expect(loose).toMatchObject({
      time: { asOf: null, from: '2001', to: '2015-06', includeUndated: true },
    });
    expect(strict!.key).not.toBe(loose!.key);
  });

  it('keeps to money relationships in the money view', () => {
    const [request] = scopeRequests({ ...DEFAULT_VIEW, mode: 'money', focus: 'iran' }, NO_TIME);
    expect(request).toMatchObject({ types: ['FUNDS', 'INVESTS_IN', 'OWES'] });
  });

  it('asks for the chain up and down in the control view', () => {
    const requests = scopeRequests({ ...DEFAULT_VIEW, mode: 'control', focus: 'irgc' }, NO_TIME);
    expect(requests.map((r) => r.kind === 'chain' && r.direction)).toEqual(['UP', 'DOWN']);
    expect(scopeRequests({ ...DEFAULT_VIEW, mode: 'control' }, NO_TIME)).toEqual([]);
  });
});

describe('layoutKey', () => {
  it('is shared by the views that draw the same actors', () => {
    const focused = { ...DEFAULT_VIEW, focus: 'hezbollah' };
    expect(layoutKey({ ...focused, mode: 'paths' })).toBe(layoutKey(focused));
    expect(layoutKey({ ...focused, mode: 'money' })).not.toBe(layoutKey(focused));
    expect(layoutKey({ ...focused, depth: 3 })).toBe(layoutKey(focused));
  });
});

import { DEFAULT_VIEW } from '../state/view';
import { layoutKey, scopeRequests } from './scopeRequests';

describe('scopeRequests', () => {
  it('asks for nothing for the whole graph', () => {
    expect(scopeRequests(DEFAULT_VIEW, null)).toEqual([]);
  });

  it('asks for the focus at its depth first, then each expansion at depth 1, as of the year', () => {
    const requests = scopeRequests(
      { ...DEFAULT_VIEW, focus: 'hezbollah', depth: 2, expanded: ['irgc', 'hezbollah'] },
      2015,
    );
    expect(requests).toEqual([
      expect.objectContaining({ kind: 'neighborhood', id: 'hezbollah', depth: 2, asOf: '2015' }),
      expect.objectContaining({ kind: 'neighborhood', id: 'irgc', depth: 1, asOf: '2015' }),
    ]);
    expect(new Set(requests.map((r) => r.key)).size).toBe(2);
  });

  it('keeps to money relationships in the money view', () => {
    const [request] = scopeRequests({ ...DEFAULT_VIEW, mode: 'money', focus: 'iran' }, null);
    expect(request).toMatchObject({ types: ['FUNDS', 'INVESTS_IN', 'OWES'] });
  });

  it('asks for the chain up and down in the control view', () => {
    const requests = scopeRequests({ ...DEFAULT_VIEW, mode: 'control', focus: 'irgc' }, null);
    expect(requests.map((r) => r.kind === 'chain' && r.direction)).toEqual(['UP', 'DOWN']);
    expect(scopeRequests({ ...DEFAULT_VIEW, mode: 'control' }, null)).toEqual([]);
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

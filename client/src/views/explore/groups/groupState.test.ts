import { page } from './groupFixtures';
import {
  collapseGroup,
  morePages,
  NO_OPENINGS,
  nextCursor,
  openedCount,
  openedMembers,
  openGroup,
  pageFailed,
  pageReceived,
  withoutMemberExpansions,
} from './groupState';

describe('opening a group', () => {
  it('asks for the first page, then the next one after its last link, and draws both', () => {
    const first = openGroup(NO_OPENINGS, 'g');
    expect(first.request).toEqual({ id: 'g', query: null, after: null });
    let openings = pageReceived(first.openings, first.request, page(1, 2));
    expect(openedCount(openings.get('g')!)).toBe(2);

    const more = morePages(openings, 'g')!;
    expect(more.request).toEqual({
      id: 'g',
      query: null,
      after: 'ofac-v2--associated-with--ofac-25396',
    });
    // Asked once: a second click while it is on its way asks nothing.
    expect(morePages(more.openings, 'g')).toBeNull();
    openings = pageReceived(more.openings, more.request, page(3, 4, true));
    const opened = openings.get('g')!;
    expect(openedMembers(opened).actors.map((a) => a.id)).toEqual([
      'ofac-v1',
      'ofac-v2',
      'ofac-v3',
      'ofac-v4',
    ]);
    expect(openedMembers(opened).relationships).toHaveLength(4);
    // The last page: nothing more to ask for.
    expect(nextCursor(opened)).toBeNull();
    expect(morePages(openings, 'g')).toBeNull();
  });

  it('replaces the pages with a search answer, which has no further pages', () => {
    const first = openGroup(NO_OPENINGS, 'g');
    let openings = pageReceived(first.openings, first.request, page(1, 3));
    const search = openGroup(openings, 'g', '  shahed ');
    expect(search.request).toEqual({ id: 'g', query: 'shahed', after: null });
    openings = pageReceived(search.openings, search.request, page(7, 7));
    const opened = openings.get('g')!;
    expect(opened.query).toBe('shahed');
    expect(openedMembers(opened).actors.map((a) => a.id)).toEqual(['ofac-v7']);
    expect(morePages(openings, 'g')).toBeNull();
    // An empty search is the first page again.
    expect(openGroup(openings, 'g', '   ').request.query).toBeNull();
  });

  it('drops answers nobody waits for: after a collapse, or for an older search', () => {
    const first = openGroup(NO_OPENINGS, 'g');
    const closed = collapseGroup(first.openings, 'g');
    expect(closed.has('g')).toBe(false);
    expect(pageReceived(closed, first.request, page(1, 2))).toBe(closed);

    const search = openGroup(first.openings, 'g', 'dorita');
    expect(pageReceived(search.openings, first.request, page(1, 2))).toBe(search.openings);
    expect(pageFailed(search.openings, first.request, new Error('late'))).toBe(search.openings);
  });

  it('keeps a failure until the next request, and what it had drawn', () => {
    const first = openGroup(NO_OPENINGS, 'g');
    let openings = pageReceived(first.openings, first.request, page(1, 2));
    const more = morePages(openings, 'g')!;
    const error = new Error('offline');
    openings = pageFailed(more.openings, more.request, error);
    expect(openings.get('g')!.error).toBe(error);
    expect(openedCount(openings.get('g')!)).toBe(2);
    const retry = morePages(openings, 'g')!;
    expect(retry.openings.get('g')!.error).toBeNull();
  });

  it('takes back the expansions of its members when it collapses, and nothing else', () => {
    const first = openGroup(NO_OPENINGS, 'g');
    const openings = pageReceived(first.openings, first.request, page(1, 2));
    const view = { expanded: ['irgc', 'ofac-v2'] };
    expect(withoutMemberExpansions(view, openings, 'g')).toEqual({ expanded: ['irgc'] });
    const untouched = { expanded: ['irgc'] };
    expect(withoutMemberExpansions(untouched, openings, 'g')).toBe(untouched);
    expect(withoutMemberExpansions(view, NO_OPENINGS, 'g')).toBe(view);
  });

  it('collapses back to the group node: closing forgets its members', () => {
    const first = openGroup(NO_OPENINGS, 'g');
    const openings = pageReceived(first.openings, first.request, page(1, 2));
    expect(collapseGroup(openings, 'g').size).toBe(0);
    expect(collapseGroup(NO_OPENINGS, 'g')).toBe(NO_OPENINGS);
  });
});

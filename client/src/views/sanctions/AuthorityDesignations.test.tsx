import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Designation } from '../../api/api';
import { installFakeServer, type FakeServer } from '../../test/fakeServer';
import { AuthorityDesignations } from './AuthorityDesignations';
import { DESIGNATION_PAGE_SIZE } from './useDesignationPages';

const treasury = { id: 'us-treasury', name: 'U.S. Treasury Department' };
const eu = { id: 'european-union', name: 'European Union' };

/** An authority's list of `n` designations, numbered, every third under IRAN. */
function listOf(authority: { id: string; name: string }, n: number): Designation[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${authority.id}-${String(i).padStart(5, '0')}`,
    list: 'OFAC SDN',
    programs: i % 3 === 0 ? ['IRAN'] : ['SDGT'],
    listedOn: null,
    delistedOn: null,
    sourceEntry: String(1000 + i),
    reason: null,
    origin: 'imported',
    authority: { ...authority, kind: 'STATE_BODY' },
    actor: { id: `entry-${i}`, name: `ENTRY ${i}`, kind: 'COMPANY' },
    evidence: [],
  }));
}

/** Answers `designations` the way the server does: filter, count, then one page after the cursor. */
function serveLists(lists: Record<string, Designation[]>): FakeServer {
  return installFakeServer({
    AuthorityDesignations: ({ authority, program, first, after }) => {
      const all = (lists[String(authority)] ?? []).filter(
        (d) => !program || d.programs.includes(String(program)),
      );
      const start = after ? all.findIndex((d) => d.id === after) + 1 : 0;
      const page = all.slice(start, start + Number(first));
      const byProgram = new Map<string, number>();
      for (const d of all)
        for (const p of d.programs) byProgram.set(p, (byProgram.get(p) ?? 0) + 1);
      return {
        designations: {
          totalCount: all.length,
          byProgram: [...byProgram]
            .map(([key, count]) => ({ key, count }))
            .sort((a, b) => b.count - a.count),
          edges: page.map((node) => ({ cursor: node.id, node })),
          pageInfo: {
            hasNextPage: start + page.length < all.length,
            endCursor: page.at(-1)?.id ?? null,
          },
        },
      };
    },
  });
}

function setup(year: number | null = null) {
  const onSelectActor = jest.fn();
  render(
    <AuthorityDesignations
      authorities={[treasury, eu]}
      year={year}
      onSelectActor={onSelectActor}
    />,
  );
  return onSelectActor;
}

describe('AuthorityDesignations', () => {
  it('counts every designation on the server and reads them one page at a time', async () => {
    const server = serveLists({ [treasury.id]: listOf(treasury, 120) });
    const onSelectActor = setup();
    expect(await screen.findByTestId('designations-total')).toHaveTextContent(
      '120 designations by U.S. Treasury Department',
    );
    expect(screen.getAllByTestId('designation-row')).toHaveLength(DESIGNATION_PAGE_SIZE);
    fireEvent.click(screen.getByTestId('designations-more'));
    await waitFor(() =>
      expect(screen.getAllByTestId('designation-row')).toHaveLength(2 * DESIGNATION_PAGE_SIZE),
    );
    fireEvent.click(screen.getByTestId('designations-more'));
    await waitFor(() => expect(screen.getAllByTestId('designation-row')).toHaveLength(120));
    expect(screen.queryByTestId('designations-more')).toBeNull();
    const rows = screen.getAllByTestId('designation-row');
    expect(new Set(rows.map((r) => r.textContent)).size).toBe(120);
    // Each page starts after the last one read, never from the top again.
    const afters = server.calls
      .filter((c) => c.operationName === 'AuthorityDesignations')
      .map((c) => c.variables.after ?? null); // the client sends no null variables
    expect(afters).toEqual([null, 'us-treasury-00049', 'us-treasury-00099']);
    fireEvent.click(within(rows[7]!).getByRole('button', { name: 'ENTRY 7' }));
    expect(onSelectActor).toHaveBeenCalledWith('entry-7');
  });

  it('filters by a program with its count, and starts again for another authority', async () => {
    const server = serveLists({
      [treasury.id]: listOf(treasury, 120),
      [eu.id]: listOf(eu, 2),
    });
    setup(2020);
    const iran = await screen.findByRole('button', { name: 'IRAN (40)' });
    fireEvent.click(iran);
    await waitFor(() =>
      expect(screen.getByTestId('designations-total')).toHaveTextContent(
        '40 designations by U.S. Treasury Department under IRAN in force in 2020',
      ),
    );
    expect(server.calls.at(-1)?.variables).toMatchObject({ program: 'IRAN', asOf: '2020' });
    fireEvent.change(screen.getByTestId('designations-authority'), { target: { value: eu.id } });
    await waitFor(() =>
      expect(screen.getByTestId('designations-total')).toHaveTextContent(
        '2 designations by European Union',
      ),
    );
    const last = server.calls.at(-1)!.variables;
    expect([last.authority, last.program ?? null, last.after ?? null]).toEqual([eu.id, null, null]);
    expect(screen.getAllByTestId('designation-row')).toHaveLength(2);
  });

  it('offers Retry when a page cannot be loaded, keeping what was read', async () => {
    const server = serveLists({ [treasury.id]: listOf(treasury, 60) });
    setup();
    await screen.findByTestId('designations-total');
    server.setDown(true);
    fireEvent.click(screen.getByTestId('designations-more'));
    await screen.findByTestId('error-banner');
    expect(screen.getAllByTestId('designation-row')).toHaveLength(DESIGNATION_PAGE_SIZE);
    server.setDown(false);
    fireEvent.click(screen.getByTestId('retry'));
    await waitFor(() => expect(screen.getAllByTestId('designation-row')).toHaveLength(60));
  });
});

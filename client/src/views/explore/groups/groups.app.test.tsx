import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../../app/App';
import { groupNodeId } from '../../../graph/groups';
import { cy, drawn, serve } from '../../../test/appHarness';
import { irisl, page, vessels } from './groupFixtures';

/** The explorer around an actor whose neighbourhood comes back with a group of 121 vessels. */
function startGrouped() {
  window.history.replaceState(null, '', `/?focus=${irisl.id}`);
  const server = serve({
    Neighborhood: ({ id }) => ({
      neighborhood:
        id === irisl.id
          ? { actors: [irisl], relationships: [], truncated: false, groups: [vessels] }
          : { actors: [], relationships: [], truncated: false, groups: [] },
    }),
    GroupMembers: ({ after, query }) => ({
      group: {
        id: vessels.id,
        count: vessels.count,
        members: query ? page(7, 7, true) : after ? page(26, 50) : page(1, 25),
      },
    }),
  });
  render(<App />);
  return server;
}

const node = groupNodeId(vessels.id);

describe('groups in the explorer', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('draws the crowd as one node and says how much the focus reaches', async () => {
    startGrouped();
    await waitFor(() => expect(drawn()).toEqual([node, irisl.id].sort()));
    expect(window.location.search).not.toContain('expand=');
    expect(cy().getElementById(node).data('label')).toBe(vessels.label);
    expect(screen.getByTestId('counts')).toHaveTextContent(
      /^1 actors \+ 1 group drawn of 122 reachable · 0 relationships/,
    );
  });

  it('opens a group a page at a time, searches it and collapses it back to one node', async () => {
    const server = startGrouped();
    await waitFor(() => expect(drawn()).toContain(node));
    act(() => {
      cy().getElementById(node).emit('tap');
    });
    await waitFor(() => expect(drawn()).toHaveLength(2 + 25));
    expect(screen.getByTestId('group-shown')).toHaveTextContent('25 of 121 shown');
    expect(cy().getElementById(node).data('label')).toBe(`${vessels.label}\n25 of 121 shown`);
    const first = server.calls.find((c) => c.operationName === 'GroupMembers')!.variables;
    expect(first).toMatchObject({ id: vessels.id, first: 25 });
    expect(first.after ?? null).toBeNull();
    expect(first.query ?? null).toBeNull();

    // A member expanded through the group goes when the group collapses (below).
    act(() => {
      cy().getElementById('ofac-v3').emit('dbltap');
    });
    await waitFor(() => expect(window.location.search).toContain('expand=ofac-v3'));

    fireEvent.click(screen.getByTestId('group-more'));
    await waitFor(() => expect(drawn()).toHaveLength(2 + 50));
    expect(server.calls.at(-1)?.variables).toMatchObject({
      after: 'ofac-v25--associated-with--ofac-25396',
    });

    fireEvent.change(screen.getByTestId('group-search-input'), { target: { value: 'vessel 7' } });
    fireEvent.click(screen.getByTestId('group-search'));
    await waitFor(() => expect(drawn()).toEqual([node, irisl.id, 'ofac-v7'].sort()));
    expect(screen.getByTestId('group-shown')).toHaveTextContent(
      '1 of 121 shown matching “vessel 7”',
    );
    expect(screen.queryByTestId('group-more')).toBeNull();

    fireEvent.click(screen.getByTestId('group-collapse'));
    await waitFor(() => expect(drawn()).toEqual([node, irisl.id].sort()));
    expect(cy().getElementById(node).data('label')).toBe(vessels.label);
    // A tap on a group is no actor selection.
    expect(window.location.search).not.toContain('sel=');
  });
});

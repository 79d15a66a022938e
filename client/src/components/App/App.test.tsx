import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { GraphQLFault, installFakeServer, type FakeServer } from '../../test/fakeServer';
import {
  curatedGraph,
  detailOf,
  fleet,
  hezbollah,
  houthis,
  houthisToHezbollah,
  houthisExposure,
  networkNeighborhood,
  qods,
  qodsDetail,
  qodsFundsHezbollah,
  qodsSuppliesHouthis,
  scriptActor,
  searchResult,
} from '../../test/fixtures';
import { App } from './App';

const details = new Map([
  [qods.id, qodsDetail],
  [houthis.id, detailOf(houthis, [qodsSuppliesHouthis])],
  [hezbollah.id, detailOf(hezbollah, [qodsFundsHezbollah])],
  [scriptActor.id, detailOf(scriptActor)],
]);

function serve(): FakeServer {
  return installFakeServer({
    Graph: () => ({ graph: curatedGraph }),
    Documents: () => ({
      documents: [
        {
          id: 'source-essay',
          title: 'The dilemmas of an ayatollah',
          publisher: null,
          date: '2025',
          url: null,
        },
      ],
    }),
    SearchActors: ({ query }) => ({
      searchActors: [qods, houthis, hezbollah, scriptActor]
        .filter((a) => a.name.toLowerCase().includes(String(query).toLowerCase()))
        .map((a) => searchResult(a)),
    }),
    Actor: ({ id }) => ({ actor: details.get(String(id)) ?? null }),
    Neighborhood: ({ id }) => {
      if (id === 'shamkhani-network') return { neighborhood: networkNeighborhood };
      if (id === scriptActor.id)
        return { neighborhood: { actors: [scriptActor], relationships: [], truncated: false } };
      throw new GraphQLFault('NOT_FOUND');
    },
    Paths: () => ({ paths: [houthisToHezbollah] }),
    SanctionExposure: ({ id }) =>
      id === houthis.id
        ? { sanctionExposure: houthisExposure }
        : {
            sanctionExposure: {
              status: 'NONE',
              rule: 'No designated actor within 3 hops.',
              paths: [],
              designations: [],
            },
          },
  });
}

const cy = () => window.__cy as Core;

/** Types into the main search and clicks the suggestion named `name`. */
async function searchAndPick(text: string, name: string) {
  const input = screen.getByTestId('search-input');
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  const options = () =>
    screen
      .getAllByTestId('search-option')
      .filter((o) => o.querySelector('.option-name')?.textContent === name);
  await waitFor(() => expect(options()).toHaveLength(1));
  fireEvent.click(options()[0]!);
}

describe('App', () => {
  it('opens on the whole curated graph', async () => {
    serve();
    render(<App />);
    expect(screen.getByText('Loading the graph…')).toBeInTheDocument();
    expect(await screen.findByText(/8 actors · 7 relationships/)).toBeInTheDocument();
    expect(cy().nodes()).toHaveLength(8);
    expect(screen.getByTestId('legend')).toBeInTheDocument();
  });

  it('says the server is down and loads the graph on Retry', async () => {
    const server = serve();
    server.setDown(true);
    render(<App />);
    const banner = await screen.findByTestId('error-banner');
    expect(banner).toHaveTextContent(/cannot reach the server/i);
    server.setDown(false);
    await act(async () => fireEvent.click(within(banner).getByTestId('retry')));
    expect(await screen.findByText(/8 actors/)).toBeInTheDocument();
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('shows an actor found by search: kind, aliases, designations, relationships and evidence', async () => {
    serve();
    render(<App />);
    await screen.findByText(/8 actors/);
    await searchAndPick('qods', 'Qods Force');
    const panel = await screen.findByTestId('actor-panel');
    expect(await within(panel).findByTestId('actor-panel-name')).toHaveTextContent('Qods Force');
    expect(panel).toHaveTextContent('Military unit');
    expect(panel).toHaveTextContent('Also known as Quds Force, IRGC-QF');
    expect(within(panel).getByTestId('designation')).toHaveTextContent('OFAC · SDGT · 2007-10-25');
    expect(panel).toHaveTextContent('Qods Force supplies Houthis');
    expect(panel).toHaveTextContent('$1bn');
    const excerpts = within(panel)
      .getAllByTestId('evidence-excerpt')
      .map((e) => e.textContent);
    expect(excerpts).toContain(
      '“Tehran transferred about one billion dollars to Hezbollah in 2025.”',
    );
    expect(panel).toHaveTextContent('US Treasury, 2025-11');
    expect(panel).toHaveTextContent('The dilemmas of an ayatollah');
    expect(
      cy()
        .$(':selected')
        .map((e) => e.id()),
    ).toEqual([qods.id]);
  });

  it('renders an actor named with markup as literal text, in the panel and the graph', async () => {
    serve();
    const { container } = render(<App />);
    await screen.findByText(/8 actors/);
    await searchAndPick('<img', scriptActor.name);
    const name = await screen.findByTestId('actor-panel-name');
    expect(name).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    // Not in the curated graph: its neighbourhood is loaded, and its label is canvas text.
    await screen.findByText(/9 actors/);
    expect(cy().getElementById(scriptActor.id).data('label')).toBe('<img src=x onerror=alert(1)>');
  });

  it('explains an edge when it is clicked', async () => {
    serve();
    render(<App />);
    await screen.findByText(/8 actors/);
    act(() => {
      cy().getElementById(qodsFundsHezbollah.id).emit('tap');
    });
    const panel = screen.getByTestId('relationship-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Qods Force funds Hezbollah',
    );
    expect(panel).toHaveTextContent('$1bn');
    expect(panel).toHaveTextContent('annual funding');
    expect(within(panel).getAllByTestId('evidence-excerpt')).toHaveLength(1);
  });

  it('expands a node on double tap and says when expanding fails', async () => {
    serve();
    render(<App />);
    await screen.findByText(/8 actors/);
    act(() => {
      cy().getElementById('shamkhani-network').emit('dbltap');
    });
    expect(await screen.findByText(/9 actors · 8 relationships/)).toBeInTheDocument();
    expect(cy().getElementById(fleet.id).nonempty()).toBe(true);
    act(() => {
      cy().getElementById('hezbollah').emit('dbltap');
    });
    expect(await screen.findByTestId('error-banner')).toHaveTextContent(/not found/i);
  });

  it('finds paths from the panel buttons, narrates them and highlights them in the graph', async () => {
    const server = serve();
    render(<App />);
    await screen.findByText(/8 actors/);
    await searchAndPick('houthi', 'Houthis');
    fireEvent.click(await screen.findByTestId('path-from'));
    await searchAndPick('hezb', 'Hezbollah');
    await screen.findByText('Hezbollah', { selector: '[data-testid="actor-panel-name"]' });
    fireEvent.click(screen.getByTestId('path-to'));
    const result = await screen.findByTestId('path-result');
    expect(result).toHaveTextContent(
      'Houthis ← (supplies, 2015) ← Qods Force → (funds, $1bn, 2025) → Hezbollah',
    );
    expect(within(result).getAllByTestId('path-step')).toHaveLength(2);
    expect(server.calls.find((c) => c.operationName === 'Paths')?.variables).toMatchObject({
      from: 'houthis',
      to: 'hezbollah',
      maxHops: 4,
      directed: false,
    });
    expect(
      cy()
        .$('.highlighted')
        .map((e) => e.id())
        .sort(),
    ).toEqual(
      [houthis.id, qods.id, hezbollah.id, qodsSuppliesHouthis.id, qodsFundsHezbollah.id].sort(),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear from' }));
    expect(screen.queryByTestId('path-result')).toBeNull();
    expect(cy().$('.highlighted')).toHaveLength(0);
  });

  it('highlights the paths that explain an exposure, until cleared', async () => {
    serve();
    render(<App />);
    await screen.findByText(/8 actors/);
    await searchAndPick('houthi', 'Houthis');
    const exposure = await screen.findByTestId('exposure');
    fireEvent.click(await within(exposure).findByRole('button', { name: /Highlight this path/ }));
    expect(
      cy()
        .$('.highlighted')
        .map((e) => e.id())
        .sort(),
    ).toEqual([houthis.id, qods.id, qodsSuppliesHouthis.id].sort());
    fireEvent.click(screen.getByRole('button', { name: 'Clear highlight' }));
    expect(cy().$('.highlighted')).toHaveLength(0);
  });
});

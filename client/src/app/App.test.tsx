import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { serve, start, cy, drawn, searchAndPick } from '../test/appHarness';
import {
  curatedGraph,
  hezbollah,
  houthis,
  irgc,
  khamenei,
  khameneiCommandsIrgc,
  ofacSanctionsQods,
  qods,
  qodsFundsHezbollah,
  scriptActor,
} from '../test/fixtures';
import { App } from './App';

describe('App', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens on the whole curated graph', async () => {
    serve();
    render(<App />);
    expect(screen.getByText('Loading the graph…')).toBeInTheDocument();
    expect(await screen.findByText(/8 of 8 actors · 7 relationships/)).toBeInTheDocument();
    expect(drawn()).toHaveLength(8);
    expect(screen.getByTestId('legend')).toBeInTheDocument();
    expect(screen.getByTestId('focus-value')).toHaveTextContent('Whole graph');
  });

  it('says the server is down and loads the graph on Retry', async () => {
    const server = serve();
    server.setDown(true);
    render(<App />);
    const banner = await screen.findByTestId('error-banner');
    expect(banner).toHaveTextContent(/cannot reach the server/i);
    server.setDown(false);
    await act(async () => fireEvent.click(within(banner).getByTestId('retry')));
    expect(await screen.findByText(/8 of 8 actors/)).toBeInTheDocument();
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('focuses an actor found by search: its neighbourhood, its panel, the URL; and back to the whole graph', async () => {
    const { server } = await start();
    await searchAndPick('qods', 'Qods Force');
    const panel = await screen.findByTestId('actor-panel');
    expect(await within(panel).findByTestId('actor-panel-name')).toHaveTextContent('Qods Force');
    expect(panel).toHaveTextContent('Also known as Quds Force, IRGC-QF');
    const designation = within(panel).getByTestId('designation');
    expect(within(designation).getByTestId('designation-programs')).toHaveTextContent('SDGT');
    expect(within(designation).getByTestId('designation-listed')).toHaveTextContent('2007-10-25');
    await waitFor(() => expect(drawn()).toEqual([hezbollah.id, houthis.id, irgc.id, qods.id]));
    expect(screen.getByTestId('focus-value')).toHaveTextContent('Around Qods Force');
    expect(window.location.search).toBe('?focus=irgc-qods-force&sel=a%3Airgc-qods-force');
    expect(
      cy()
        .$(':selected')
        .map((e) => e.id()),
    ).toEqual([qods.id]);

    fireEvent.click(screen.getByTestId('depth-2'));
    await waitFor(() =>
      expect(
        server.calls.filter((c) => c.operationName === 'Neighborhood').at(-1)?.variables,
      ).toEqual({ id: qods.id, depth: 2 }),
    );
    expect(window.location.search).toContain('depth=2');

    fireEvent.click(screen.getByTestId('show-whole-graph'));
    await waitFor(() => expect(drawn()).toHaveLength(8));
  });

  it('renders an actor named with markup as literal text, in the panel and the graph', async () => {
    const { container } = await start();
    await searchAndPick('<img', scriptActor.name);
    const name = await screen.findByTestId('actor-panel-name');
    expect(name).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    await waitFor(() => expect(cy().getElementById(scriptActor.id).nonempty()).toBe(true));
    expect(cy().getElementById(scriptActor.id).data('label')).toBe('<img src=x onerror=alert(1)>');
    expect(screen.getByTestId('focus-value')).toHaveTextContent(
      'Around <img src=x onerror=alert(1)>',
    );
  });

  it('explains an edge when it is clicked, and keeps it in the URL', async () => {
    await start();
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
    expect(window.location.search).toBe(`?sel=r%3A${qodsFundsHezbollah.id}`);
  });

  it('expands a node on double tap, collapses it on the next, and says when expanding fails', async () => {
    await start();
    act(() => {
      cy().getElementById('shamkhani-network').emit('dbltap');
    });
    expect(await screen.findByText(/9 of 9 actors · 8 relationships/)).toBeInTheDocument();
    expect(screen.getByTestId('expanded')).toHaveTextContent('Shamkhani shipping network');
    expect(window.location.search).toBe('?expand=shamkhani-network');
    act(() => {
      cy().getElementById('shamkhani-network').emit('dbltap');
    });
    expect(screen.queryByTestId('expanded')).toBeNull();
    act(() => {
      cy().getElementById('hezbollah').emit('dbltap');
    });
    expect(await screen.findByTestId('error-banner')).toHaveTextContent(/not found/i);
  });

  it('expands and collapses around a focus from the actor panel', async () => {
    await start('?focus=irgc-qods-force');
    await waitFor(() => expect(drawn()).toHaveLength(4));
    act(() => {
      cy().getElementById(irgc.id).emit('tap');
    });
    fireEvent.click(await screen.findByTestId('expand-actor'));
    await waitFor(() => expect(drawn()).toContain(khamenei.id));
    expect(window.location.search).toContain('expand=irgc');
    fireEvent.click(
      screen.getByRole('button', { name: 'Collapse Islamic Revolutionary Guard Corps' }),
    );
    await waitFor(() => expect(drawn()).not.toContain(khamenei.id));
  });

  it('hides relationships not valid in the chosen year and asks paths as of it', async () => {
    const { server } = await start('?from=houthis&to=hezbollah');
    fireEvent.click(screen.getByTestId('year-enabled'));
    fireEvent.change(screen.getByTestId('year-slider'), { target: { value: '2010' } });
    expect(screen.getByTestId('year-value')).toHaveTextContent('2010');
    // Funding is dated 2025: it goes, and Hezbollah with it; so does the
    // undated command (nothing says it held in 2010), until undated facts are asked for.
    expect(cy().getElementById(qodsFundsHezbollah.id).hasClass('hidden')).toBe(true);
    expect(cy().getElementById(hezbollah.id).hasClass('hidden')).toBe(true);
    expect(cy().getElementById(khameneiCommandsIrgc.id).hasClass('hidden')).toBe(true);
    await waitFor(() =>
      expect(server.calls.filter((c) => c.operationName === 'Paths').at(-1)?.variables.asOf).toBe(
        '2010',
      ),
    );
    expect(window.location.search).toContain('year=2010');
  });

  it('asks paths over a range as timeFrom/timeTo (their from/to are the ends)', async () => {
    const { server } = await start('?from=houthis&to=hezbollah&timeFrom=2015&timeTo=2020');
    await waitFor(() => {
      const variables = server.calls.filter((c) => c.operationName === 'Paths').at(-1)?.variables;
      expect(variables).toMatchObject({
        from: 'houthis',
        to: 'hezbollah',
        timeFrom: '2015',
        timeTo: '2020',
      });
      expect(variables?.asOf ?? null).toBeNull();
    });
  });

  it('filters actor kinds and relationship types from the legend', async () => {
    await start();
    fireEvent.click(screen.getByTestId('legend-kind-PERSON'));
    expect(cy().getElementById(khamenei.id).hasClass('hidden')).toBe(true);
    fireEvent.click(screen.getByTestId('legend-type-SANCTIONS'));
    expect(cy().getElementById(ofacSanctionsQods.id).hasClass('hidden')).toBe(true);
    expect(window.location.search).toBe('?hideKinds=PERSON&hideTypes=SANCTIONS');
    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(cy().$('.hidden')).toHaveLength(0);
  });

  it('reproduces a view from its URL', async () => {
    await start(
      '?mode=paths&focus=irgc-qods-force&from=houthis&to=hezbollah&sel=a:hezbollah&hideTypes=PART_OF',
    );
    expect(screen.getByTestId('mode-paths')).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByTestId('path-result')).toBeInTheDocument();
    expect(screen.getByTestId('path-from-value')).toHaveTextContent('Houthis');
    expect(await screen.findByTestId('actor-panel-name')).toHaveTextContent('Hezbollah');
    await waitFor(() => expect(drawn()).toEqual([hezbollah.id, houthis.id, qods.id]));
    expect(screen.getByTestId('legend-type-PART_OF')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByTestId('export-json')).toHaveAttribute(
      'href',
      expect.stringContaining('/export/graph.json?around=irgc-qods-force&depth=1&types='),
    );
  });

  it('opens on curated facts when the store holds imported ones, and switches origin from the URL-kept filter', async () => {
    window.history.replaceState(null, '', '/');
    const importedRel = { ...qodsFundsHezbollah, id: 'ofac-link-1', origin: 'imported' };
    const server = serve({
      HasImported: () => ({
        graph: { actors: [{ id: 'x' }], relationships: [{ id: 'y' }], truncated: true },
      }),
      Graph: ({ origin }) => ({
        graph:
          origin === 'CURATED'
            ? {
                ...curatedGraph,
                relationships: curatedGraph.relationships.filter((r) => r.origin === 'curated'),
              }
            : {
                actors: [...curatedGraph.actors, scriptActor],
                relationships: [...curatedGraph.relationships, importedRel],
                truncated: true,
                designations: [],
              },
      }),
    });
    render(<App />);
    expect(await screen.findByText(/ of 8 actors · 6 relationships/)).toBeInTheDocument();
    expect(screen.getByTestId('origin-curated')).toHaveAttribute('aria-pressed', 'true');
    expect(server.calls.filter((c) => c.operationName === 'Graph').map((c) => c.variables)).toEqual(
      [{ origin: 'CURATED' }],
    );
    expect(screen.queryByTestId('truncated-notice')).toBeNull();

    // The default origin leaves search unfiltered, so imported actors can be found.
    fireEvent.focus(screen.getByTestId('search-input'));
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'qods' } });
    await screen.findAllByTestId('search-option');
    expect(
      server.calls.find((c) => c.operationName === 'SearchActors')!.variables,
    ).not.toHaveProperty('origin');
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: '' } });

    fireEvent.click(screen.getByTestId('origin-both'));
    expect(await screen.findByTestId('truncated-notice')).toHaveTextContent(
      'Showing the first 8 of more relationships',
    );
    await waitFor(() => expect(drawn()).toContain(scriptActor.id));
    expect(window.location.search).toBe('?origin=both');

    // Back to curated: what was loaded stays, but only curated facts are drawn.
    fireEvent.click(screen.getByTestId('origin-curated'));
    await waitFor(() => expect(drawn()).not.toContain(scriptActor.id));
    expect(cy().getElementById('ofac-link-1').hasClass('hidden')).toBe(true);
    expect(window.location.search).toBe('?origin=curated');

    // An explicit choice filters search suggestions too.
    fireEvent.change(screen.getByTestId('search-input'), { target: { value: 'hez' } });
    await waitFor(() =>
      expect(
        server.calls.filter((c) => c.operationName === 'SearchActors').at(-1)!.variables,
      ).toMatchObject({ query: 'hez', origin: 'CURATED' }),
    );
  });
});

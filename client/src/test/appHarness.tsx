/**
 * The whole explorer against a fake GraphQL server, for the app's and the
 * views' integration tests: `start()` renders <App /> at a URL and waits
 * for the curated graph; `cy()`, `drawn()` and `highlighted()` read the graph.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Core } from 'cytoscape';
import type { Subgraph } from '../api/api';
import { App } from '../app/App';
import { GraphQLFault, installFakeServer, type FakeServer } from './fakeServer';
import {
  curatedGraph,
  detailOf,
  hezbollah,
  houthis,
  houthisExposure,
  houthisStatus,
  houthisToHezbollah,
  irgc,
  khamenei,
  khameneiCommandsIrgc,
  networkNeighborhood,
  ofacSanctionsNetwork,
  ofacSanctionsQods,
  qods,
  qodsDetail,
  qodsFundsHezbollah,
  qodsPartOfIrgc,
  qodsSuppliesHouthis,
  scriptActor,
  searchResult,
  wireActor,
  wireDesignation,
  wireExposure,
} from './fixtures';

const details = new Map([
  [qods.id, qodsDetail],
  [houthis.id, detailOf(houthis, [qodsSuppliesHouthis])],
  [hezbollah.id, detailOf(hezbollah, [qodsFundsHezbollah])],
  [scriptActor.id, detailOf(scriptActor)],
  [irgc.id, detailOf(irgc, [qodsPartOfIrgc, khameneiCommandsIrgc])],
]);

const qodsNeighbourhood: Subgraph = {
  actors: [qods, hezbollah, houthis, irgc],
  relationships: [qodsFundsHezbollah, qodsSuppliesHouthis, qodsPartOfIrgc],
  truncated: false,
  designations: [],
};

export function serve(overrides: Parameters<typeof installFakeServer>[0] = {}): FakeServer {
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
    AuthorityDesignations: ({ authority }) => {
      const nodes = [ofacSanctionsQods, ofacSanctionsNetwork]
        .map(wireDesignation)
        .filter((d) => d.authority.id === authority);
      return {
        designations: {
          totalCount: nodes.length,
          byProgram: [],
          edges: nodes.map((node) => ({ cursor: node.id, node })),
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      };
    },
    SanctionStatus: ({ id }) => ({
      sanctionStatus:
        id === houthis.id ? houthisStatus : { asOf: null, status: 'NONE', byAuthority: [] },
    }),
    SearchActors: ({ query }) => ({
      searchActors: [qods, houthis, hezbollah, scriptActor]
        .filter((a) => a.name.toLowerCase().includes(String(query).toLowerCase()))
        .map((a) => searchResult(a)),
    }),
    Actor: ({ id }) => ({ actor: wireActor(details.get(String(id))) }),
    Neighborhood: ({ id }) => {
      if (id === 'shamkhani-network') return { neighborhood: networkNeighborhood };
      if (id === qods.id) return { neighborhood: qodsNeighbourhood };
      if (id === irgc.id)
        return {
          neighborhood: {
            actors: [irgc, qods, khamenei],
            relationships: [qodsPartOfIrgc, khameneiCommandsIrgc],
            truncated: false,
            designations: [],
          },
        };
      if (id === scriptActor.id)
        return { neighborhood: { actors: [scriptActor], relationships: [], truncated: false } };
      throw new GraphQLFault('NOT_FOUND');
    },
    ControlChain: ({ direction }) => ({
      controlChain:
        direction === 'UP'
          ? {
              actors: [qods, irgc, khamenei],
              relationships: [qodsPartOfIrgc, khameneiCommandsIrgc],
              truncated: false,
              designations: [],
            }
          : { actors: [qods], relationships: [], truncated: false },
    }),
    MoneyGraph: () => ({
      graph: {
        actors: [qods, hezbollah].map((a) => ({
          ...a,
          totals:
            a.id === qods.id
              ? { inUsd: 0, outUsd: 1e9, unknownCount: 0 }
              : { inUsd: 1e9, outUsd: 0, unknownCount: 0 },
        })),
        relationships: [qodsFundsHezbollah],
        truncated: false,
        designations: [],
      },
    }),
    MoneyFlows: () => ({
      moneyFlows: { flows: [qodsFundsHezbollah], byCounterparty: [], unknownAmountCount: 0 },
    }),
    Paths: () => ({ paths: [houthisToHezbollah] }),
    SanctionExposure: ({ id }) =>
      id === houthis.id
        ? { sanctionExposure: wireExposure(houthisExposure) }
        : {
            sanctionExposure: {
              status: 'NONE',
              rule: 'No designated actor within 3 hops.',
              paths: [],
              designations: [],
            },
          },
    ...overrides,
  });
}

export const cy = () => window.__cy as Core;
export const drawn = () =>
  cy()
    .nodes()
    .not('.hidden')
    .map((n) => n.id())
    .sort();
export const highlighted = () =>
  cy()
    .$('.highlighted')
    .map((e) => e.id())
    .sort();

/** Types into a search box and clicks the suggestion named `name`. */
export async function searchAndPick(text: string, name: string, testId = 'search-input') {
  const input = screen.getByTestId(testId);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  const options = () =>
    screen
      .getAllByTestId(testId.replace('-input', '-option'))
      .filter((o) => o.querySelector('.option-name')?.textContent === name);
  await waitFor(() => expect(options()).toHaveLength(1));
  fireEvent.click(options()[0]!);
}

export async function start(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const server = serve();
  const view = render(<App />);
  await screen.findByText(/8 actors/);
  return { server, ...view };
}

import {
  curatedGraph,
  fleet,
  networkNeighborhood,
  networkOwnsFleet,
  ofacSanctionsNetwork,
  ofacSanctionsQods,
  wireDesignation,
} from '../test/fixtures';
import { EMPTY_GRAPH, mergeGraph } from './graphData';

describe('mergeGraph', () => {
  it('adds new actors, relationships and their endpoints, and records the anchor', () => {
    const base = mergeGraph(EMPTY_GRAPH, curatedGraph);
    expect(base.actors.size).toBe(curatedGraph.actors.length);
    const grown = mergeGraph(
      base,
      { actors: [], relationships: [networkOwnsFleet] },
      'shamkhani-network',
    );
    expect(grown.actors.get(fleet.id)?.kind).toBe('VESSEL');
    expect(grown.relationships.has(networkOwnsFleet.id)).toBe(true);
    expect(grown.anchor).toBe('shamkhani-network');
  });

  it('returns the same object when nothing is new', () => {
    const base = mergeGraph(EMPTY_GRAPH, networkNeighborhood);
    expect(mergeGraph(base, networkNeighborhood, 'x')).toBe(base);
  });

  it('keeps the designations each subgraph brings, once per id, and counts a new one as new', () => {
    const base = mergeGraph(EMPTY_GRAPH, { ...networkNeighborhood, designations: [] });
    expect(base.designations.size).toBe(0);
    const network = wireDesignation(ofacSanctionsNetwork);
    const withNetwork = mergeGraph(base, {
      actors: [],
      relationships: [],
      designations: [network],
    });
    expect(withNetwork).not.toBe(base);
    expect([...withNetwork.designations.keys()]).toEqual([network.id]);
    const again = mergeGraph(withNetwork, {
      actors: [],
      relationships: [],
      designations: [network, wireDesignation(ofacSanctionsQods)],
    });
    expect([...again.designations.keys()]).toEqual([network.id, ofacSanctionsQods.id]);
  });
});

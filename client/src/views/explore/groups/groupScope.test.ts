import type { ScopePart } from '../../../app/useSubgraphs';
import { groupEdgeId, groupNodeId } from '../../../graph/groups';
import { irisl, managers, page, vessels } from './groupFixtures';
import { groupsOf, reachableCount, withGroups } from './groupScope';
import { NO_OPENINGS, openGroup, pageReceived } from './groupState';

const focus: ScopePart = {
  actors: [irisl],
  relationships: [],
  truncated: false,
  designations: [],
  groups: [vessels],
};
const expansion: ScopePart = {
  actors: [irisl],
  relationships: [],
  truncated: false,
  designations: [],
  groups: [vessels, managers],
};
const scope = { ids: { nodes: new Set([irisl.id]), edges: new Set<string>() }, key: 'explore:x' };

describe('groups in the scope', () => {
  it('lists each group once, in the order the answers gave them', () => {
    expect(groupsOf([focus, null, expansion]).map((g) => g.id)).toEqual([vessels.id, managers.id]);
  });

  it('draws a closed group as its node and link only', () => {
    const ids = withGroups(scope, [vessels], NO_OPENINGS)!.ids!;
    expect([...ids.nodes].sort()).toEqual([groupNodeId(vessels.id), irisl.id].sort());
    expect([...ids.edges]).toEqual([groupEdgeId(vessels.id)]);
  });

  it('adds the opened members and their links, and takes them away on collapse', () => {
    const { openings, request } = openGroup(NO_OPENINGS, vessels.id);
    const opened = pageReceived(openings, request, page(1, 3));
    const ids = withGroups(scope, [vessels], opened)!.ids!;
    expect(ids.nodes.has('ofac-v1') && ids.nodes.has('ofac-v3')).toBe(true);
    expect(ids.edges.has('ofac-v2--associated-with--ofac-25396')).toBe(true);
    expect(ids.nodes.size).toBe(2 + 3);
    expect(ids.edges.size).toBe(1 + 3);
    // Not the scope of the whole graph, which draws everything anyway.
    expect(withGroups({ ids: null, key: '*' }, [vessels], opened)).toEqual({ ids: null, key: '*' });
    expect(withGroups(scope, [], opened)).toBe(scope);
  });

  it('counts what is reachable: distinct actors plus the members each group stands for', () => {
    expect(reachableCount([focus, expansion])).toBe(1 + 121 + 30);
    expect(reachableCount([])).toBe(0);
  });
});

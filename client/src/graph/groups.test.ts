import cytoscape from 'cytoscape';
import { irisl, managers, vessels } from '../views/explore/groups/groupFixtures';
import { withDefaults } from './defaults';
import { toElements } from './elements';
import { GROUP, groupEdgeId, groupElements, groupLabel, groupNodeId, groupSize } from './groups';
import { cytoscapeStyle } from './style';

describe('group elements', () => {
  it('gives each group one node, of its members kind, and one link to its anchor', () => {
    const [node, edge, ...rest] = groupElements([{ group: vessels, drawn: null }]);
    expect(rest).toEqual([]);
    expect(node).toMatchObject({
      group: 'nodes',
      classes: GROUP,
      data: {
        id: groupNodeId(vessels.id),
        label: vessels.label,
        kind: 'VESSEL',
        count: 121,
        groupId: vessels.id,
        anchor: irisl.id,
      },
    });
    // IN: the members are the links' sources, so the link points at the anchor.
    expect(edge).toMatchObject({
      group: 'edges',
      classes: GROUP,
      data: {
        id: groupEdgeId(vessels.id),
        source: groupNodeId(vessels.id),
        target: irisl.id,
        type: 'ASSOCIATED_WITH',
      },
    });
    const [, out] = groupElements([{ group: managers, drawn: null }]);
    expect(out!.data).toMatchObject({ source: irisl.id, target: groupNodeId(managers.id) });
  });

  it('says how many of its members are drawn once opened', () => {
    expect(groupLabel({ group: vessels, drawn: null })).toBe(vessels.label);
    expect(groupLabel({ group: { ...vessels, count: 1234 }, drawn: 25 })).toBe(
      `${vessels.label}\n25 of 1,234 shown`,
    );
  });

  it('grows with the count, up to twice the node size', () => {
    const options = withDefaults();
    expect(groupSize(1, options)).toBe(options.nodeSize);
    expect(groupSize(100, options)).toBe(options.nodeSize + 16);
    expect(groupSize(10 ** 12, options)).toBe(2 * options.nodeSize);
  });

  it('is styled apart from actors: dashed border on the node and its link', () => {
    const { nodes } = toElements({ actors: [irisl], relationships: [] });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: cytoscapeStyle(),
      elements: [...nodes, ...groupElements([{ group: vessels, drawn: null }])],
    });
    const group = cy.getElementById(groupNodeId(vessels.id));
    expect(group.style('border-style')).toBe('dashed');
    expect(cy.getElementById(irisl.id).style('border-style')).not.toBe('dashed');
    expect(cy.getElementById(groupEdgeId(vessels.id)).style('line-style')).toBe('dashed');
    expect(group.style('width')).toBe(`${groupSize(121)}px`);
    cy.destroy();
  });
});

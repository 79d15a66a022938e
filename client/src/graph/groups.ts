import type { ElementDefinition } from 'cytoscape';
import type { ActorGroup } from '../api/api';
import { formatCount } from '../format/count';
import { defaults, type GraphOptions } from './defaults';
import { TYPE_STYLES } from './palette';

/** Class of the nodes (and their links) that stand for a group of actors. */
export const GROUP = 'group';

/** Node id of a group: prefixed, so that it can never collide with an actor id. */
export function groupNodeId(groupId: string): string {
  return `group:${groupId}`;
}

/** Edge id of the link from a group's anchor to its node. */
export function groupEdgeId(groupId: string): string {
  return `group-link:${groupId}`;
}

/** What is known of a group being shown: how many of its members are drawn, if opened. */
export interface GroupShown {
  group: ActorGroup;
  /** Members drawn now; null: the group is closed. */
  drawn: number | null;
}

/**
 * The label under a group's node: the API's own words ("121 vessels ·
 * associated with · IRISL"), and once opened how many of them are drawn,
 * so the node still says how much is left behind it.
 */
export function groupLabel({ group, drawn }: GroupShown): string {
  if (drawn == null) return group.label;
  return `${group.label}\n${formatCount(drawn)} of ${formatCount(group.count)} shown`;
}

/**
 * One node per group (kind = the members' kind, so the legend's kind toggles
 * hide it too) and one edge joining it to its anchor, pointing the way the
 * members' links point (OUT: from the anchor), of the members' link type,
 * undated (the year filter keeps it; its members carry the dates).
 * The node is as large as `groupNodeSize` allows, growing with log10 of the count.
 */
export function groupElements(
  shown: readonly GroupShown[],
  options: GraphOptions = defaults,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const item of shown) {
    const { group } = item;
    const node = groupNodeId(group.id);
    elements.push({
      group: 'nodes',
      classes: GROUP,
      data: {
        id: node,
        label: groupLabel(item),
        name: group.label,
        kind: group.kind,
        collective: false,
        count: group.count,
        groupId: group.id,
        anchor: group.anchor.id,
        size: groupSize(group.count, options),
      },
    });
    const out = group.direction === 'OUT';
    elements.push({
      group: 'edges',
      classes: GROUP,
      data: {
        id: groupEdgeId(group.id),
        source: out ? group.anchor.id : node,
        target: out ? node : group.anchor.id,
        type: group.type,
        width: TYPE_STYLES[group.type].width,
        start: null,
        end: null,
        groupId: group.id,
      },
    });
  }
  return elements;
}

/** Diameter of a group's node: `nodeSize` plus 8 px per decade of members, at most twice `nodeSize`. */
export function groupSize(count: number, options: GraphOptions = defaults): number {
  const grown = options.nodeSize + 8 * Math.log10(Math.max(1, count));
  return Math.round(Math.min(2 * options.nodeSize, grown));
}

import type { Actor, Relationship } from '@explorer/domain';

/**
 * Cytoscape JSON elements (`cy.json()`), in the shape networkx's
 * `cytoscape_graph` reads too: a node's `value` is its id, an edge's `key`
 * its id (several relationships may join two actors). Imported properties
 * are flattened onto the node's data.
 */
export function cytoscapeNode(a: Actor): { data: Record<string, unknown> } {
  const { properties, ...rest } = a;
  return { data: { ...properties, ...rest, value: a.id } };
}

export function cytoscapeEdge(r: Relationship): { data: Record<string, unknown> } {
  return {
    data: {
      id: r.id,
      key: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      start: r.start,
      end: r.end,
      amount: r.amount,
      percent: r.percent,
      program: r.program,
      label: r.label,
      origin: r.origin,
      evidence: r.evidence,
      ...(r.properties && Object.keys(r.properties).length > 0 ? { properties: r.properties } : {}),
    },
  };
}

import type { Subgraph } from '../store/GraphStore';

/** Cytoscape JSON (`cy.json()` elements), the shape cytoscape and Cytoscape Desktop read. */
export function toCytoscapeJson(sub: Subgraph): string {
  return JSON.stringify(
    {
      elements: {
        nodes: sub.actors.map((a) => ({ data: { ...a.properties, ...a, properties: undefined } })),
        edges: sub.relationships.map((r) => ({
          data: {
            id: r.id,
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
          },
        })),
      },
      truncated: sub.truncated,
    },
    null,
    1,
  );
}

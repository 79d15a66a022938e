/** Hand-written Cypher of the Neo4j baselines. */

/** A relationship as the adapter projects it. */
export const REL = (r: string) =>
  `{ props: properties(${r}), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id }`;

/**
 * The control chain as one query: the BFS unrolled into `maxHops` levels
 * (Cypher has no loop; a quantified path pattern cannot inline the
 * per-type direction rule, so SHORTEST would enumerate every path first).
 */
export function chainCypher(outTypes: string[], inTypes: string[], maxHops: number): string {
  const step = [
    outTypes.length && `MATCH (x)-[r:${outTypes.join('|')}]->(y) RETURN r, y`,
    inTypes.length && `MATCH (x)<-[r:${inTypes.join('|')}]-(y) RETURN r, y`,
  ]
    .filter(Boolean)
    .join(' UNION ');
  const level = `
      CALL (frontier) {
        UNWIND frontier AS x
        CALL (x) { ${step} }
        RETURN collect(DISTINCT r) AS found, collect(DISTINCT y) AS reached
      }
      WITH seen, rels + found AS rels, [y IN reached WHERE NOT y IN seen] AS frontier
      WITH rels, frontier, seen + frontier AS seen`;
  return `
      MATCH (a:Actor {id: $id})
      WITH [a] AS frontier, [a] AS seen, [] AS rels
      ${Array.from({ length: maxHops }, () => level).join('\n')}
      UNWIND rels AS rel
      WITH DISTINCT rel ORDER BY rel.id LIMIT 500
      RETURN ${REL('rel')} AS rel, properties(startNode(rel)) AS s, properties(endNode(rel)) AS t`;
}

import type { Actor, Relationship } from '@explorer/domain';
import { xmlAttribute as attr, xmlText } from './textSafety';

/**
 * GraphML that Gephi, yEd and networkx open: actors as nodes, relationships
 * as directed edges. Well-formed XML whatever the data holds (textSafety.ts).
 * Keys are declared once, before the graph (Gephi reads only declared
 * attributes); a node's name is `label`, the key Gephi shows.
 */
const NODE_KEYS: readonly [id: string, name: string, type: string][] = [
  ['label', 'label', 'string'],
  ['kind', 'kind', 'string'],
  ['aliases', 'aliases', 'string'],
  ['summary', 'summary', 'string'],
  ['origin', 'origin', 'string'],
  ['properties', 'properties', 'string'],
];
const EDGE_KEYS: readonly [id: string, name: string, type: string][] = [
  ['relation', 'relation', 'string'],
  ['e_label', 'label', 'string'],
  ['start', 'start', 'string'],
  ['end', 'end', 'string'],
  ['amount', 'amount', 'double'],
  ['currency', 'currency', 'string'],
  ['amountUsd', 'amountUsd', 'double'],
  ['percent', 'percent', 'double'],
  ['program', 'program', 'string'],
  ['evidence', 'evidence', 'string'],
  ['claimedBy', 'claimedBy', 'string'],
  ['e_origin', 'origin', 'string'],
];

const data = (key: string, value: string | number | undefined): string =>
  value === undefined || value === '' ? '' : `<data key="${key}">${xmlText(String(value))}</data>`;

/** The declaration, the keys and the graph's opening, with a partial export's note as comment and data. */
export function graphmlHead(partialNote?: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    ...(partialNote ? [`<!-- ${xmlText(partialNote).replace(/--/g, '- -')} -->`] : []),
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(
      ([id, name, type]) =>
        `  <key id="${id}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([id, name, type]) =>
        `  <key id="${id}" for="edge" attr.name="${name}" attr.type="${type}"/>`,
    ),
    '  <key id="complete" for="graph" attr.name="complete" attr.type="boolean"/>',
    '  <key id="note" for="graph" attr.name="note" attr.type="string"/>',
    '  <graph id="actor-network" edgedefault="directed">',
    `    <data key="complete">${partialNote ? 'false' : 'true'}</data>${data('note', partialNote)}`,
  ];
  return lines.join('\n') + '\n';
}

export function graphmlNode(a: Actor): string {
  const props =
    a.properties && Object.keys(a.properties).length > 0 ? JSON.stringify(a.properties) : undefined;
  return `    <node id="${attr(a.id)}">${data('label', a.name)}${data('kind', a.kind)}${data('aliases', a.aliases.join('; '))}${data('summary', a.summary)}${data('origin', a.origin)}${data('properties', props)}</node>\n`;
}

export function graphmlEdge(r: Relationship): string {
  const evidence = r.evidence.map((e) => e.excerpt).join(' | ');
  return `    <edge id="${attr(r.id)}" source="${attr(r.source)}" target="${attr(r.target)}">${data('relation', r.type)}${data('e_label', r.label)}${data('start', r.start)}${data('end', r.end)}${data('amount', r.amount?.value)}${data('currency', r.amount?.currency)}${data('amountUsd', r.amount?.usd)}${data('percent', r.percent)}${data('program', r.program)}${data('evidence', evidence)}${data('claimedBy', r.evidence[0]?.claimedBy)}${data('e_origin', r.origin)}</edge>\n`;
}

export const GRAPHML_TAIL = '  </graph>\n</graphml>\n';

/** A whole subgraph as GraphML, at once. */
export function toGraphml(sub: {
  actors: readonly Actor[];
  relationships: readonly Relationship[];
}): string {
  return [
    graphmlHead(),
    ...sub.actors.map(graphmlNode),
    ...sub.relationships.map(graphmlEdge),
    GRAPHML_TAIL,
  ].join('');
}

import type { Subgraph } from '../store/GraphStore';
import { xmlAttribute as attr, xmlText } from './textSafety';

/** Keys declared once; Gephi and yEd read GraphML attributes only when declared. */
const NODE_KEYS = ['name', 'kind', 'aliases', 'summary', 'origin'] as const;
const EDGE_KEYS = ['type', 'start', 'end', 'amountUsd', 'program', 'label', 'evidence'] as const;

/**
 * GraphML that Gephi opens: actors as nodes, relationships as directed
 * edges. Well-formed XML whatever the data holds (textSafety.ts).
 */
export function toGraphml(sub: Subgraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map(
      (k) =>
        `  <key id="${k}" for="edge" attr.name="${k}" attr.type="${k === 'amountUsd' ? 'double' : 'string'}"/>`,
    ),
    '  <graph id="actor-network" edgedefault="directed">',
  ];
  const data = (key: string, value: string | number | undefined): string =>
    value === undefined || value === ''
      ? ''
      : `<data key="${key}">${xmlText(String(value))}</data>`;
  for (const a of sub.actors) {
    lines.push(
      `    <node id="${attr(a.id)}">${data('name', a.name)}${data('kind', a.kind)}${data('aliases', a.aliases.join('; '))}${data('summary', a.summary)}${data('origin', a.origin)}</node>`,
    );
  }
  for (const r of sub.relationships) {
    const evidence = r.evidence.map((e) => e.excerpt).join(' | ');
    lines.push(
      `    <edge id="${attr(r.id)}" source="${attr(r.source)}" target="${attr(r.target)}">${data('type', r.type)}${data('start', r.start)}${data('end', r.end)}${data('amountUsd', r.amount?.usd)}${data('program', r.program)}${data('label', r.label)}${data('evidence', evidence)}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

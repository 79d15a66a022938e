import type { Actor, Relationship } from '@explorer/domain';
import { csvText } from './textSafety';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-leading cells defused. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = csvText(String(value));
  // A cell starting with = + - @ runs as a formula in spreadsheets; prefix it so it stays text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (fields: (string | number | boolean | undefined)[]): string =>
  fields.map(csvField).join(',');

/**
 * nodes.csv: Gephi's `Id` and `Label` first, then our fields; `properties`
 * holds the imported properties as one JSON object.
 */
export const NODES_HEADER = row([
  'Id',
  'Label',
  'kind',
  'aliases',
  'summary',
  'origin',
  'collective',
  'memberCount',
  'properties',
]);

export function nodeRow(a: Actor): string {
  return row([
    a.id,
    a.name,
    a.kind,
    a.aliases.join('; '),
    a.summary,
    a.origin,
    a.collective ?? false,
    a.memberCount,
    a.properties && Object.keys(a.properties).length > 0 ? JSON.stringify(a.properties) : undefined,
  ]);
}

/**
 * edges.csv: Gephi's `Source`, `Target`, `Type` (always `Directed`: Gephi
 * reads the column as the edge's direction) and `Id`; the relationship type
 * in `Relation`, its one-line description in `Label`.
 */
export const EDGES_HEADER = row([
  'Id',
  'Source',
  'Target',
  'Type',
  'Relation',
  'Label',
  'start',
  'end',
  'amount',
  'currency',
  'approximate',
  'usd',
  'percent',
  'program',
  'evidence',
  'claimedBy',
  'statedOn',
  'origin',
]);

export function edgeRow(r: Relationship): string {
  const e = r.evidence[0];
  return row([
    r.id,
    r.source,
    r.target,
    'Directed',
    r.type,
    r.label,
    r.start,
    r.end,
    r.amount?.value,
    r.amount?.currency,
    r.amount?.approximate,
    r.amount?.usd,
    r.percent,
    r.program,
    r.evidence.map((x) => x.excerpt).join(' | '),
    e?.claimedBy,
    e?.statedOn,
    r.origin,
  ]);
}

/** A subgraph's nodes.csv, at once. */
export const nodesCsv = (sub: { actors: readonly Actor[] }): string =>
  [NODES_HEADER, ...sub.actors.map(nodeRow)].join('\r\n') + '\r\n';

/** A subgraph's edges.csv, at once. */
export const edgesCsv = (sub: { relationships: readonly Relationship[] }): string =>
  [EDGES_HEADER, ...sub.relationships.map(edgeRow)].join('\r\n') + '\r\n';

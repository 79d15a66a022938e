import type { Subgraph } from '../store/GraphStore';
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

export function nodesCsv(sub: Subgraph): string {
  const lines = [
    row(['id', 'name', 'kind', 'aliases', 'summary', 'origin', 'collective', 'memberCount']),
  ];
  for (const a of sub.actors) {
    lines.push(
      row([
        a.id,
        a.name,
        a.kind,
        a.aliases.join('; '),
        a.summary,
        a.origin,
        a.collective ?? false,
        a.memberCount,
      ]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

export function edgesCsv(sub: Subgraph): string {
  const lines = [
    row([
      'id',
      'source',
      'target',
      'type',
      'start',
      'end',
      'amount',
      'currency',
      'approximate',
      'usd',
      'percent',
      'program',
      'label',
      'evidence',
      'claimedBy',
      'statedOn',
    ]),
  ];
  for (const r of sub.relationships) {
    const e = r.evidence[0];
    lines.push(
      row([
        r.id,
        r.source,
        r.target,
        r.type,
        r.start,
        r.end,
        r.amount?.value,
        r.amount?.currency,
        r.amount?.approximate,
        r.amount?.usd,
        r.percent,
        r.program,
        r.label,
        r.evidence.map((x) => x.excerpt).join(' | '),
        e?.claimedBy,
        e?.statedOn,
      ]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

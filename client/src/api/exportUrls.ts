import type { ActorKind, RelationType } from './api';

/** The server's export formats: `/export/graph.<format>`. */
export type ExportFormat = 'json' | 'graphml' | 'csv' | 'ftm.json';

export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'JSON (cytoscape)' },
  { format: 'graphml', label: 'GraphML' },
  { format: 'csv', label: 'CSV (zip)' },
  { format: 'ftm.json', label: 'FollowTheMoney' },
];

/** The filters `/export/...` accepts: those of `graph`, or a neighbourhood. */
export interface ExportFilter {
  /** A neighbourhood of this actor instead of the whole graph. */
  around?: string | null;
  depth?: number | null;
  /** Only these types; null or undefined: all. */
  types?: readonly RelationType[] | null;
  /** Only these kinds (whole graph only); null or undefined: all. */
  kinds?: readonly ActorKind[] | null;
  asOf?: string | null;
}

/** `/export/graph.<format>?…` with the filter as comma-separated lists. */
export function exportUrl(format: ExportFormat, filter: ExportFilter): string {
  const p = new URLSearchParams();
  if (filter.around) {
    p.set('around', filter.around);
    if (filter.depth) p.set('depth', String(filter.depth));
  }
  if (filter.types) p.set('types', filter.types.join(','));
  if (filter.kinds && !filter.around) p.set('kinds', filter.kinds.join(','));
  if (filter.asOf) p.set('asOf', filter.asOf);
  const query = p.toString();
  return `/export/graph.${format}${query ? `?${query}` : ''}`;
}

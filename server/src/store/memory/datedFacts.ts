import { compareStrings, fallsWithin, type Designation, type Relationship } from '@explorer/domain';
import type { DatedFacts, DatedFactsQuery } from '../GraphStore';

/** The embedded store's `datedFacts`: one pass over relationships and designations. */
export function datedFacts(
  relationships: Iterable<Relationship>,
  designations: Iterable<Designation>,
  query: DatedFactsQuery,
): DatedFacts {
  const { from, to } = query;
  const types = query.types?.length ? new Set(query.types) : undefined;
  const rels: Relationship[] = [];
  for (const r of relationships) {
    if (types && !types.has(r.type)) continue;
    if (fallsWithin(r.start, from, to) || fallsWithin(r.end, from, to)) rels.push(r);
  }
  const ds: Designation[] = [];
  for (const d of designations) {
    if (fallsWithin(d.listedOn, from, to) || fallsWithin(d.delistedOn, from, to)) ds.push(d);
  }
  const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);
  rels.sort(byId);
  ds.sort(byId);
  return {
    relationships: rels.slice(0, query.limit),
    designations: ds.slice(0, query.limit),
    truncated: rels.length > query.limit || ds.length > query.limit,
  };
}

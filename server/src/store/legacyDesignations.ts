import { designationFromStatement } from '@explorer/graph-seed';
import { type Designation, type Relationship } from '@explorer/domain';
import { compareStrings } from '@explorer/domain';

/**
 * Stores written before designations were records hold them as SANCTIONS
 * relationships from the authority: imported ones one per entry and
 * program (id `<entry>--sanctions--<program>`). They become the records the
 * importer now writes, with the same ids (`<entry>--designation`, every
 * program of an entry and authority together; curated statements and FtM
 * Sanction entities keep their ids), so that importing a newer list after
 * the upgrade updates them instead of delisting them.
 */
export function designationsFromLegacyLinks(rels: readonly Relationship[]): Designation[] {
  const groups = new Map<string, Relationship[]>();
  for (const rel of rels) {
    if (rel.type !== 'SANCTIONS') continue;
    const cut = rel.origin === 'imported' ? rel.id.indexOf('--sanctions--') : -1;
    const id = cut > 0 ? `${rel.id.slice(0, cut)}--designation` : rel.id;
    groups.set(id, [...(groups.get(id) ?? []), rel]);
  }
  return [...groups].map(([id, group]) => {
    const [first, ...rest] = [...group].sort((a, b) => compareStrings(a.id, b.id)) as [
      Relationship,
      ...Relationship[],
    ];
    const base = designationFromStatement(first);
    const props = Object.assign({}, ...group.map((r) => r.properties ?? {})) as Record<
      string,
      string | number | boolean
    >;
    const { delisted, ...properties } = props;
    const sourceList = properties['sourceList'];
    const programs = [...new Set(group.flatMap((r) => (r.program ? [r.program] : [])))].sort(
      compareStrings,
    );
    const starts = group.flatMap((r) => (r.start ? [r.start] : [])).sort(compareStrings);
    return {
      ...base,
      id,
      programs,
      ...(starts[0] ? { listedOn: starts[0] } : {}),
      ...(typeof sourceList === 'string' ? { list: sourceList } : {}),
      ...(delisted === true && !base.delistedOn && first.end ? { delistedOn: first.end } : {}),
      evidence: [first, ...rest].flatMap((r) => r.evidence),
      ...(Object.keys(properties).length ? { properties } : { properties: undefined }),
    };
  });
}

import type {
  Actor,
  Designation as DesignationRecord,
  Relationship,
  Validity,
} from '@explorer/domain';
import { compareStrings } from '@explorer/domain';
import type { Enrichment, ListMatch } from './enrich';
import type { MatchRecord } from './match/matchDecisions';
import type { Designation, EntryLink, ListEntry, ParsedList, Scalar } from './model';
import { distinctAliases } from './text';

/**
 * The graph a list should produce, given which entries are curated actors:
 * imported actors for the other entries (and for authorities that are not
 * curated), designation records on the designated actors (one per entry and
 * authority, with every program the entry lists; FtM `Sanction` entities
 * stay one each), relationships for links, all with endpoints resolved to
 * curated ids where an entry was accepted as one, and the additions for
 * those curated actors. Pure: reads nothing, writes nothing.
 */
export interface GraphPlan {
  actors: Actor[];
  relationships: Relationship[];
  designations: DesignationRecord[];
  /** Curated actor id -> this list's additions to it. */
  enrichments: Map<string, Enrichment>;
  /** Entry key -> curated actor id. */
  merged: ReadonlyMap<string, string>;
  /** Links whose two ends became the same actor (both entries accepted as it): dropped. */
  selfLinks: number;
}

export function planGraph(
  list: ParsedList,
  accepted: ReadonlyMap<string, string>,
  matches: readonly MatchRecord[] = [],
): GraphPlan {
  const resolve = (key: string): string => accepted.get(key) ?? key;
  const document = list.document.id;
  const actors: Actor[] = [];
  const relationships: Relationship[] = [];
  const designations: DesignationRecord[] = [];
  const byCurated = new Map<string, ListEntry[]>();

  for (const entry of list.entries) {
    const curatedId = accepted.get(entry.key);
    if (curatedId) {
      const merged = byCurated.get(curatedId) ?? [];
      merged.push(entry);
      byCurated.set(curatedId, merged);
    } else {
      actors.push({
        id: entry.key,
        name: entry.name,
        aliases: entry.aliases,
        kind: entry.kind,
        origin: 'imported',
        properties: entry.properties,
      });
    }
    designations.push(...designationRecords(list, entry, resolve(entry.key), document));
  }
  for (const authority of list.authorities) {
    actors.push({
      id: authority.key,
      name: authority.name,
      aliases: [],
      kind: authority.kind,
      origin: 'imported',
      properties: { sourceList: list.sourceList, listDate: list.document.date },
    });
  }
  let selfLinks = 0;
  for (const link of list.links) {
    const rel = linkRelationship(
      link,
      resolve(link.source),
      resolve(link.target),
      document,
      list.document.date,
    );
    if (rel.source === rel.target) selfLinks++;
    else relationships.push(rel);
  }

  const matchesOf = new Map<string, ListMatch[]>();
  for (const record of matches) {
    const list = matchesOf.get(record.actor) ?? [];
    list.push(listMatch(record));
    matchesOf.set(record.actor, list);
  }
  const enrichments = new Map<string, Enrichment>();
  for (const [curatedId, found] of matchesOf) {
    found.sort((a, b) => b.score - a.score || compareStrings(a.entry, b.entry));
    if (!byCurated.has(curatedId)) {
      enrichments.set(curatedId, {
        family: list.family,
        entries: [],
        aliases: [],
        properties: {},
        matches: found,
      });
    }
  }
  for (const [curatedId, entries] of byCurated) {
    entries.sort((a, b) => compareStrings(a.key, b.key));
    const numbers = entries.map((e) => list.entryNumber(e.key));
    const properties: Record<string, Scalar> = {
      [list.entryNumberProperty]: numbers.length === 1 ? numbers[0]! : numbers.join(', '),
    };
    enrichments.set(curatedId, {
      family: list.family,
      entries: entries.map((e) => e.key),
      aliases: distinctAliases(
        '',
        entries.flatMap((e) => [e.name, ...e.aliases]),
      ),
      properties,
      matches: matchesOf.get(curatedId) ?? [],
    });
  }
  return { actors, relationships, designations, enrichments, merged: accepted, selfLinks };
}

const authorityId = (d: Designation): string =>
  d.authority.kind === 'curated' ? d.authority.id : d.authority.key;

/**
 * An entry's designations as records. OFAC and UN entries list programs:
 * all of one authority make one designation (`<entry>--designation`). An
 * FtM `Sanction` entity is a designation of its own, with its own dates.
 */
function designationRecords(
  list: ParsedList,
  entry: ListEntry,
  actor: string,
  document: string,
): DesignationRecord[] {
  const groups = new Map<string, Designation[]>();
  for (const d of entry.designations) {
    const key = list.format === 'ftm' ? d.id : authorityId(d);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const id = list.format === 'ftm' ? first.id : `${entry.key}--designation`;
    const starts = group.map((d) => d.start).filter((s): s is string => s !== undefined);
    const properties = Object.assign({}, ...group.map((d) => d.properties ?? {})) as Record<
      string,
      Scalar
    >;
    return defined<DesignationRecord>({
      id,
      actor,
      authority: authorityId(first),
      list: list.sourceList,
      programs: [...new Set(group.map((d) => d.program))].sort(compareStrings),
      listedOn: starts.sort(compareStrings)[0],
      delistedOn: first.end,
      sourceEntry: String(list.entryNumber(entry.key)),
      reason: first.reason,
      evidence: group.map((d) => ({ excerpt: d.excerpt, document, section: d.section })),
      origin: 'imported',
      properties,
    });
  });
}

function linkRelationship(
  link: EntryLink,
  source: string,
  target: string,
  document: string,
  listDate: string | undefined,
): Relationship {
  // A list states its links as of its own date: a time filter keeps an
  // undated link on that date, and leaves it to `includeUndated` elsewhere.
  const dated = link.start !== undefined || link.end !== undefined;
  const validity: Validity = dated
    ? { kind: 'DATED', reason: 'the dates of the list record' }
    : {
        kind: 'UNDATED',
        reason: 'the list gives no dates; it states the link as of its own date',
        ...(listDate ? { heldOn: listDate } : {}),
      };
  return defined({
    id: link.id,
    type: link.type,
    source,
    target,
    start: link.start,
    end: link.end,
    amount: link.amount,
    percent: link.percent,
    label: link.label,
    evidence: [{ excerpt: link.excerpt, document, section: link.section }],
    origin: 'imported',
    properties: link.properties,
    validity,
  });
}

/** Without undefined members, so records compare and round-trip exactly. */
function defined<T extends object>(record: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

function listMatch(record: MatchRecord): ListMatch {
  return {
    entry: record.entry,
    entryName: record.entryName,
    score: record.score,
    status: record.status,
    decidedBy: record.decidedBy,
    reasons: (record.names ?? []).map((n) => `${n.entry} = ${n.actor} (${n.how})`),
  };
}

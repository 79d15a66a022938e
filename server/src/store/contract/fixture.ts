import type { Actor, Designation, Relationship, TimeWindow } from '@explorer/domain';

/**
 * A small graph built to pin down the store contract: ties between paths,
 * dated relationships, a designation, an isolated actor. Names are neutral
 * placeholders on purpose: these are not facts about real actors.
 */
const actor = (id: string, name: string, kind: Actor['kind'], aliases: string[] = []): Actor => ({
  id,
  name,
  aliases,
  kind,
  origin: 'curated',
});

export const fixtureActors: Actor[] = [
  actor('alpha', 'Alpha Command', 'MILITARY_UNIT'),
  actor('bravo', 'Bravo Force', 'MILITARY_UNIT', ['Brava Force']),
  actor('charlie', 'Charlie Group', 'ARMED_GROUP', ['Çharlie-Grüp']),
  actor('delta', 'Delta Company', 'COMPANY'),
  actor('echo', 'Echo Person', 'PERSON'),
  actor('foxtrot', 'Foxtrot', 'VESSEL'),
  actor('golf', 'Golf Holding', 'COMPANY'),
  actor('authority', 'Sanctions Authority', 'STATE_BODY'),
  actor('isolated', 'Isolated Body', 'STATE_BODY'),
];

const rel = (
  id: string,
  source: string,
  type: Relationship['type'],
  target: string,
  extra: Partial<Relationship> = {},
): Relationship => ({
  id,
  source,
  type,
  target,
  evidence: [{ excerpt: `${source} ${type} ${target}`, document: 'fixture' }],
  origin: 'curated',
  ...extra,
});

export const fixtureRelationships: Relationship[] = [
  rel('rel-01', 'bravo', 'PART_OF', 'alpha'),
  rel('rel-02', 'alpha', 'SUPPLIES', 'charlie', { start: '2015', end: '2020' }),
  rel('rel-03', 'bravo', 'SUPPLIES', 'charlie', { start: '2021-03' }),
  rel('rel-04', 'charlie', 'OWNS', 'delta'),
  rel('rel-05', 'echo', 'HOLDS_OFFICE', 'alpha', { start: '2013', end: '2021' }),
  rel('rel-07', 'delta', 'OWNS', 'foxtrot'),
  rel('rel-08', 'alpha', 'FUNDS', 'echo', {
    start: '2025',
    amount: { value: 1e9, currency: 'USD', approximate: true, usd: 1e9 },
  }),
  rel('rel-09', 'alpha', 'OWNS', 'golf'),
  rel('rel-10', 'golf', 'OWNS', 'delta'),
];

/** Designations: records on actors, never links (the walks cannot see them). */
export const fixtureDesignations: Designation[] = [
  {
    id: 'des-06',
    actor: 'delta',
    authority: 'authority',
    list: 'Fixture List',
    programs: ['IRAN'],
    listedOn: '2025-07-30',
    sourceEntry: '6',
    evidence: [{ excerpt: 'authority lists delta', document: 'fixture' }],
    origin: 'curated',
  },
];

/**
 * The window of one date, undated relationships included (the rule before
 * validity kinds: the date questions of the contract suites keep it; the
 * time contract checks the strict rule).
 */
export const on = (date: string, includeUndated = true): TimeWindow => ({
  from: date,
  to: date,
  includeUndated,
});

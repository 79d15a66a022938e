import {
  API_DEFAULTS,
  compareStrings,
  lowerBound,
  OPEN_END,
  OPEN_START,
  precisionOf,
  upperBound,
  type Designation,
  type RelationType,
  type Relationship,
} from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';
import type { GraphStore } from '../store/GraphStore';
import { bounded, optionalDate, optionalList } from './limits';

/** Most dated facts (relationships, designations: each) a timeline reads. */
export const TIMELINE_FACT_LIMIT = 50_000;

export type TimeBucket = 'YEAR' | 'MONTH';
export type TimelineEventKind = 'STARTED' | 'ENDED' | 'FLOW' | 'LISTED' | 'DELISTED';

export interface TimelineEvent {
  /** The date as the source gives it (partial). */
  date: string;
  kind: TimelineEventKind;
  relationship?: Relationship;
  designation?: Designation;
}

export interface TimelineBucketCount {
  /** "2025", or "2025-07" by month; a year-precision date stays "2025" in a month view. */
  period: string;
  relationships: number;
  designations: number;
  flows: number;
  /** Sum of the flows' US-dollar values, where known. */
  flowUsd: number;
}

export interface Timeline {
  from: string | null;
  to: string | null;
  bucket: TimeBucket;
  buckets: TimelineBucketCount[];
  totalEvents: number;
  events: TimelineEvent[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  truncated: boolean;
}

export interface TimelineArgs {
  from?: string | null;
  to?: string | null;
  bucket?: TimeBucket | null;
  types?: readonly RelationType[] | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The timeline: dated facts in a window as events (a relationship's start
 * and end, a money flow, a listing and a delisting), counted by year or
 * month and listed chronologically with their evidence.
 */
export class TimelineService {
  constructor(private readonly store: GraphStore) {}

  async timeline(args: TimelineArgs): Promise<Timeline> {
    const from = optionalDate('from', args.from);
    const to = optionalDate('to', args.to);
    if (from && to && lowerBound(from) > upperBound(to))
      throw new InvalidArgumentError('to', 'must not be before from');
    // SANCTIONS among the types selects the designations (listings, delistings).
    const types = optionalList(args.types);
    const linkTypes = types?.filter((t) => t !== 'SANCTIONS');
    const withDesignations = !types || types.includes('SANCTIONS');
    const first = bounded('Query.timeline.first', args.first);
    const bucket = args.bucket ?? API_DEFAULTS.Query.timeline.bucket;
    const lo = from ? lowerBound(from) : OPEN_START;
    const hi = to ? upperBound(to) : OPEN_END;
    const read = await this.store.datedFacts({
      from: lo,
      to: hi,
      types: linkTypes,
      limit: TIMELINE_FACT_LIMIT,
    });
    const facts = {
      relationships: linkTypes && linkTypes.length === 0 ? [] : read.relationships,
      designations: withDesignations ? read.designations : [],
      truncated: read.truncated,
    };
    const inside = (date: string | undefined): date is string =>
      date !== undefined && lowerBound(date) <= hi && upperBound(date) >= lo;
    const events: TimelineEvent[] = [];
    for (const relationship of facts.relationships) {
      const flow = relationship.amount !== undefined;
      if (inside(relationship.start))
        events.push({ date: relationship.start, kind: flow ? 'FLOW' : 'STARTED', relationship });
      if (inside(relationship.end) && !(flow && relationship.end === relationship.start))
        events.push({ date: relationship.end, kind: 'ENDED', relationship });
    }
    for (const designation of facts.designations) {
      if (inside(designation.listedOn))
        events.push({ date: designation.listedOn, kind: 'LISTED', designation });
      if (inside(designation.delistedOn))
        events.push({ date: designation.delistedOn, kind: 'DELISTED', designation });
    }
    events.sort(chronological);
    const start = args.after ? decodeOffset(args.after, events.length) : 0;
    const page = events.slice(start, start + first);
    const end = start + page.length;
    return {
      from: from ?? null,
      to: to ?? null,
      bucket,
      buckets: countBuckets(events, bucket),
      totalEvents: events.length,
      events: page,
      pageInfo: {
        hasNextPage: end < events.length,
        endCursor: page.length ? encodeOffset(end) : null,
      },
      truncated: facts.truncated,
    };
  }
}

const KIND_ORDER: Record<TimelineEventKind, number> = {
  LISTED: 0,
  STARTED: 1,
  FLOW: 2,
  ENDED: 3,
  DELISTED: 4,
};

/** By the earliest day a date can mean, then the coarser date first ("2025" before "2025-01-01"), kind, id. */
function chronological(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareStrings(lowerBound(a.date), lowerBound(b.date)) ||
    a.date.length - b.date.length ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    compareStrings(idOf(a), idOf(b))
  );
}

const idOf = (e: TimelineEvent) => (e.relationship ?? e.designation)!.id;

function countBuckets(events: readonly TimelineEvent[], bucket: TimeBucket): TimelineBucketCount[] {
  const counts = new Map<string, TimelineBucketCount>();
  for (const e of events) {
    const period =
      bucket === 'MONTH' && precisionOf(e.date) !== 'YEAR'
        ? e.date.slice(0, 7)
        : e.date.slice(0, 4);
    const c =
      counts.get(period) ??
      counts
        .set(period, { period, relationships: 0, designations: 0, flows: 0, flowUsd: 0 })
        .get(period)!;
    if (e.designation) c.designations++;
    else if (e.kind === 'FLOW') {
      c.flows++;
      c.flowUsd += e.relationship!.amount!.usd ?? 0;
    } else c.relationships++;
  }
  return [...counts.values()].sort((a, b) => compareStrings(a.period, b.period));
}

// The events are recomputed per request from the window: an offset is enough.
const encodeOffset = (n: number) => Buffer.from(`t:${n}`, 'utf8').toString('base64url');
function decodeOffset(cursor: string, total: number): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const n = /^t:\d{1,9}$/.test(text) ? Number(text.slice(2)) : NaN;
  if (!Number.isInteger(n) || encodeOffset(n) !== cursor || n > total)
    throw new InvalidArgumentError('after', 'is not a cursor this API gave');
  return n;
}

import {
  API_DEFAULTS,
  compareStrings,
  MONEY_TYPES,
  yearOf,
  type Relationship,
  type RelationType,
} from '@explorer/domain';
import type { Direction, GraphStore } from '../store/GraphStore';
import { MAX_FLOWS, optionalList, timeArgs } from './limits';

export interface FlowTotal {
  counterpartyId?: string;
  year?: number | null;
  usd: number;
  inUsd: number;
  outUsd: number;
  count: number;
  knownCount: number;
}

export interface MoneyFlows {
  flows: Relationship[];
  byCounterparty: FlowTotal[];
  byYear: FlowTotal[];
  unknownAmountCount: number;
}

export interface MoneyTotals {
  inUsd: number;
  outUsd: number;
  unknownCount: number;
}

/** Who pays, invests in or owes whom, and how much is documented. */
export class MoneyService {
  constructor(private readonly store: GraphStore) {}

  async flows(
    id: string,
    args: {
      direction?: Direction | null;
      types?: readonly RelationType[] | null;
      from?: string | null;
      to?: string | null;
      includeUndated?: boolean | null;
    },
  ): Promise<MoneyFlows> {
    // The same window rule as every walk (undated flows only with includeUndated).
    const { when } = timeArgs(args);
    const rels = await this.store.relationshipsOf(id, {
      types: optionalList(args.types) ?? API_DEFAULTS.Query.moneyFlows.types,
      direction: args.direction ?? API_DEFAULTS.Query.moneyFlows.direction,
      when,
      first: MAX_FLOWS,
    });
    const flows = [...rels].sort(byStartThenId);

    const byCounterparty = new Map<string, FlowTotal>();
    const byYear = new Map<number | null, FlowTotal>();
    let unknownAmountCount = 0;
    for (const rel of flows) {
      const usd = rel.amount?.usd;
      if (usd === undefined) unknownAmountCount++;
      const outgoing = rel.source === id;
      const other = outgoing ? rel.target : rel.source;
      add(byCounterparty, other, { counterpartyId: other, ...EMPTY }, usd, outgoing);
      const year = yearOf(rel.start);
      add(byYear, year, { year, ...EMPTY }, usd, outgoing);
    }
    return {
      flows,
      byCounterparty: [...byCounterparty.values()].sort(
        (a, b) => b.usd - a.usd || compareStrings(a.counterpartyId!, b.counterpartyId!),
      ),
      byYear: [...byYear.values()].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity)),
      unknownAmountCount,
    };
  }

  async totals(id: string): Promise<MoneyTotals> {
    const rels = await this.store.relationshipsOf(id, {
      types: MONEY_TYPES,
      direction: 'BOTH',
      first: MAX_FLOWS,
    });
    const totals = { inUsd: 0, outUsd: 0, unknownCount: 0 };
    for (const rel of rels) {
      const usd = rel.amount?.usd;
      if (usd === undefined) totals.unknownCount++;
      else if (rel.target === id) totals.inUsd += usd;
      else totals.outUsd += usd;
    }
    return totals;
  }
}

const EMPTY = { usd: 0, inUsd: 0, outUsd: 0, count: 0, knownCount: 0 };

function add<K>(
  map: Map<K, FlowTotal>,
  key: K,
  empty: FlowTotal,
  usd: number | undefined,
  outgoing: boolean,
): void {
  const total = map.get(key) ?? empty;
  total.count++;
  if (usd !== undefined) {
    total.knownCount++;
    total.usd += usd;
    if (outgoing) total.outUsd += usd;
    else total.inUsd += usd;
  }
  map.set(key, total);
}

function byStartThenId(a: Relationship, b: Relationship): number {
  if (a.start !== b.start) {
    if (a.start === undefined) return 1;
    if (b.start === undefined) return -1;
    return compareStrings(a.start, b.start);
  }
  return compareStrings(a.id, b.id);
}

/**
 * Coverage report over a seed graph: what is there, and where the gaps are.
 */
import { ACTOR_KINDS, RELATION_TYPES, type Relationship, type SeedGraph } from '@explorer/domain';

export interface SeedReport {
  actorsByKind: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** Actor ids that appear in no relationship. */
  isolatedActors: string[];
  /**
   * Relationships whose evidence mentions money but that have no `amount`, or
   * a percentage but no `percent`: each is either a gap or a deliberate choice
   * (the figure belongs to another relationship, or is too vague to encode).
   */
  figuresWithoutAmount: { id: string; figure: string }[];
  /** Relationships with neither start nor end. */
  undated: string[];
  /** Relationships whose evidence carries no claimedBy (the essay's own assertion). */
  unattributed: number;
}

/**
 * Money in an excerpt: "$500 billion", "$250,000", "one billion dollars",
 * "several hundred million dollars", "tens of billions of dollars".
 */
const MONEY =
  /\$\s?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?|\b(?:\d[\d.,]*|one|two|three|several|tens of|hundreds of)\s+(?:hundred\s+)?(?:thousand|million|billion|trillion)s?\s+(?:of\s+)?dollars\b/i;
/** A percentage in an excerpt: "51 percent", "37.5%". */
const PERCENT = /\b\d[\d.,]*\s*(?:percent\b|%)/i;

/** The first amount of money an excerpt mentions, if any. */
export function moneyIn(text: string): string | undefined {
  return MONEY.exec(text)?.[0];
}

/** The first percentage an excerpt mentions, if any. */
export function percentIn(text: string): string | undefined {
  return PERCENT.exec(text)?.[0];
}

function count<T extends string>(keys: readonly T[], values: readonly T[]): Record<T, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

export function buildReport(seed: SeedGraph): SeedReport {
  const linked = new Set<string>();
  for (const r of seed.relationships) {
    linked.add(r.source);
    linked.add(r.target);
  }
  const figuresWithoutAmount: SeedReport['figuresWithoutAmount'] = [];
  for (const r of seed.relationships) {
    for (const e of r.evidence) {
      const figure =
        (r.amount ? undefined : moneyIn(e.excerpt)) ??
        (r.percent === undefined ? percentIn(e.excerpt) : undefined);
      if (figure !== undefined) {
        figuresWithoutAmount.push({ id: r.id, figure });
        break;
      }
    }
  }
  const isUndated = (r: Relationship) => r.start === undefined && r.end === undefined;
  return {
    actorsByKind: count(
      ACTOR_KINDS,
      seed.actors.map((a) => a.kind),
    ),
    relationshipsByType: count(
      RELATION_TYPES,
      seed.relationships.map((r) => r.type),
    ),
    isolatedActors: seed.actors.filter((a) => !linked.has(a.id)).map((a) => a.id),
    figuresWithoutAmount,
    undated: seed.relationships.filter(isUndated).map((r) => r.id),
    unattributed: seed.relationships.filter((r) => r.evidence.every((e) => !e.claimedBy)).length,
  };
}

export function formatReport(seed: SeedGraph, report: SeedReport = buildReport(seed)): string {
  const lines: string[] = [];
  const table = (title: string, rows: Record<string, number>) => {
    lines.push(title);
    for (const [k, n] of Object.entries(rows)) lines.push(`  ${k.padEnd(20)} ${n}`);
  };
  lines.push(
    `${seed.documents.length} documents, ${seed.actors.length} actors, ${seed.relationships.length} relationships`,
    '',
  );
  table('Actors by kind', report.actorsByKind);
  lines.push('');
  table('Relationships by type', report.relationshipsByType);
  lines.push('', `Actors with no relationship (${report.isolatedActors.length}):`);
  for (const id of report.isolatedActors) lines.push(`  ${id}`);
  lines.push(
    '',
    `Relationships whose excerpt mentions money or a percentage they do not encode (${report.figuresWithoutAmount.length}):`,
  );
  for (const { id, figure } of report.figuresWithoutAmount) lines.push(`  ${id}  ("${figure}")`);
  lines.push('', `Relationships without dates (${report.undated.length}):`);
  for (const id of report.undated) lines.push(`  ${id}`);
  lines.push(
    '',
    `Relationships resting only on the essay's own assertion (no claimedBy): ${report.unattributed}`,
  );
  return lines.join('\n');
}

/**
 * Coverage report over a seed graph: what is there, and where the gaps are.
 */
import { coveragePercent, type ChecklistSummary } from './checklist/checklist';
import { ACTOR_KINDS, RELATION_TYPES, VALIDITY_KINDS, type SeedGraph } from '@explorer/domain';
import { validityOf } from '@explorer/domain';

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
  /** Relationships by validity kind (DATED, ENDED_BEFORE, HISTORICAL, UNDATED). */
  relationshipsByValidity: Record<string, number>;
  /** Relationships the source gives no time for at all (UNDATED, no `heldOn`). */
  undated: string[];
  /** Relationships that rest on an inference, with the note saying what it is. */
  inferred: { id: string; inference: string }[];
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
    relationshipsByValidity: count(
      VALIDITY_KINDS,
      seed.relationships.map((r) => validityOf(r).kind),
    ),
    undated: seed.relationships
      .filter((r) => {
        const v = validityOf(r);
        return v.kind === 'UNDATED' && v.heldOn === undefined;
      })
      .map((r) => r.id),
    inferred: seed.relationships
      .filter((r) => r.inferred)
      .map((r) => ({ id: r.id, inference: r.inference ?? '' })),
    unattributed: seed.relationships.filter((r) => r.evidence.every((e) => !e.claimedBy)).length,
  };
}

/**
 * The report as text; with the checklist's summary, its coverage first: the
 * share of the essay's statements modelled, and each one that is not.
 */
export function formatReport(
  seed: SeedGraph,
  report: SeedReport = buildReport(seed),
  checklist?: ChecklistSummary,
): string {
  const lines: string[] = [];
  const table = (title: string, rows: Record<string, number>) => {
    lines.push(title);
    for (const [k, n] of Object.entries(rows)) lines.push(`  ${k.padEnd(20)} ${n}`);
  };
  lines.push(
    `${seed.documents.length} documents, ${seed.actors.length} actors, ${seed.relationships.length} relationships, ${seed.designations.length} designations`,
    '',
  );
  if (checklist) {
    lines.push(
      `Essay coverage (coverage.yaml): ${checklist.modelled} of ${checklist.statements} linking or ` +
        `quantitative statements modelled (${coveragePercent(checklist).toFixed(1)} %); ` +
        `${checklist.sentences} sentences read, ${checklist.withoutStatements} without such a statement`,
    );
    lines.push(`Not modelled (${checklist.notModelled.length}):`);
    for (const { excerpt, reason } of checklist.notModelled) {
      lines.push(`  "${excerpt}"`, `      ${reason}`);
    }
    lines.push('');
  }
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
  lines.push('');
  table('Relationships by validity', report.relationshipsByValidity);
  lines.push('', `Relationships the essay gives no time for (${report.undated.length}):`);
  for (const id of report.undated) lines.push(`  ${id}`);
  lines.push('', `Inferred relationships (${report.inferred.length}):`);
  for (const { id, inference } of report.inferred) lines.push(`  ${id}`, `      ${inference}`);
  lines.push(
    '',
    `Relationships resting only on the essay's own assertion (no claimedBy): ${report.unattributed}`,
  );
  return lines.join('\n');
}

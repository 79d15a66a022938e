import { RelationType } from '@explorer/domain';
import type { RelationshipFields } from '../api/api';
import { formatYears } from './dates';
import { formatMoney } from './money';
import { TYPE_NAMES, TYPE_VERBS } from './names';

type Rel = Pick<RelationshipFields, 'type' | 'label' | 'source' | 'target'>;

/** The relationship as a sentence: "Qods Force supplies Houthis". */
export function relationshipSentence(rel: Rel): string {
  return `${rel.source.name} ${verb(rel)} ${rel.target.name}`;
}

/** "supplies"; for FAMILY the label says how ("is father of"). */
export function verb(rel: Pick<RelationshipFields, 'type' | 'label'>): string {
  if (rel.type === RelationType.FAMILY && rel.label) {
    return /^(is|was)\b/.test(rel.label) ? rel.label : `is ${rel.label}`;
  }
  return TYPE_VERBS[rel.type];
}

/** A path step in brackets: "funds, $1bn, 2025" or "part of". */
export function stepSummary(
  rel: Pick<RelationshipFields, 'type' | 'amount' | 'start' | 'end' | 'percent'>,
): string {
  const parts = [TYPE_NAMES[rel.type].toLowerCase()];
  if (rel.amount) parts.push(formatMoney(rel.amount));
  if (rel.percent != null) parts.push(`${rel.percent}%`);
  const years = formatYears(rel.start, rel.end);
  if (years) parts.push(years);
  return parts.join(', ');
}

/**
 * Rules about what a relationship claims beyond its shape: that its validity
 * fits its kind, that a role the text calls "former" or "then-" has ended,
 * that an inference says what it rests on, and that a number the text hedges
 * ("more than 50 vessels") keeps its hedge.
 */
import type { Actor, NumberQualifier, Relationship, Validity } from '@explorer/domain';
import { lowerBound } from '@explorer/domain';
import type { IssueSink, ParsedRecord } from './records';

/** What each validity kind needs (true) or forbids (false); unlisted fields are free. */
const VALIDITY_FIELDS: Record<
  Validity['kind'],
  Partial<Record<'start' | 'end' | 'endedBefore' | 'period' | 'datesFrom' | 'heldOn', boolean>>
> = {
  DATED: { endedBefore: false, period: false, datesFrom: false, heldOn: false },
  ENDED_BEFORE: { endedBefore: true, start: false, end: false, period: false, datesFrom: false },
  HISTORICAL: { period: true, start: true, datesFrom: true, endedBefore: false, heldOn: false },
  UNDATED: { start: false, end: false, endedBefore: false, period: false, datesFrom: false },
};

export function checkValidity(rel: Relationship, record: ParsedRecord, sink: IssueSink): void {
  const validity = rel.validity;
  if (!validity) return;
  const present = {
    start: rel.start !== undefined,
    end: rel.end !== undefined,
    endedBefore: validity.endedBefore !== undefined,
    period: validity.period !== undefined,
    datesFrom: validity.datesFrom !== undefined,
    heldOn: validity.heldOn !== undefined,
  };
  const at = (field: keyof typeof present) =>
    field === 'start' || field === 'end' ? [field] : ['validity', field];
  for (const [field, needed] of Object.entries(VALIDITY_FIELDS[validity.kind])) {
    const f = field as keyof typeof present;
    if (needed && !present[f]) {
      sink.add('VALIDITY_MISMATCH', record, ['validity'], `${validity.kind} needs ${f}`);
    } else if (!needed && present[f]) {
      sink.add('VALIDITY_MISMATCH', record, at(f), `${validity.kind} takes no ${f}`);
    }
  }
  if (validity.kind === 'DATED' && !present.start && !present.end) {
    sink.add('VALIDITY_MISMATCH', record, ['validity'], 'DATED needs a start or an end');
  }
  const { heldOn, endedBefore } = validity;
  if (heldOn !== undefined && endedBefore !== undefined) {
    if (lowerBound(heldOn) >= lowerBound(endedBefore)) {
      sink.add(
        'VALIDITY_MISMATCH',
        record,
        ['validity', 'heldOn'],
        `heldOn ${heldOn} is not before endedBefore ${endedBefore}`,
      );
    }
  }
}

/** Relationships that are a person's role: these are what "former" and "then-" describe. */
const ROLE_TYPES: ReadonlySet<Relationship['type']> = new Set([
  'HOLDS_OFFICE',
  'ADVISES',
  'COMMANDS',
]);

/** "former head", "formerly", "ex-minister", "the then-mayor". */
const PAST_ROLE = /\b(?:former(?:ly)?\b|ex-|then-)/i;

/** The word of `text` that says the role is over, with some context, or undefined. */
export function pastRoleIn(text: string): string | undefined {
  const m = PAST_ROLE.exec(text);
  if (!m) return undefined;
  return text.slice(Math.max(0, m.index - 10), m.index + 30).trim();
}

export function checkFormerRole(rel: Relationship, record: ParsedRecord, sink: IssueSink): void {
  if (!ROLE_TYPES.has(rel.type)) return;
  if (rel.end !== undefined || rel.validity?.kind === 'ENDED_BEFORE') return;
  rel.evidence.forEach((e, i) => {
    const said = pastRoleIn(e.excerpt);
    if (said === undefined) return;
    sink.add(
      'FORMER_WITHOUT_END',
      record,
      ['evidence', i, 'excerpt'],
      `the excerpt says the role is over ("…${said}…") but the relationship has no end: ` +
        'give `end`, or validity ENDED_BEFORE with `endedBefore` the date of the statement',
    );
  });
}

export function checkInference(rel: Relationship, record: ParsedRecord, sink: IssueSink): void {
  if (rel.inferred === true && rel.inference === undefined) {
    sink.add(
      'INFERENCE_UNEXPLAINED',
      record,
      ['inferred'],
      'an inferred relationship needs an `inference` note saying what it rests on',
    );
  } else if (rel.inferred !== true && rel.inference !== undefined) {
    sink.add(
      'INFERENCE_UNEXPLAINED',
      record,
      ['inference'],
      'an `inference` note belongs to a relationship marked `inferred: true`',
    );
  }
}

const HEDGES: readonly [RegExp, NumberQualifier][] = [
  [/more than|over|upwards of|in excess of/, 'MORE_THAN'],
  [/at least|no fewer than|no less than|a minimum of/, 'AT_LEAST'],
  [/at most|up to|no more than|did not exceed|not exceeding/, 'AT_MOST'],
  [/approximately|about|around|nearly|almost|roughly|some|an estimated/, 'APPROXIMATELY'],
];

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** The ways a text may write the number n: "50", "1,000", "37.5", "four". */
function spellings(n: number): string[] {
  const digits = String(n);
  const grouped = n >= 1000 && Number.isInteger(n) ? [n.toLocaleString('en-US')] : [];
  const word = Number.isInteger(n) && n < NUMBER_WORDS.length ? [NUMBER_WORDS[n] as string] : [];
  return [digits, ...grouped, ...word].map((s) => s.replace(/[.]/g, '\\.'));
}

/**
 * The qualifier the text puts on the number n, when a hedge ("more than",
 * "around") stands right before it; `unit` is what must follow the number
 * (e.g. "percent"), or any word.
 */
export function hedgeOf(text: string, n: number, unit?: RegExp): NumberQualifier | undefined {
  const number = `(?:${spellings(n).join('|')})`;
  const after = unit ? `\\s*(?:${unit.source})` : '\\b';
  for (const [hedge, qualifier] of HEDGES) {
    const re = new RegExp(`\\b(?:${hedge.source})\\s+${number}${after}`, 'i');
    if (re.test(text)) return qualifier;
  }
  return undefined;
}

const PERCENT_UNIT = /percent\b|%/;

export function checkPercentQualifier(
  rel: Relationship,
  record: ParsedRecord,
  sink: IssueSink,
): void {
  if (rel.percent === undefined) return;
  for (const e of rel.evidence) {
    const hedge = hedgeOf(e.excerpt, rel.percent, PERCENT_UNIT);
    if (hedge === undefined || hedge === rel.percentQualifier) continue;
    sink.add(
      'NUMBER_QUALIFIER_MISSING',
      record,
      ['percent'],
      `the excerpt hedges ${rel.percent} percent (${hedge}) but percentQualifier is ` +
        `${rel.percentQualifier ?? 'absent'}`,
    );
    return;
  }
}

/**
 * An actor's memberCount against the texts that count it: its summary and the
 * excerpts of its relationships.
 */
export function checkMemberCount(
  actor: Actor,
  texts: readonly string[],
  record: ParsedRecord,
  sink: IssueSink,
): void {
  if (actor.memberCount === undefined) return;
  for (const text of texts) {
    const hedge = hedgeOf(text, actor.memberCount);
    if (hedge === undefined || hedge === actor.memberCountQualifier) continue;
    sink.add(
      'NUMBER_QUALIFIER_MISSING',
      record,
      ['memberCount'],
      `the text hedges the count ${actor.memberCount} (${hedge}) but memberCountQualifier is ` +
        `${actor.memberCountQualifier ?? 'absent'}`,
    );
    return;
  }
}

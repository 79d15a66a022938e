import type { RelationshipFields } from '../../api/api';
import { formatPeriod } from '../../format/dates';
import { formatMoneyWithUsd } from '../../format/money';

/**
 * Amount, share, period (with what its dates rest on), program, label and,
 * for a link the source does not state, the inference it rests on.
 */
export function RelationshipFacts({ relationship: rel }: { relationship: RelationshipFields }) {
  const facts: [string, string][] = [];
  if (rel.amount) facts.push(['Amount', formatMoneyWithUsd(rel.amount)]);
  if (rel.percent != null) facts.push(['Share', `${rel.percent}%`]);
  const period = formatPeriod(rel.start, rel.end);
  if (period) facts.push(['Period', period]);
  // What the time rests on: the source's words, a named period, "former"…
  if (rel.validity.kind !== 'UNDATED' || rel.validity.heldOn)
    facts.push(['Dates', rel.validity.reason]);
  else facts.push(['Dates', `undated (${rel.validity.reason})`]);
  if (rel.inferred)
    facts.push(['Inferred', rel.inference ?? 'our reading of the text, not its statement']);
  if (rel.program) facts.push(['Program', rel.program]);
  if (rel.label) facts.push(['What', rel.label]);
  if (rel.origin !== 'curated') facts.push(['Origin', rel.origin]);
  if (facts.length === 0) return null;
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

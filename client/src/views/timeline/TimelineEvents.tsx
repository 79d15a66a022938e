import type { SourceDocument, TimelineEvent, TimelineEventKind } from '../../api/api';
import { EvidenceList } from '../../components/EvidenceList/EvidenceList';
import { formatMoney } from '../../format/money';
import { relationshipSentence } from '../../format/sentence';

/** What happened on the date, in words. */
export const EVENT_WORDS: Readonly<Record<TimelineEventKind, string>> = {
  STARTED: 'began',
  ENDED: 'ended',
  FLOW: 'money flow',
  LISTED: 'listed',
  DELISTED: 'delisted',
};

export interface TimelineEventsProps {
  events: readonly TimelineEvent[];
  total: number;
  documents?: ReadonlyMap<string, SourceDocument>;
  /** Show the event's relationship (or the designated actor) in the side panel. */
  onOpen: (event: TimelineEvent) => void;
  /** Load the next page; null: nothing more can be loaded. */
  onShowMore: (() => void) | null;
  loading: boolean;
}

/** The dated facts in range, oldest first, each with what happened, to whom, and its evidence. */
export function TimelineEvents({
  events,
  total,
  documents,
  onOpen,
  onShowMore,
  loading,
}: TimelineEventsProps) {
  return (
    <section className="timeline-events" aria-label="Events in range">
      <h3>
        Events{' '}
        <span className="muted" data-testid="timeline-event-count" data-total={total}>
          {events.length < total ? `${events.length} of ${total}` : total}
        </span>
      </h3>
      {events.length === 0 && !loading ? (
        <p className="muted">No dated facts in this range.</p>
      ) : null}
      <ol className="timeline-event-list" aria-busy={loading}>
        {events.map((event, i) => (
          <li
            key={`${event.kind}:${event.relationship?.id ?? event.designation?.id}:${i}`}
            data-testid="timeline-event"
            data-date={event.date}
            data-kind={event.kind}
            data-id={event.relationship?.id ?? event.designation?.id}
          >
            <p className="timeline-event-head">
              <time dateTime={event.date}>{event.date}</time>{' '}
              <span className="timeline-event-kind">{EVENT_WORDS[event.kind]}</span>{' '}
              <button type="button" className="link" onClick={() => onOpen(event)}>
                {eventSentence(event)}
              </button>
            </p>
            <EvidenceList
              evidence={event.relationship?.evidence ?? event.designation?.evidence ?? []}
              documents={documents}
            />
          </li>
        ))}
      </ol>
      {onShowMore && events.length < total ? (
        <button type="button" data-testid="timeline-more" disabled={loading} onClick={onShowMore}>
          More events
        </button>
      ) : null}
    </section>
  );
}

/** "Qods Force funds Hezbollah · $1bn", or "US Treasury lists Qods Force (SDGT)". */
export function eventSentence(event: TimelineEvent): string {
  if (event.relationship) {
    const rel = event.relationship;
    const money = rel.amount ? ` · ${formatMoney(rel.amount)}` : '';
    return `${relationshipSentence(rel)}${money}`;
  }
  const d = event.designation!;
  const programs = d.programs.length ? ` (${d.programs.join(', ')})` : '';
  return `${d.authority.name} lists ${d.actor.name}${programs}`;
}

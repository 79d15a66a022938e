import { useMemo } from 'react';
import type { TimelineBuckets, TimelineEvent, TimelineEventsPage } from '../../api/api';
import { useExplorer, type Load } from '../../app/ExplorerContext';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import type { TimeRange } from '../../state/timeRange';
import { rangeOfSlots, slotsOfRange, type Slots } from './brush';
import { SERIES } from './histogram';
import { periodsBetween } from './periods';
import { rangeWords } from './rangeWords';
import { SERIES_NAMES, TimelineHistogram } from './TimelineHistogram';
import { TimelineEvents } from './TimelineEvents';
import type { MonthZoom } from './useTimelineView';
import { usePlayback } from './usePlayback';
import './TimelinePanel.css';

/** The most years a month view spans (twelve bars each). */
export const MONTH_ZOOM_YEARS = 5;

export interface TimelinePanelProps {
  buckets: Load<TimelineBuckets>;
  events: Load<TimelineEventsPage>;
  range: TimeRange | null;
  /** The toolbar's "as of" year, when that filters instead of a range. */
  year: number | null;
  includeUndated: boolean;
  zoom: MonthZoom | null;
  canShowMore: boolean;
  onRange: (range: TimeRange | null) => void;
  onIncludeUndated: (on: boolean) => void;
  onZoom: (zoom: MonthZoom | null) => void;
  onShowMore: () => void;
}

/**
 * The timeline's panel: the range in words, zoom (years or months),
 * playback, "include undated", the histogram with its brush, and the
 * events in range.
 */
export function TimelinePanel(props: TimelinePanelProps) {
  const { buckets, events, range, zoom, onRange } = props;
  const { documents, selectActor, selectRelationship } = useExplorer();
  const answer = buckets.state.status === 'ok' ? buckets.state.data : null;
  const data = answer ?? (buckets.state.status === 'loading' ? buckets.state.stale : undefined);
  const periods = useMemo(() => layout(data?.buckets ?? [], range, zoom), [data, range, zoom]);
  const slots = slotsOfRange(range, periods);
  const brush = (next: Slots) => onRange(rangeOfSlots(periods, next));
  const playback = usePlayback(slots, periods.length, brush);
  const yearOnly = zoom ? (data?.buckets ?? []).filter((b) => b.period.length === 4) : [];
  const page = events.state.status === 'ok' ? events.state.data : null;
  const list = page ?? (events.state.status === 'loading' ? events.state.stale : undefined);

  const open = (event: TimelineEvent) => {
    if (event.relationship) selectRelationship(event.relationship);
    else if (event.designation) selectActor(event.designation.actor.id);
  };

  return (
    <section className="panel timeline-panel" data-testid="timeline-panel" aria-label="Timeline">
      <h2>Timeline</h2>
      <p data-testid="timeline-range">{rangeSummary(range, props.year)}</p>
      <div className="timeline-controls">
        <div className="segmented" role="group" aria-label="Bars by">
          <button
            type="button"
            data-testid="timeline-zoom-years"
            aria-pressed={!zoom}
            onClick={() => props.onZoom(null)}
          >
            Years
          </button>
          <button
            type="button"
            data-testid="timeline-zoom-months"
            aria-pressed={!!zoom}
            disabled={!range}
            title={range ? 'The months of the range’s years' : 'Choose a range first'}
            onClick={() => range && props.onZoom(monthZoom(range, periods))}
          >
            Months
          </button>
        </div>
        <button
          type="button"
          data-testid="timeline-play"
          aria-pressed={playback.playing}
          disabled={periods.length === 0}
          onClick={playback.toggle}
        >
          {playback.playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          data-testid="timeline-clear"
          disabled={!range}
          onClick={() => {
            playback.stop();
            onRange(null);
          }}
        >
          All dates
        </button>
        <label>
          <input
            type="checkbox"
            data-testid="timeline-undated"
            checked={props.includeUndated}
            onChange={(e) => props.onIncludeUndated(e.target.checked)}
          />{' '}
          Include undated
        </label>
      </div>
      {buckets.state.status === 'error' ? (
        <ErrorBanner
          error={buckets.state.error}
          context="Loading the timeline"
          onRetry={buckets.retry}
        />
      ) : null}
      {data && periods.length === 0 ? <p className="muted">No dated facts.</p> : null}
      {periods.length ? (
        <TimelineHistogram
          buckets={data?.buckets ?? []}
          periods={periods}
          slots={slots}
          onBrush={(next) => {
            playback.stop();
            brush(next);
          }}
        />
      ) : null}
      <ul className="timeline-legend" aria-label="Bars">
        {SERIES.map((s) => (
          <li key={s}>
            <span className={`timeline-swatch timeline-bar-${s}`} aria-hidden="true" />
            {SERIES_NAMES[s]}
          </li>
        ))}
        <li>
          <span className="timeline-swatch timeline-swatch-undated" aria-hidden="true" />
          undated link (drawn with “Include undated”)
        </li>
      </ul>
      {yearOnly.length ? (
        <p className="muted" data-testid="timeline-year-only">
          Dated to the year only (not in a month):{' '}
          {yearOnly
            .map((b) => `${b.period}: ${b.relationships + b.flows + b.designations}`)
            .join(', ')}
        </p>
      ) : null}
      {events.state.status === 'error' ? (
        <ErrorBanner
          error={events.state.error}
          context="Loading the events"
          onRetry={events.retry}
        />
      ) : null}
      <TimelineEvents
        events={list?.events ?? []}
        total={list?.totalEvents ?? 0}
        documents={documents}
        onOpen={open}
        onShowMore={props.canShowMore && list?.pageInfo.hasNextPage ? props.onShowMore : null}
        loading={events.state.status === 'loading'}
      />
    </section>
  );
}

/**
 * The periods to lay out: in years, from the first to the last year holding
 * a fact, widened to the range; in months, those of the zoomed years. From
 * the data, never from the clock.
 */
function layout(
  buckets: TimelineBuckets['buckets'],
  range: TimeRange | null,
  zoom: MonthZoom | null,
): string[] {
  if (zoom) return periodsBetween(zoom.from, zoom.to, 'MONTH');
  const years = [
    ...buckets.map((b) => b.period.slice(0, 4)),
    ...(range
      ? [range.from, range.to].filter((d): d is string => !!d).map((d) => d.slice(0, 4))
      : []),
  ].sort();
  return years.length ? periodsBetween(years[0]!, years.at(-1)!, 'YEAR') : [];
}

/** The years whose months to show: the range's (open sides: the periods' ends), at most MONTH_ZOOM_YEARS. */
function monthZoom(range: TimeRange, periods: readonly string[]): MonthZoom {
  const from = (range.from ?? periods[0] ?? '').slice(0, 4);
  const to = (range.to ?? periods.at(-1) ?? from).slice(0, 4);
  const last = Math.min(Number(to), Number(from) + MONTH_ZOOM_YEARS - 1);
  return { from, to: String(last).padStart(4, '0') };
}

function rangeSummary(range: TimeRange | null, year: number | null): string {
  if (range) return rangeWords(range);
  return year != null
    ? `As of ${year} (drag across the bars for a range)`
    : 'All dates (drag across the bars for a range)';
}

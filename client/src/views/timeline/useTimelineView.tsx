import { API_BOUNDS } from '@explorer/domain';
import { useMemo, useState } from 'react';
import {
  fetchTimelineBuckets,
  fetchTimelineEvents,
  type RelationType,
  type TimeBucket,
} from '../../api/api';
import { TYPE_ORDER } from '../../format/names';
import { useAsync } from '../../hooks/useAsync';
import { setRange } from '../../state/view';
import { layer, type ViewInput, type ViewLayer } from '../ViewLayer';
import { TimelinePanel } from './TimelinePanel';

/** Events listed at first and added by each "More" (the API gives at most `timeline.first.max`). */
export const EVENT_PAGE = 50;

/** A month view: the months of these years (inclusive). */
export type MonthZoom = { from: string; to: string };

/**
 * The timeline view: the graph of the shared scope over the brushed range
 * (the range is view state, so every view keeps it), and a panel with the
 * dated facts by year (or by month, zoomed into some years), the brush,
 * playback, "include undated" and the events of the range with their
 * evidence. Its own requests run only while it is active; the legend's
 * hidden types leave their facts off the timeline too.
 */
export function useTimelineView({ view, update, time }: ViewInput): ViewLayer {
  const active = view.mode === 'timeline';
  const [zoom, setZoom] = useState<MonthZoom | null>(null);
  const [pages, setPages] = useState(1);
  const types = useMemo<RelationType[] | null>(
    () =>
      view.hiddenTypes.length ? TYPE_ORDER.filter((t) => !view.hiddenTypes.includes(t)) : null,
    [view.hiddenTypes],
  );
  const typeKey = types ? types.join('|') : 'all';

  const bucket: TimeBucket = zoom ? 'MONTH' : 'YEAR';
  const buckets = useAsync(
    active ? `timeline-buckets:${bucket}:${zoom?.from ?? ''}..${zoom?.to ?? ''}:${typeKey}` : null,
    (signal) => fetchTimelineBuckets({ bucket, from: zoom?.from, to: zoom?.to, types }, signal),
  );

  // The events of what the graph shows: the (debounced) range, or the year's.
  const from = time.from ?? time.asOf;
  const to = time.to ?? time.asOf;
  const windowKey = `${from ?? ''}..${to ?? ''}:${typeKey}`;
  // A new window starts again from one page (state reset during render, React's pattern).
  const [pagedWindow, setPagedWindow] = useState(windowKey);
  if (pagedWindow !== windowKey) {
    setPagedWindow(windowKey);
    setPages(1);
  }
  const first = Math.min(EVENT_PAGE * pages, API_BOUNDS.Query.timeline.first.max);
  const events = useAsync(active ? `timeline-events:${windowKey}:${first}` : null, (signal) =>
    fetchTimelineEvents({ from, to, types, first }, signal),
  );

  if (!active) return layer(null);
  return layer(
    <TimelinePanel
      buckets={buckets}
      events={events}
      range={view.range}
      year={view.year}
      includeUndated={view.includeUndated}
      zoom={zoom}
      canShowMore={first < API_BOUNDS.Query.timeline.first.max}
      onRange={(range) => update((v) => setRange(v, range))}
      onIncludeUndated={(includeUndated) => update((v) => ({ ...v, includeUndated }))}
      onZoom={setZoom}
      onShowMore={() => setPages((n) => n + 1)}
    />,
  );
}

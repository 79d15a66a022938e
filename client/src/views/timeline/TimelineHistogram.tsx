import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimelineBucket } from '../../api/api';
import { formatMoney } from '../../format/money';
import { moveHandle, slotAt, slotsBetween, type Slots } from './brush';
import { histogramBars, type Series } from './histogram';
import { useWidth } from './useWidth';

export interface TimelineHistogramProps {
  buckets: readonly TimelineBucket[];
  /** The periods laid out, one slot each. */
  periods: readonly string[];
  /** The brushed slots; null: no range (all dates). */
  slots: Slots | null;
  /** A new brushed span (drag, click or keys). */
  onBrush: (slots: Slots) => void;
}

/** Plot height and the strip under it for the axis labels, in pixels. */
const PLOT_HEIGHT = 110;
const AXIS_HEIGHT = 18;
/** Least room a label needs, so labels never overlap. */
const LABEL_ROOM = 38;

export const SERIES_NAMES: Readonly<Record<Series, string>> = {
  relationships: 'relationships',
  flows: 'money flows',
  designations: 'designations',
};

/**
 * The bars of the dated facts per period, and the brush over them: drag
 * (or click) across the plot to choose a range; the two handles are
 * sliders (arrows, Page keys, Home, End) for the keyboard.
 */
export function TimelineHistogram({ buckets, periods, slots, onBrush }: TimelineHistogramProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 320);
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  const count = periods.length;
  const bars = histogramBars(buckets, periods, { width, height: PLOT_HEIGHT });
  const slot = count ? width / count : 0;
  const shown: Slots | null = drag ? slotsBetween(drag.anchor, drag.current) : slots;
  const labelEvery = Math.max(1, Math.ceil(LABEL_ROOM / Math.max(slot, 1)));

  const slotOfEvent = (e: PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return slotAt(e.clientX - rect.left, rect.width || width, count);
  };
  const onKey = (handle: 'start' | 'end') => (e: KeyboardEvent<SVGRectElement>) => {
    const next = moveHandle(slots ?? [0, count - 1], handle, e.key, count);
    if (!next) return;
    e.preventDefault();
    onBrush(next);
  };

  return (
    <div className="timeline-histogram" ref={box}>
      <svg
        width={width}
        height={PLOT_HEIGHT + AXIS_HEIGHT}
        data-testid="timeline-histogram"
        data-brushing={drag ? 'true' : 'false'}
        aria-label="Dated facts by period; drag to choose a range"
        onPointerDown={(e) => {
          // Only the primary button brushes; a handle is moved by keys, not dragged.
          if (e.button > 0 || (e.target as Element).getAttribute('role') === 'slider') return;
          const at = slotOfEvent(e);
          e.currentTarget.setPointerCapture?.(e.pointerId);
          setDrag({ anchor: at, current: at });
        }}
        onPointerMove={(e) => {
          if (!drag) return;
          const at = slotOfEvent(e);
          if (at !== drag.current) setDrag({ ...drag, current: at });
        }}
        onPointerUp={() => {
          if (!drag) return;
          onBrush(slotsBetween(drag.anchor, drag.current));
          setDrag(null);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {shown ? (
          <rect
            className="timeline-selection"
            x={shown[0] * slot}
            y={0}
            width={(shown[1] - shown[0] + 1) * slot}
            height={PLOT_HEIGHT}
          />
        ) : null}
        {bars.map((bar) => (
          <g
            key={bar.period}
            data-testid="timeline-bar"
            data-period={bar.period}
            data-total={bar.total}
          >
            <title>{barTitle(bar.period, bar.segments, bar.flowUsd)}</title>
            {/* The whole slot, so hovering anywhere in the period names it. */}
            <rect x={bar.x} y={0} width={bar.width} height={PLOT_HEIGHT} fill="transparent" />
            {bar.segments.map((s) => (
              <rect
                key={s.series}
                className={`timeline-bar timeline-bar-${s.series}`}
                x={bar.x + Math.min(1, bar.width * 0.1)}
                y={s.y}
                width={Math.max(1, bar.width - Math.min(2, bar.width * 0.2))}
                height={s.height}
              />
            ))}
          </g>
        ))}
        <line className="timeline-axis" x1={0} x2={width} y1={PLOT_HEIGHT} y2={PLOT_HEIGHT} />
        {periods.map((p, i) =>
          // A label that would run past the plot's right edge is left out, not cut.
          i % labelEvery === 0 && i * slot + LABEL_ROOM - 8 <= width ? (
            <text key={p} className="timeline-label" x={i * slot + 1} y={PLOT_HEIGHT + 13}>
              {p.length === 7 && !p.endsWith('-01') ? p.slice(5) : p}
            </text>
          ) : null,
        )}
        {count
          ? (['start', 'end'] as const).map((handle) => {
              const at = handle === 'start' ? (shown?.[0] ?? 0) : (shown?.[1] ?? count - 1);
              return (
                <rect
                  key={handle}
                  role="slider"
                  tabIndex={0}
                  data-testid={`timeline-handle-${handle}`}
                  className="timeline-handle"
                  aria-label={handle === 'start' ? 'Start of the range' : 'End of the range'}
                  aria-valuemin={0}
                  aria-valuemax={count - 1}
                  aria-valuenow={at}
                  aria-valuetext={periods[at]}
                  x={(handle === 'start' ? at * slot : (at + 1) * slot) - 3}
                  y={0}
                  width={6}
                  height={PLOT_HEIGHT}
                  onKeyDown={onKey(handle)}
                />
              );
            })
          : null}
      </svg>
    </div>
  );
}

function barTitle(period: string, segments: { series: Series; count: number }[], usd: number) {
  if (segments.length === 0) return `${period}: no dated facts`;
  const parts = segments.map((s) => `${s.count} ${SERIES_NAMES[s.series]}`);
  const money =
    usd > 0 ? ` (${formatMoney({ value: usd, currency: 'USD', approximate: false, usd })})` : '';
  return `${period}: ${parts.join(', ')}${money}`;
}

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { TimelineBucket, TimelineEvent } from '../../api/api';
import { App } from '../../app/App';
import { cy, drawn, serve } from '../../test/appHarness';
import {
  hezbollah,
  ofacSanctionsQods,
  qodsFundsHezbollah,
  qodsPartOfIrgc,
  qods,
  qodsSuppliesHouthis,
  shamkhaniNetwork,
  wireDesignation,
} from '../../test/fixtures';

const bucket = (period: string, counts: Partial<TimelineBucket>): TimelineBucket => ({
  period,
  relationships: 0,
  designations: 0,
  flows: 0,
  flowUsd: 0,
  ...counts,
});

/** The fixtures' dated facts: OFAC lists the Qods Force (2007), supply begins (2015), $1bn flows (2025). */
const BUCKETS = [
  bucket('2007', { designations: 1 }),
  bucket('2015', { relationships: 1 }),
  bucket('2025', { flows: 1, flowUsd: 1e9 }),
];
const EVENTS: TimelineEvent[] = [
  // An imported list's listing: a designation event, dated by the list.
  {
    date: '2007-10-25',
    kind: 'LISTED',
    relationship: null,
    designation: wireDesignation(ofacSanctionsQods),
  },
  { date: '2015', kind: 'STARTED', relationship: qodsSuppliesHouthis, designation: null },
  { date: '2025', kind: 'FLOW', relationship: qodsFundsHezbollah, designation: null },
];

/** The explorer on the timeline at `search`, with a timeline answered from the fixtures. */
async function openTimeline(search = '') {
  window.history.replaceState(null, '', `/?mode=timeline${search}`);
  const server = serve({
    TimelineBuckets: () => ({ timeline: { buckets: BUCKETS, totalEvents: 3, truncated: false } }),
    TimelineEvents: ({ from }) => {
      const events = EVENTS.filter((e) => !from || e.date >= String(from));
      return {
        timeline: {
          totalEvents: events.length,
          events,
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      };
    },
  });
  render(<App />);
  await screen.findByText(/8 actors/);
  await waitFor(() => expect(screen.getAllByTestId('timeline-bar')).toHaveLength(19));
  return server;
}

/** The plot, 190 px wide at the page's left edge: ten pixels a year from 2007 to 2025. */
function plot(): HTMLElement {
  const svg = screen.getByTestId('timeline-histogram');
  svg.getBoundingClientRect = () =>
    ({ left: 0, top: 0, width: 190, height: 128, right: 190, bottom: 128 }) as DOMRect;
  return svg;
}

// jsdom has no PointerEvent: a MouseEvent with a pointer id, for the brush's drags.
beforeAll(() => {
  if (!('PointerEvent' in window)) {
    class PointerEvent extends MouseEvent {
      readonly pointerId: number;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 0;
      }
    }
    Object.assign(window, { PointerEvent });
  }
});

describe('the timeline view', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('draws a bar per year from the first dated fact to the last, gaps included', async () => {
    await openTimeline();
    const bars = screen.getAllByTestId('timeline-bar');
    expect(bars.map((b) => b.dataset.period)).toEqual(
      Array.from({ length: 19 }, (_, i) => String(2007 + i)),
    );
    expect(bars.map((b) => Number(b.dataset.total))).toEqual([
      1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);
  });

  it('brushed by mouse, filters the graph and the events to the range and keeps it in the URL', async () => {
    const server = await openTimeline();
    const svg = plot();
    fireEvent.pointerDown(svg, { clientX: 85, button: 0, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 145, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 145, pointerId: 1 });
    expect(screen.getByTestId('timeline-range')).toHaveTextContent('2015 – 2021');
    expect(window.location.search).toContain('timeFrom=2015&timeTo=2021');
    // Supply since 2015 and OFAC's listing (in force since 2007) held then; 2025's money did not; the undated part-of goes.
    expect(cy().getElementById(qodsSuppliesHouthis.id).hasClass('hidden')).toBe(false);
    expect(cy().getElementById(ofacSanctionsQods.id).hasClass('hidden')).toBe(false);
    expect(cy().getElementById(qodsFundsHezbollah.id).hasClass('hidden')).toBe(true);
    expect(cy().getElementById(qodsPartOfIrgc.id).hasClass('hidden')).toBe(true);
    expect(drawn()).not.toContain(hezbollah.id);
    // The graph and the events are asked for over the range, once it rests.
    await waitFor(() =>
      expect(server.calls.filter((c) => c.operationName === 'Graph').at(-1)?.variables).toEqual(
        expect.objectContaining({ from: '2015', to: '2021', includeUndated: false }),
      ),
    );
    await waitFor(() =>
      expect(
        server.calls.filter((c) => c.operationName === 'TimelineEvents').at(-1)?.variables,
      ).toEqual(expect.objectContaining({ from: '2015', to: '2021' })),
    );
    const events = await screen.findAllByTestId('timeline-event');
    expect(events[0]).toHaveAttribute('data-date', '2015');
    expect(within(events[0]!).getByTestId('evidence-excerpt')).toHaveTextContent(
      'missiles and drone components',
    );
  });

  it('moves the range by keyboard on the handles', async () => {
    await openTimeline('&timeFrom=2015&timeTo=2021');
    const start = screen.getByTestId('timeline-handle-start');
    expect(start).toHaveAttribute('aria-valuetext', '2015');
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    expect(window.location.search).toContain('timeFrom=2016&timeTo=2021');
    fireEvent.keyDown(screen.getByTestId('timeline-handle-end'), { key: 'End' });
    expect(window.location.search).toContain('timeFrom=2016&timeTo=2025');
    expect(screen.getByTestId('timeline-handle-end')).toHaveAttribute('aria-valuetext', '2025');
  });

  it('rings the actors designated by the end of the range', async () => {
    await openTimeline('&timeFrom=2015&timeTo=2021');
    // OFAC listed the Qods Force in 2007 and the Shamkhani network in 2025.
    await waitFor(() => expect(cy().getElementById(qods.id).data('authorities')).toBe('OFAC'));
    expect(cy().getElementById(shamkhaniNetwork.id).data('authorities')).toBeUndefined();
    fireEvent.keyDown(screen.getByTestId('timeline-handle-end'), { key: 'End' });
    await waitFor(() =>
      expect(cy().getElementById(shamkhaniNetwork.id).data('authorities')).toBe('OFAC'),
    );
  });

  it('offers "Undated" in the toolbar of every view once a year or range is set', async () => {
    await openTimeline();
    fireEvent.click(screen.getByTestId('mode-explore'));
    expect(screen.queryByTestId('undated-toggle')).toBeNull();
    fireEvent.click(screen.getByTestId('year-enabled'));
    fireEvent.change(screen.getByTestId('year-slider'), { target: { value: '2010' } });
    expect(cy().getElementById(qodsPartOfIrgc.id).hasClass('hidden')).toBe(true);
    fireEvent.click(screen.getByTestId('undated-toggle'));
    expect(cy().getElementById(qodsPartOfIrgc.id).hasClass('undated')).toBe(true);
    expect(window.location.search).toContain('year=2010&undated=1');
  });

  it('shows the range in the toolbar of every view, and drops it from there', async () => {
    await openTimeline('&timeFrom=2015&timeTo=2021');
    fireEvent.click(screen.getByTestId('mode-explore'));
    expect(screen.getByTestId('range-badge')).toHaveTextContent('Range 2015 – 2021');
    expect(cy().getElementById(qodsFundsHezbollah.id).hasClass('hidden')).toBe(true);
    fireEvent.click(within(screen.getByTestId('range-badge')).getByRole('button'));
    expect(screen.queryByTestId('range-badge')).toBeNull();
    expect(window.location.search).not.toContain('timeFrom');
    expect(cy().getElementById(qodsFundsHezbollah.id).hasClass('hidden')).toBe(false);
  });

  it('brings undated links back, drawn as undated, with "include undated"', async () => {
    const server = await openTimeline('&timeFrom=2015&timeTo=2021');
    expect(cy().getElementById(qodsPartOfIrgc.id).hasClass('hidden')).toBe(true);
    fireEvent.click(screen.getByTestId('timeline-undated'));
    expect(window.location.search).toContain('undated=1');
    expect(cy().getElementById(qodsPartOfIrgc.id).hasClass('hidden')).toBe(false);
    expect(cy().getElementById(qodsPartOfIrgc.id).hasClass('undated')).toBe(true);
    expect(cy().getElementById(qodsSuppliesHouthis.id).hasClass('undated')).toBe(false);
    await waitFor(() =>
      expect(server.calls.filter((c) => c.operationName === 'Graph').at(-1)?.variables).toEqual(
        expect.objectContaining({ includeUndated: true }),
      ),
    );
  });

  it('zooms into the months of the range and lists year-only facts apart', async () => {
    const server = await openTimeline('&timeFrom=2025&timeTo=2025');
    server.calls.length = 0;
    fireEvent.click(screen.getByTestId('timeline-zoom-months'));
    await waitFor(() => expect(screen.getAllByTestId('timeline-bar')).toHaveLength(12));
    expect(server.calls.find((c) => c.operationName === 'TimelineBuckets')?.variables).toEqual(
      expect.objectContaining({ bucket: 'MONTH', from: '2025', to: '2025' }),
    );
    expect(screen.getByTestId('timeline-year-only')).toHaveTextContent('2025: 1');
  });

  it('lists an imported listing as a designation event, and opens the listed actor', async () => {
    await openTimeline();
    const [listing] = await screen.findAllByTestId('timeline-event');
    expect(listing).toHaveAttribute('data-kind', 'LISTED');
    expect(listing).toHaveTextContent('2007-10-25 listed OFAC lists Qods Force (SDGT)');
    fireEvent.click(within(listing!).getByRole('button'));
    expect(window.location.search).toContain(`sel=a%3A${qods.id}`);
  });

  it('opens an event’s relationship in the side panel', async () => {
    await openTimeline();
    const events = await screen.findAllByTestId('timeline-event');
    fireEvent.click(within(events[2]!).getByRole('button'));
    expect(await screen.findByTestId('relationship-panel')).toBeInTheDocument();
    expect(window.location.search).toContain(`sel=r%3A${qodsFundsHezbollah.id}`);
  });

  it('plays the range forward a year at a time and stops at the last year', async () => {
    await openTimeline('&timeFrom=2022&timeTo=2023');
    jest.useFakeTimers();
    // One step of playback, and the requests it starts answered, inside act.
    const step = () =>
      act(async () => {
        jest.advanceTimersByTime(1500);
      });
    try {
      fireEvent.click(screen.getByTestId('timeline-play'));
      expect(screen.getByTestId('timeline-play')).toHaveTextContent('Pause');
      await step();
      expect(window.location.search).toContain('timeFrom=2023&timeTo=2024');
      await step();
      expect(window.location.search).toContain('timeFrom=2024&timeTo=2025');
      await step();
      expect(screen.getByTestId('timeline-play')).toHaveTextContent('Play');
      expect(window.location.search).toContain('timeFrom=2024&timeTo=2025');
      await act(async () => {
        jest.runOnlyPendingTimers();
      });
    } finally {
      jest.useRealTimers();
    }
  });
});

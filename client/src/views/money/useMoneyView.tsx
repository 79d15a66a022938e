import { API_BOUNDS } from '@explorer/domain';
import { useMemo } from 'react';
import { fetchMoneyGraph, type ActorTotals, type MoneyGraph } from '../../api/api';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import { useAsync } from '../../hooks/useAsync';
import { timeKey } from '../../state/timeRange';
import { layer, type ViewInput, type ViewLayer } from '../ViewLayer';
import { moneyDecoration } from './moneyDecoration';
import { MoneyView } from './MoneyView';

/**
 * The money view: every money relationship with each actor's documented
 * totals (asked for only while the view is active, over the year or range), the
 * actors sized by them. It is laid out once the sizes are known, so that
 * big actors get room; while another year's totals load the last ones stay
 * (no blank graph while the slider moves); when they fail the graph is
 * drawn unsized, with a Retry.
 */
export function useMoneyView({ view, time }: ViewInput): ViewLayer {
  const active = view.mode === 'money';
  const money = useAsync(active ? `money-graph:${timeKey(time)}` : null, (signal) =>
    fetchMoneyGraph({ ...time, limit: API_BOUNDS.Query.graph.limit.max }, signal),
  );
  const graph: MoneyGraph | null =
    money.state.status === 'ok'
      ? money.state.data
      : money.state.status === 'loading'
        ? (money.state.stale ?? null)
        : null;
  const totals = useMemo(
    () => (graph ? new Map<string, ActorTotals>(graph.actors.map((a) => [a.id, a.totals])) : null),
    [graph],
  );
  const decoration = useMemo(() => moneyDecoration(totals), [totals]);
  const failed = money.state.status === 'error' ? money.state.error : null;
  return layer(<MoneyView graph={graph} />, {
    loaded: graph,
    decoration,
    ready: !!totals || failed != null,
    notice: failed ? (
      <div className="graph-notice">
        <ErrorBanner error={failed} context="Loading money totals" onRetry={money.retry} />
      </div>
    ) : null,
  });
}

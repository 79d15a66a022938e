import { fetchMoneyFlows, type ActorTotals, type RelationshipFields } from '../../api/api';
import { formatPeriod, formatYears } from '../../format/dates';
import { formatMoneyWithUsd, formatUsd } from '../../format/money';
import { TYPE_NAMES } from '../../format/names';
import { useAsync } from '../../hooks/useAsync';
import type { TimeRange } from '../../state/timeRange';
import { rangeWords } from '../timeline/rangeWords';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import './MoneyPanel.css';

export interface MoneyPanelProps {
  /** The actor whose flows are listed, or null for the largest actors overall. */
  subject: { id: string; name: string } | null;
  /** Flows overlapping this year only; null: all dates. */
  year: number | null;
  /** Flows overlapping this range instead (the timeline's); null or absent: the year's. */
  range?: TimeRange | null;
  /** With a year or range, also flows with no date. */
  includeUndated?: boolean;
  /** Documented totals by actor (money view), with names, for the overview. */
  totals: readonly { id: string; name: string; totals: ActorTotals }[];
  onSelectActor: (id: string) => void;
  onSelectRelationship: (relationship: RelationshipFields) => void;
}

/** How many actors the overview lists. */
const TOP = 10;

/** The money view's side panel: an actor's flows and totals per counterparty, or the largest actors. */
export function MoneyPanel(props: MoneyPanelProps) {
  const { subject, year, range } = props;
  const period = range ? rangeWords(range) : year != null ? String(year) : null;
  return (
    <section
      className="panel money-panel"
      aria-labelledby="money-heading"
      data-testid="money-panel"
    >
      <h2 id="money-heading">Money{subject ? ` of ${subject.name}` : ''}</h2>
      {subject ? <Flows {...props} subject={subject} /> : <Overview {...props} />}
      <p className="muted small-print">
        Funding, investment and debt only{period ? `, overlapping ${period}` : ''}. Sizes and totals
        count documented US-dollar amounts; flows without an amount are listed, not summed.
      </p>
    </section>
  );
}

function Overview({ totals, onSelectActor }: MoneyPanelProps) {
  const ranked = [...totals]
    .filter((t) => t.totals.inUsd + t.totals.outUsd > 0)
    .sort((a, b) => b.totals.inUsd + b.totals.outUsd - (a.totals.inUsd + a.totals.outUsd))
    .slice(0, TOP);
  if (ranked.length === 0) return <p className="muted">No documented amount yet.</p>;
  return (
    <table className="money-table" data-testid="money-overview">
      <caption>Largest documented flows: select an actor for its own</caption>
      <thead>
        <tr>
          <th scope="col">Actor</th>
          <th scope="col">In</th>
          <th scope="col">Out</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((t) => (
          <tr key={t.id}>
            <th scope="row">
              <button type="button" className="link" onClick={() => onSelectActor(t.id)}>
                {t.name}
              </button>
            </th>
            <td>{t.totals.inUsd ? formatUsd(t.totals.inUsd) : '—'}</td>
            <td>{t.totals.outUsd ? formatUsd(t.totals.outUsd) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Flows({
  subject,
  year,
  range,
  includeUndated,
  onSelectActor,
  onSelectRelationship,
}: MoneyPanelProps & { subject: { id: string; name: string } }) {
  const y = year != null ? String(year) : null;
  const from = range ? range.from : y;
  const to = range ? range.to : y;
  // includeUndated means something only with a window.
  const undated = (from || to) && includeUndated ? true : null;
  const key = `money-flows:${subject.id}:${from ?? ''}..${to ?? ''}:${undated ? 'undated' : ''}`;
  const { state, retry } = useAsync(key, (signal) =>
    fetchMoneyFlows({ id: subject.id, from, to, includeUndated: undated }, signal),
  );
  if (state.status === 'loading') return <p className="muted">Loading flows…</p>;
  if (state.status === 'error')
    return <ErrorBanner error={state.error} context="Loading money flows" onRetry={retry} />;
  if (state.status !== 'ok') return null;
  const { flows, byCounterparty, unknownAmountCount } = state.data;
  if (flows.length === 0) return <p className="muted">No funding, investment or debt recorded.</p>;
  const link = (a: { id: string; name: string }) => (
    <button type="button" className="link" onClick={() => onSelectActor(a.id)}>
      {a.name}
    </button>
  );
  return (
    <>
      <table className="money-table" data-testid="money-flows">
        <caption>
          {flows.length} {flows.length === 1 ? 'flow' : 'flows'}
          {unknownAmountCount ? `, ${unknownAmountCount} without amount` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Way</th>
            <th scope="col">Counterparty</th>
            <th scope="col">Amount</th>
            <th scope="col">When</th>
            <th scope="col">
              <span className="visually-hidden">Evidence</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {flows.map((rel) => {
            const incoming = rel.target.id === subject.id;
            return (
              <tr key={rel.id} data-testid="money-flow">
                <td className={incoming ? 'way-in' : 'way-out'}>{incoming ? '← in' : 'out →'}</td>
                <td>
                  {link(incoming ? rel.source : rel.target)}
                  <span className="flow-what" title={rel.label ?? undefined}>
                    {TYPE_NAMES[rel.type]}
                    {rel.label ? ` · ${rel.label}` : ''}
                  </span>
                </td>
                <td>
                  {rel.amount ? formatMoneyWithUsd(rel.amount) : <span className="muted">—</span>}
                </td>
                <td title={formatPeriod(rel.start, rel.end) || undefined}>
                  {formatYears(rel.start, rel.end) || <span className="muted">—</span>}
                </td>
                <td>
                  <button type="button" className="small" onClick={() => onSelectRelationship(rel)}>
                    Why
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="money-table" data-testid="money-counterparties">
        <caption>Totals per counterparty (documented US dollars)</caption>
        <thead>
          <tr>
            <th scope="col">Counterparty</th>
            <th scope="col">In</th>
            <th scope="col">Out</th>
            <th scope="col">Flows</th>
          </tr>
        </thead>
        <tbody>
          {byCounterparty.map((t) =>
            t.counterparty ? (
              <tr key={t.counterparty.id}>
                <th scope="row">{link(t.counterparty)}</th>
                <td>{t.inUsd ? formatUsd(t.inUsd) : '—'}</td>
                <td>{t.outUsd ? formatUsd(t.outUsd) : '—'}</td>
                <td>
                  {t.count}
                  {t.knownCount < t.count ? (
                    <span className="muted"> ({t.count - t.knownCount} no amount)</span>
                  ) : null}
                </td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </>
  );
}

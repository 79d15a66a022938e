import { fetchActor, type RelationshipFields, type SourceDocument } from '../../api/api';
import type { Authority } from '../../graph/authorities';
import { formatMoney } from '../../format/money';
import { KIND_NAMES } from '../../format/names';
import { useAsync } from '../../hooks/useAsync';
import type { ActorRef } from '../../state/selection';
import type { Mode } from '../../state/view';
import { ErrorBanner } from '../ErrorBanner/ErrorBanner';
import { KindIcon } from '../KindIcon/KindIcon';
import { DesignationRecord } from '../DesignationRecord/DesignationRecord';
import { ActorProperties } from './ActorProperties';
import { ListedAs } from './ListedAs';
import { RelationshipList } from './RelationshipList';
import './ActorPanel.css';

export interface ActorPanelProps {
  actorId: string;
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  onSelectRelationship: (relationship: RelationshipFields) => void;
  /** Centre the graph on this actor and show its neighbourhood. */
  onFocus: (id: string) => void;
  /** Its neighbours are brought in (expanded). */
  expanded?: boolean;
  /** Expand its neighbours, or collapse them when expanded. */
  onToggleExpand: (id: string) => void;
  onPathFrom: (actor: ActorRef) => void;
  onPathTo: (actor: ActorRef) => void;
  /** Open this actor in the sanctions, money or control view. */
  onOpenView?: (mode: Mode, id: string) => void;
  /** Authorities by id, for the ring colour next to each designation. */
  authorities?: ReadonlyMap<string, Authority>;
  onClose?: () => void;
}

/** Who an actor is, who designated it, and all its relationships with their evidence. */
export function ActorPanel(props: ActorPanelProps) {
  const { actorId, documents } = props;
  const { state, retry } = useAsync(`actor:${actorId}`, (signal) => fetchActor(actorId, signal));

  if (state.status === 'error') {
    return (
      <section className="panel" data-testid="actor-panel">
        <ErrorBanner error={state.error} context="Loading the actor" onRetry={retry} />
      </section>
    );
  }
  if (state.status !== 'ok') {
    return (
      <section className="panel" data-testid="actor-panel" aria-busy="true">
        <p className="muted">Loading…</p>
      </section>
    );
  }
  const actor = state.data;
  if (!actor) {
    return (
      <section className="panel" data-testid="actor-panel">
        <p>No actor has the id “{actorId}”.</p>
      </section>
    );
  }
  const ref: ActorRef = { id: actor.id, name: actor.name, kind: actor.kind };
  return (
    <section className="panel" data-testid="actor-panel" aria-labelledby="actor-panel-name">
      <header className="panel-header">
        <p className="eyebrow">
          <KindIcon kind={actor.kind} /> {KIND_NAMES[actor.kind]}
          {actor.origin !== 'curated' ? ` · ${actor.origin}` : ''}
        </p>
        <h2 id="actor-panel-name" data-testid="actor-panel-name">
          {actor.name}
        </h2>
        {props.onClose ? (
          <button type="button" className="close" aria-label="Close" onClick={props.onClose}>
            ×
          </button>
        ) : null}
      </header>
      {actor.aliases.length ? (
        <p className="aliases">Also known as {actor.aliases.join(', ')}</p>
      ) : null}
      <ListedAs names={actor.listedAs} />
      {actor.summary ? <p className="summary">{actor.summary}</p> : null}
      <ActorProperties origin={actor.origin} properties={actor.properties} />
      {actor.collective ? (
        <p className="muted">
          A collective actor
          {actor.memberCount != null ? ` standing for ${actor.memberCount} members` : ''}.
        </p>
      ) : null}
      <div className="actions">
        <button type="button" data-testid="focus-actor" onClick={() => props.onFocus(actor.id)}>
          Focus
        </button>
        <button
          type="button"
          data-testid="expand-actor"
          aria-pressed={props.expanded ?? false}
          onClick={() => props.onToggleExpand(actor.id)}
        >
          {props.expanded ? 'Collapse neighbours' : 'Expand neighbours'}
        </button>
        <button type="button" data-testid="path-from" onClick={() => props.onPathFrom(ref)}>
          Path from here
        </button>
        <button type="button" data-testid="path-to" onClick={() => props.onPathTo(ref)}>
          Path to here
        </button>
      </div>
      {props.onOpenView ? (
        <div className="actions secondary" role="group" aria-label="Open in a view">
          <button
            type="button"
            className="small"
            data-testid="open-sanctions"
            onClick={() => props.onOpenView!('sanctions', actor.id)}
          >
            Sanctions exposure
          </button>
          <button
            type="button"
            className="small"
            data-testid="open-money"
            onClick={() => props.onOpenView!('money', actor.id)}
          >
            Money flows
          </button>
          <button
            type="button"
            className="small"
            data-testid="open-control"
            onClick={() => props.onOpenView!('control', actor.id)}
          >
            Control chain
          </button>
        </div>
      ) : null}
      <MoneyTotals totals={actor.totals} />
      <h3>Designations ({actor.designations.length})</h3>
      {actor.designations.length ? (
        <ul className="designations" data-testid="designations">
          {actor.designations.map((d) => (
            <DesignationRecord
              key={d.id}
              designation={d}
              authority={props.authorities?.get(d.authority.id)}
              documents={documents}
              onSelectActor={props.onSelectActor}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">No sanctions designation recorded.</p>
      )}
      <h3>Relationships ({actor.relationships.length})</h3>
      <RelationshipList
        actorId={actor.id}
        relationships={actor.relationships}
        documents={documents}
        onSelectActor={props.onSelectActor}
        onSelectRelationship={props.onSelectRelationship}
      />
    </section>
  );
}

const usd = (value: number) =>
  formatMoney({ value, currency: 'USD', approximate: false, usd: value });

/** Documented money in and out, in dollars; nothing when there is none. */
function MoneyTotals({
  totals,
}: {
  totals: { inUsd: number; outUsd: number; unknownCount: number };
}) {
  if (!totals.inUsd && !totals.outUsd && !totals.unknownCount) return null;
  return (
    <dl className="facts" aria-label="Documented money">
      {totals.inUsd ? (
        <div>
          <dt>Money in</dt>
          <dd>{usd(totals.inUsd)}</dd>
        </div>
      ) : null}
      {totals.outUsd ? (
        <div>
          <dt>Money out</dt>
          <dd>{usd(totals.outUsd)}</dd>
        </div>
      ) : null}
      {totals.unknownCount ? (
        <div>
          <dt>Flows without amount</dt>
          <dd>{totals.unknownCount}</dd>
        </div>
      ) : null}
    </dl>
  );
}

import type { RelationshipFields, Subgraph } from '../../api/api';
import { formatPeriod } from '../../format/dates';
import { verb } from '../../format/sentence';
import type { AsyncState } from '../../hooks/useAsync';
import type { LayoutChoice } from '../../state/view';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import { chainSteps } from './chainLevels';
import './ControlPanel.css';

export interface ControlPanelProps {
  /** The actor whose chain is drawn, or null. */
  actor: { id: string; name: string } | null;
  /** Its chain: who sits above (UP) and what sits beneath (DOWN). */
  chain: AsyncState<{ up: Subgraph; down: Subgraph }>;
  onRetry: () => void;
  layout: LayoutChoice;
  onChangeLayout: (layout: LayoutChoice) => void;
  onSelectActor: (id: string) => void;
  onSelectRelationship: (relationship: RelationshipFields) => void;
}

/** The control view's side panel: the chain above and below an actor, step by step. */
export function ControlPanel(props: ControlPanelProps) {
  const { actor, chain } = props;
  return (
    <section
      className="panel control-panel"
      aria-labelledby="control-heading"
      data-testid="control-panel"
    >
      <h2 id="control-heading">Control chain{actor ? ` of ${actor.name}` : ''}</h2>
      {!actor ? (
        <p className="muted">
          Search for an actor, or select one and open this view, to see who controls it and what it
          controls.
        </p>
      ) : null}
      {actor ? (
        <div className="segmented" role="group" aria-label="Layout of the chain">
          <button
            type="button"
            aria-pressed={props.layout === 'hierarchy'}
            onClick={() => props.onChangeLayout('hierarchy')}
          >
            Top-down
          </button>
          <button
            type="button"
            aria-pressed={props.layout === 'force'}
            data-testid="chain-force-layout"
            onClick={() => props.onChangeLayout('force')}
          >
            Force layout
          </button>
        </div>
      ) : null}
      {chain.status === 'loading' ? <p className="muted">Loading the chain…</p> : null}
      {chain.status === 'error' ? (
        <ErrorBanner
          error={chain.error}
          context="Loading the control chain"
          onRetry={props.onRetry}
        />
      ) : null}
      {actor && chain.status === 'ok' ? (
        <>
          <ChainList
            title="Above"
            empty="Nobody recorded above it."
            testId="chain-up"
            steps={chainSteps(actor.id, chain.data.up)}
            {...props}
          />
          <ChainList
            title="Below"
            empty="Nothing recorded below it."
            testId="chain-down"
            steps={chainSteps(actor.id, chain.data.down)}
            {...props}
          />
        </>
      ) : null}
    </section>
  );
}

function ChainList({
  title,
  empty,
  testId,
  steps,
  onSelectActor,
  onSelectRelationship,
}: {
  title: string;
  empty: string;
  testId: string;
  steps: ReturnType<typeof chainSteps>;
  onSelectActor: (id: string) => void;
  onSelectRelationship: (relationship: RelationshipFields) => void;
}) {
  const actor = (a: { id: string; name: string }) => (
    <button type="button" className="link" onClick={() => onSelectActor(a.id)}>
      {a.name}
    </button>
  );
  return (
    <>
      <h3>
        {title} ({steps.length})
      </h3>
      {steps.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="chain" data-testid={testId}>
        {steps.map(({ relationship: rel, distance }) => (
          <li
            key={rel.id}
            data-testid="chain-step"
            style={{ marginLeft: `${(distance - 1) * 0.9}rem` }}
          >
            {actor(rel.source)} {verb(rel)} {actor(rel.target)}
            {formatPeriod(rel.start, rel.end) ? (
              <span className="muted"> · {formatPeriod(rel.start, rel.end)}</span>
            ) : null}{' '}
            <button type="button" className="small" onClick={() => onSelectRelationship(rel)}>
              Why
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

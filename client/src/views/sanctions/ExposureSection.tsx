import { DEFAULT_EXPOSURE_VIA } from '@explorer/domain';
import type { Exposure, RelationshipFields, RelationType, SourceDocument } from '../../api/api';
import { TYPE_ORDER } from '../../format/names';
import type { AsyncState } from '../../hooks/useAsync';
import type { Authority } from '../../graph/authorities';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import { PathNarrative } from '../../components/PathNarrative/PathNarrative';
import { PathSteps } from '../../components/PathSteps/PathSteps';
import { TypeChecklist } from '../../components/TypeChecklist/TypeChecklist';
import { AuthoritySwatch } from '../../components/AuthoritySwatch/AuthoritySwatch';
import './ExposureSection.css';

export interface ExposureSectionProps {
  actor: { id: string; name: string };
  /** The exposure as loaded by `useExposure`. */
  state: AsyncState<Exposure>;
  onRetry: () => void;
  /** Link types that count; null: the server's default (all but sanctions and strikes). */
  via: readonly RelationType[] | null;
  onChangeVia: (via: RelationType[] | null) => void;
  /** The paths are highlighted in the graph. */
  traced: boolean;
  onTrace: (traced: boolean) => void;
  /** Authorities by id, for ring colours. */
  authorities?: ReadonlyMap<string, Authority>;
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  onSelectRelationship?: (relationship: RelationshipFields) => void;
}

const STATUS_WORDS = {
  DESIGNATED: 'Designated',
  LINKED: 'Linked to a designated actor',
  NONE: 'No designated actor within reach',
} as const;

/**
 * Types offered as "links that count": the API's default `via` (every link
 * type but strikes, demands and negotiations), in the order the legend lists them.
 */
export const VIA_TYPES: readonly RelationType[] = TYPE_ORDER.filter((type) =>
  DEFAULT_EXPOSURE_VIA.includes(type),
);

/**
 * How close an actor sits to a designated one: the status, the rule that
 * says so, which link types count, and every shortest path to the nearest
 * designated actors, hop by hop with its evidence. "Trace" highlights them.
 */
export function ExposureSection(props: ExposureSectionProps) {
  const { actor, state } = props;
  const headingId = `exposure-${actor.id}`;
  const data = state.status === 'ok' ? state.data : null;
  const paths = data?.status === 'LINKED' ? data.paths : [];
  return (
    <section data-testid="exposure" aria-labelledby={headingId} className="exposure">
      <h3 id={headingId}>Sanctions exposure of {actor.name}</h3>
      <details className="via-types">
        <summary data-testid="via-summary">
          Links that count{' '}
          <span className="muted">
            (
            {props.via
              ? `${props.via.length} of ${VIA_TYPES.length}`
              : 'all but sanctions and strikes'}
            )
          </span>
        </summary>
        <TypeChecklist
          legend="Links that count"
          types={VIA_TYPES}
          selected={props.via}
          onChange={props.onChangeVia}
          testId="via"
        />
      </details>
      {state.status === 'loading' ? (
        <p className="muted" role="status">
          Tracing…
        </p>
      ) : null}
      {state.status === 'error' ? (
        <ErrorBanner error={state.error} context="Tracing the exposure" onRetry={props.onRetry} />
      ) : null}
      {data ? (
        <>
          <p data-testid="exposure-status">
            <span className={`badge badge-${data.status.toLowerCase()}`}>
              {STATUS_WORDS[data.status]}
            </span>{' '}
            <span className="muted">{data.rule}</span>
          </p>
          {paths.length ? (
            <>
              <button
                type="button"
                data-testid="trace-exposure"
                aria-pressed={props.traced}
                onClick={() => props.onTrace(!props.traced)}
              >
                {props.traced ? 'Tracing in the graph' : 'Trace in the graph'} ({paths.length}{' '}
                {paths.length === 1 ? 'path' : 'paths'})
              </button>
              <ol className="exposure-paths">
                {paths.map((path, index) => (
                  <li
                    key={path.relationships.map((r) => r.id).join('|')}
                    data-testid="exposure-path"
                  >
                    <PathNarrative path={path} onSelectActor={props.onSelectActor} />
                    <details open={index === 0}>
                      <summary>Hop by hop, with evidence</summary>
                      <PathSteps
                        path={path}
                        documents={props.documents}
                        onSelectActor={props.onSelectActor}
                        onSelectRelationship={props.onSelectRelationship}
                      />
                    </details>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          {data.designations.length ? (
            <>
              <h4>Designations reached</h4>
              <ul className="designations">
                {data.designations.map((d) => (
                  <li key={d.id} data-testid="exposure-designation">
                    <AuthoritySwatch authority={props.authorities?.get(d.source.id)} />{' '}
                    <strong>{d.source.name}</strong> designates{' '}
                    <button
                      type="button"
                      className="link"
                      onClick={() => props.onSelectActor(d.target.id)}
                    >
                      {d.target.name}
                    </button>
                    {d.program ? <span> · {d.program}</span> : null}
                    {d.start ? <span> · since {d.start}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

import type { Exposure, RelationshipFields, RelationType, SourceDocument } from '../../api/api';
import type { Designated } from '../../graph/authorities';
import type { AsyncState } from '../../hooks/useAsync';
import { validInYear } from '../../state/validity';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import { ExposureSection } from './ExposureSection';
import { AuthoritySwatch } from '../../components/AuthoritySwatch/AuthoritySwatch';
import './SanctionsPanel.css';

export interface SanctionsPanelProps {
  /** The actor whose exposure is traced, or null. */
  subject: { id: string; name: string } | null;
  exposure: AsyncState<Exposure>;
  onRetryExposure: () => void;
  via: readonly RelationType[] | null;
  onChangeVia: (via: RelationType[] | null) => void;
  traced: boolean;
  onTrace: (traced: boolean) => void;
  /** Every SANCTIONS relationship. */
  designations: AsyncState<RelationshipFields[]>;
  onRetryDesignations: () => void;
  /** Designations in force, by authority. */
  designated: Designated;
  year: number | null;
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  onSelectRelationship: (relationship: RelationshipFields) => void;
}

/** The sanctions view's side panel: the selected actor's exposure, then every designation by authority. */
export function SanctionsPanel(props: SanctionsPanelProps) {
  const { subject, designated, year } = props;
  const authorities = new Map(designated.authorities.map((a) => [a.id, a]));
  const inForce =
    props.designations.status === 'ok'
      ? props.designations.data.filter((d) => validInYear(d, year))
      : [];
  return (
    <section
      className="panel sanctions-panel"
      aria-labelledby="sanctions-heading"
      data-testid="sanctions-panel"
    >
      <h2 id="sanctions-heading">Sanctions</h2>
      {subject ? (
        <ExposureSection
          actor={subject}
          state={props.exposure}
          onRetry={props.onRetryExposure}
          via={props.via}
          onChangeVia={props.onChangeVia}
          traced={props.traced}
          onTrace={props.onTrace}
          authorities={authorities}
          documents={props.documents}
          onSelectActor={props.onSelectActor}
          onSelectRelationship={props.onSelectRelationship}
        />
      ) : (
        <p className="muted">
          Select an actor to trace how close it sits to a designated one. Rings show who is
          designated, in the colour of the authority.
        </p>
      )}
      <h3>
        Designations in force{year != null ? ` in ${year}` : ''} ({inForce.length})
      </h3>
      {props.designations.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {props.designations.status === 'error' ? (
        <ErrorBanner
          error={props.designations.error}
          context="Loading designations"
          onRetry={props.onRetryDesignations}
        />
      ) : null}
      <ul className="authority-groups" data-testid="designations-list">
        {designated.authorities.map((authority) => {
          const rows = inForce.filter((d) => d.source.id === authority.id);
          return (
            <li key={authority.id}>
              <p className="authority-name">
                <AuthoritySwatch authority={authority} /> <strong>{authority.code}</strong>
                {authority.code !== authority.name ? (
                  <span className="muted"> · {authority.name}</span>
                ) : null}
              </p>
              <ul>
                {rows.map((d) => (
                  <li key={d.id} data-testid="designation-row">
                    <button
                      type="button"
                      className="link"
                      onClick={() => props.onSelectActor(d.target.id)}
                    >
                      {d.target.name}
                    </button>
                    {d.program ? <span> · {d.program}</span> : null}
                    <span className="muted">
                      {' '}
                      · {d.start ? `since ${d.start}` : 'date not given'}
                    </span>{' '}
                    <button
                      type="button"
                      className="small"
                      onClick={() => props.onSelectRelationship(d)}
                    >
                      Evidence
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

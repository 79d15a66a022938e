import type {
  Exposure,
  RelationshipFields,
  RelationType,
  SanctionStatusReport,
  SourceDocument,
} from '../../api/api';
import type { Designated } from '../../graph/authorities';
import type { AsyncState } from '../../hooks/useAsync';
import { AuthorityDesignations } from './AuthorityDesignations';
import { ExposureSection } from './ExposureSection';
import { StatusSection } from './StatusSection';

export interface SanctionsPanelProps {
  /** The actor whose status and exposure are shown, or null. */
  subject: { id: string; name: string } | null;
  status: AsyncState<SanctionStatusReport>;
  onRetryStatus: () => void;
  exposure: AsyncState<Exposure>;
  onRetryExposure: () => void;
  via: readonly RelationType[] | null;
  onChangeVia: (via: RelationType[] | null) => void;
  traced: boolean;
  onTrace: (traced: boolean) => void;
  /** Designated actors drawn, by authority: ring colours and the authorities to browse. */
  designated: Designated;
  year: number | null;
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  onSelectRelationship: (relationship: RelationshipFields) => void;
}

const STRENGTH = ['DIRECT', 'CONTROLLED', 'LINKED', 'NONE'];

/**
 * The authorities to browse: those the selected actor's status names (every
 * authority with a designation in the graph), the ones that apply to it
 * first, then any other authority ringed in the graph.
 */
export function browsableAuthorities(
  status: AsyncState<SanctionStatusReport>,
  designated: Designated,
): { id: string; name: string }[] {
  const reported =
    status.status === 'ok'
      ? [...status.data.byAuthority]
          .sort((a, b) => STRENGTH.indexOf(a.status) - STRENGTH.indexOf(b.status))
          .map((a) => a.authority)
      : [];
  const all = new Map<string, { id: string; name: string }>();
  for (const a of [...reported, ...designated.authorities])
    if (!all.has(a.id)) all.set(a.id, { id: a.id, name: a.name });
  return [...all.values()];
}

/**
 * The sanctions view's side panel: the selected actor's status per
 * authority and its exposure, then an authority's designations, counted by
 * the server and read a page at a time.
 */
export function SanctionsPanel(props: SanctionsPanelProps) {
  const { subject, designated, year } = props;
  const authorities = new Map(designated.authorities.map((a) => [a.id, a]));
  return (
    <section
      className="panel sanctions-panel"
      aria-labelledby="sanctions-heading"
      data-testid="sanctions-panel"
    >
      <h2 id="sanctions-heading">Sanctions</h2>
      {subject ? (
        <>
          <StatusSection
            actor={subject}
            state={props.status}
            onRetry={props.onRetryStatus}
            authorities={authorities}
            documents={props.documents}
            onSelectActor={props.onSelectActor}
            onSelectRelationship={props.onSelectRelationship}
          />
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
        </>
      ) : (
        <p className="muted">
          Select an actor to see its sanction status by authority and how close it sits to a
          designated one. Rings show who is designated, in the colour of the authority.
        </p>
      )}
      <AuthorityDesignations
        authorities={browsableAuthorities(props.status, designated)}
        rings={authorities}
        year={year}
        onSelectActor={props.onSelectActor}
      />
    </section>
  );
}

import type { Designation, SourceDocument } from '../../api/api';
import type { Authority } from '../../graph/authorities';
import { AuthoritySwatch } from '../AuthoritySwatch/AuthoritySwatch';
import { EvidenceList } from '../EvidenceList/EvidenceList';
import './DesignationRecord.css';

export interface DesignationRecordProps {
  designation: Designation;
  /** The authority's ring colour; no swatch when unknown. */
  authority?: Authority;
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  /**
   * Whose name leads the line: the authority (default; on the designated
   * actor's own panel) or the designated actor (in an authority's list).
   */
  lead?: 'authority' | 'actor';
}

/**
 * One designation record as the list gives it: who designates (or whom),
 * on which list, under which programs, listed and delisted when, under
 * which source entry, why, and the excerpt behind it (folded: an OFAC entry
 * repeats itself once per program).
 */
export function DesignationRecord(props: DesignationRecordProps) {
  const { designation: d, lead = 'authority' } = props;
  const named = lead === 'authority' ? d.authority : d.actor;
  return (
    <li className="designation-record" data-testid="designation" data-origin={d.origin}>
      <p className="designation-line">
        {lead === 'authority' ? <AuthoritySwatch authority={props.authority} /> : null}{' '}
        <button type="button" className="link" onClick={() => props.onSelectActor(named.id)}>
          {named.name}
        </button>
        {d.list ? <span data-testid="designation-list"> · {d.list}</span> : null}
        {d.programs.length ? (
          <span data-testid="designation-programs"> · {d.programs.join(', ')}</span>
        ) : null}
      </p>
      <dl className="facts designation-facts">
        <div>
          <dt>Listed</dt>
          <dd data-testid="designation-listed">{d.listedOn ?? 'date not given'}</dd>
        </div>
        {d.delistedOn ? (
          <div>
            <dt>Delisted</dt>
            <dd data-testid="designation-delisted">{d.delistedOn}</dd>
          </div>
        ) : null}
        {d.sourceEntry ? (
          <div>
            <dt>Entry</dt>
            <dd data-testid="designation-entry">{d.sourceEntry}</dd>
          </div>
        ) : null}
        <div>
          <dt>Origin</dt>
          <dd>{d.origin}</dd>
        </div>
      </dl>
      {d.reason ? (
        <p className="designation-reason" data-testid="designation-reason">
          {d.reason}
        </p>
      ) : null}
      {d.evidence.length ? (
        <details className="designation-evidence">
          <summary>
            Evidence ({d.evidence.length} {d.evidence.length === 1 ? 'excerpt' : 'excerpts'})
          </summary>
          <EvidenceList evidence={d.evidence} documents={props.documents} />
        </details>
      ) : null}
    </li>
  );
}

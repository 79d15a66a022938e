import type {
  AuthorityStatus,
  RelationshipFields,
  SanctionRule,
  SanctionStatus,
  SanctionStatusReport,
  SourceDocument,
} from '../../api/api';
import type { Authority } from '../../graph/authorities';
import type { AsyncState } from '../../hooks/useAsync';
import { DesignationRecord } from '../../components/DesignationRecord/DesignationRecord';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import { PathNarrative } from '../../components/PathNarrative/PathNarrative';
import { PathSteps } from '../../components/PathSteps/PathSteps';
import './StatusSection.css';

export interface StatusSectionProps {
  actor: { id: string; name: string };
  state: AsyncState<SanctionStatusReport>;
  onRetry: () => void;
  authorities?: ReadonlyMap<string, Authority>;
  documents?: ReadonlyMap<string, SourceDocument>;
  onSelectActor: (id: string) => void;
  onSelectRelationship?: (relationship: RelationshipFields) => void;
}

export const STATUS_WORDS: Record<SanctionStatus, string> = {
  DIRECT: 'Listed',
  CONTROLLED: 'Owned or controlled',
  LINKED: 'Linked',
  NONE: 'Not sanctioned',
};

/** The schema's rules (SanctionRule) as an analyst names them. */
export const RULE_WORDS: Record<SanctionRule, string> = {
  LISTED: 'on the list',
  OWNERSHIP_50_PERCENT: '50 % ownership rule (OFAC, BIS)',
  OWNED_OR_CONTROLLED: 'owned or controlled (EU, UK, UN)',
  ADJACENT: 'directly adjacent, not transitive',
  NONE: 'no rule applies',
};

/**
 * The selected actor's sanction status per authority (`sanctionStatus`):
 * a badge, the rule, the server's explanation, how the status is reached
 * hop by hop with evidence, and the designations it rests on. Authorities
 * that give NONE are folded into one line: with the real lists loaded
 * there are many, and the ones that apply matter.
 */
export function StatusSection(props: StatusSectionProps) {
  const { actor, state } = props;
  const headingId = `status-${actor.id}`;
  const report = state.status === 'ok' ? state.data : null;
  const applying = report?.byAuthority.filter((a) => a.status !== 'NONE') ?? [];
  const none = report?.byAuthority.filter((a) => a.status === 'NONE') ?? [];
  return (
    <section data-testid="sanction-status" aria-labelledby={headingId} className="sanction-status">
      <h3 id={headingId}>
        Sanction status of {actor.name}
        {report?.asOf ? ` as of ${report.asOf}` : ''}
      </h3>
      {state.status === 'loading' ? (
        <p className="muted" role="status">
          Deriving the status…
        </p>
      ) : null}
      {state.status === 'error' ? (
        <ErrorBanner error={state.error} context="Deriving the status" onRetry={props.onRetry} />
      ) : null}
      {report ? (
        <>
          <p data-testid="overall-status">
            <StatusBadge status={report.status} />
          </p>
          <ul className="authority-statuses">
            {applying.map((entry) => (
              <AuthorityEntry key={entry.authority.id} entry={entry} {...props} />
            ))}
          </ul>
          {none.length ? (
            <p className="muted" data-testid="status-none">
              Not sanctioned by {none.map((a) => a.authority.name).join(', ')}.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function StatusBadge({ status }: { status: SanctionStatus }) {
  return (
    <span className={`badge badge-status-${status.toLowerCase()}`} data-status={status}>
      {STATUS_WORDS[status]}
    </span>
  );
}

function AuthorityEntry({ entry, ...props }: StatusSectionProps & { entry: AuthorityStatus }) {
  // A DIRECT status is reached by a 0-hop path: nothing to walk, the designations say it all.
  const walked = entry.paths.filter((p) => p.hops > 0);
  return (
    <li data-testid="authority-status" data-authority={entry.authority.id}>
      <p className="authority-status-line">
        <StatusBadge status={entry.status} /> <strong>{entry.authority.name}</strong>{' '}
        <span className="muted" data-testid="status-rule" data-rule={entry.rule}>
          · {RULE_WORDS[entry.rule]}
        </span>
      </p>
      <p className="status-explanation" data-testid="status-explanation">
        {entry.explanation}
      </p>
      {entry.assumesUnknownShares ? (
        <p className="muted" data-testid="assumes-unknown-shares">
          Counts an ownership whose share the sources do not give as owned.
        </p>
      ) : null}
      {walked.length ? (
        <ol className="exposure-paths">
          {walked.map((path, index) => (
            <li key={path.relationships.map((r) => r.id).join('|')} data-testid="status-path">
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
      ) : null}
      {entry.designations.length ? (
        <ul className="designations" aria-label={`Designations by ${entry.authority.name}`}>
          {entry.designations.map((d) => (
            <DesignationRecord
              key={d.id}
              designation={d}
              lead={d.actor.id === props.actor.id ? 'authority' : 'actor'}
              authority={props.authorities?.get(d.authority.id)}
              documents={props.documents}
              onSelectActor={props.onSelectActor}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

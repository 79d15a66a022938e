import { useState } from 'react';
import type { Authority } from '../../graph/authorities';
import { AuthoritySwatch } from '../../components/AuthoritySwatch/AuthoritySwatch';
import { ErrorBanner } from '../../components/ErrorBanner/ErrorBanner';
import { useDesignationPages } from './useDesignationPages';
import './AuthorityDesignations.css';

export interface AuthorityDesignationsProps {
  /** The authorities to choose from, in the order offered; the first is shown first. */
  authorities: readonly { id: string; name: string }[];
  /** Ring colours by authority id. */
  rings?: ReadonlyMap<string, Authority>;
  /** Designations in force in this year (null: all dates). */
  year: number | null;
  onSelectActor: (id: string) => void;
}

/** How many programs are offered as filters: the largest; the rest are in the count. */
const PROGRAMS_SHOWN = 8;

const count = (n: number) => n.toLocaleString('en');

/**
 * "Who did this authority designate?": the total the server counts, the
 * largest programs (each a filter), and the designations one page at a
 * time, with "Show more" reading the next page after the last.
 */
export function AuthorityDesignations(props: AuthorityDesignationsProps) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [program, setProgram] = useState<string | null>(null);
  // The chosen authority while it is still offered, else the first one offered.
  const authority = props.authorities.find((a) => a.id === chosen) ?? props.authorities[0] ?? null;
  const pages = useDesignationPages(authority?.id ?? null, program, props.year);
  if (!authority) return null;

  const choose = (id: string) => {
    setChosen(id);
    setProgram(null);
  };
  return (
    <section className="authority-designations" data-testid="authority-designations">
      <h3>
        <label htmlFor="designations-authority">Designations by</label>{' '}
        <select
          id="designations-authority"
          data-testid="designations-authority"
          value={authority.id}
          onChange={(e) => choose(e.target.value)}
        >
          {props.authorities.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </h3>
      {pages.totalCount != null ? (
        <p data-testid="designations-total">
          <AuthoritySwatch authority={props.rings?.get(authority.id)} />{' '}
          <strong>{count(pages.totalCount)}</strong>{' '}
          {pages.totalCount === 1 ? 'designation' : 'designations'} by {authority.name}
          {program ? ` under ${program}` : ''}
          {props.year != null ? ` in force in ${props.year}` : ''}
        </p>
      ) : null}
      {pages.byProgram.length > 1 || program ? (
        <div className="program-filters" role="group" aria-label="Programs">
          {program ? (
            <button type="button" className="small" onClick={() => setProgram(null)}>
              All programs
            </button>
          ) : (
            pages.byProgram.slice(0, PROGRAMS_SHOWN).map((p) => (
              <button
                type="button"
                className="small"
                key={p.key}
                data-testid="program-filter"
                onClick={() => setProgram(p.key)}
              >
                {p.key} ({count(p.count)})
              </button>
            ))
          )}
        </div>
      ) : null}
      {pages.status === 'loading' ? (
        <p className="muted" role="status">
          Loading…
        </p>
      ) : null}
      <ul className="designation-rows" data-testid="designations-list">
        {pages.loaded.map((d) => (
          <li key={d.id} data-testid="designation-row">
            <button type="button" className="link" onClick={() => props.onSelectActor(d.actor.id)}>
              {d.actor.name}
            </button>
            {d.programs.length ? <span> · {d.programs.join(', ')}</span> : null}
            <span className="muted">
              {' '}
              · {d.listedOn ? `since ${d.listedOn}` : 'date not given'}
              {d.sourceEntry ? ` · entry ${d.sourceEntry}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {pages.status === 'error' ? (
        <ErrorBanner error={pages.error} context="Loading designations" onRetry={pages.retry} />
      ) : null}
      {pages.hasMore || pages.status === 'more' ? (
        <button
          type="button"
          data-testid="designations-more"
          disabled={pages.status === 'more'}
          onClick={pages.more}
        >
          {pages.status === 'more' ? 'Loading…' : 'Show more'} ({count(pages.loaded.length)} of{' '}
          {count(pages.totalCount ?? 0)} shown)
        </button>
      ) : null}
    </section>
  );
}

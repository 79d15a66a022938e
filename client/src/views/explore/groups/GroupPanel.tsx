import { useState, type FormEvent } from 'react';
import type { ActorGroup } from '../../../api/api';
import { ErrorBanner } from '../../../components/ErrorBanner/ErrorBanner';
import { formatCount } from '../../../format/count';
import { nextCursor, openedCount, type OpenedGroup } from './groupState';
import { GROUP_PAGE_SIZE } from './useGroups';
import './GroupPanel.css';

export interface GroupPanelProps {
  group: ActorGroup;
  /** What is opened of it; null: closed (one node). */
  opened: OpenedGroup | null;
  /** Shows the first page of members. */
  onOpen: () => void;
  onMore: () => void;
  /** Members whose names match; an empty query goes back to the first page. */
  onSearch: (query: string) => void;
  /** Back to one node. */
  onCollapse: () => void;
  /** Hides this panel; the group stays as it is. */
  onClose: () => void;
}

/**
 * A group over the graph: what it stands for, how many of its members are
 * drawn, the next page, a search within it, and back to one node.
 */
export function GroupPanel({
  group,
  opened,
  onOpen,
  onMore,
  onSearch,
  onCollapse,
  onClose,
}: GroupPanelProps) {
  const [query, setQuery] = useState(opened?.query ?? '');
  const shown = opened ? openedCount(opened) : 0;
  const loading = !!opened?.pending;
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(query);
  }
  return (
    <section className="group-panel" data-testid="group-panel" aria-label="Group">
      <header>
        <h2 data-testid="group-label">{group.label}</h2>
        <button type="button" className="group-panel-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p data-testid="group-shown" aria-live="polite">
        {opened
          ? `${formatCount(shown)} of ${formatCount(group.count)} shown${
              opened.query ? ` matching “${opened.query}”` : ''
            }${loading ? ' · loading…' : ''}`
          : `${formatCount(group.count)} members, drawn as one node`}
      </p>
      <div className="group-panel-actions">
        {opened ? (
          <>
            {nextCursor(opened) != null || (loading && !opened.query) ? (
              <button type="button" data-testid="group-more" disabled={loading} onClick={onMore}>
                Show {Math.min(GROUP_PAGE_SIZE, group.count - shown)} more
              </button>
            ) : null}
            <button type="button" data-testid="group-collapse" onClick={onCollapse}>
              Collapse to one node
            </button>
          </>
        ) : (
          <button type="button" data-testid="group-open" onClick={onOpen}>
            Show members
          </button>
        )}
      </div>
      <form role="search" onSubmit={submit}>
        <label>
          <span className="visually-hidden">Search this group</span>
          <input
            type="search"
            data-testid="group-search-input"
            placeholder="Search within the group…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <button type="submit" data-testid="group-search">
          Find
        </button>
      </form>
      {opened?.error ? (
        <ErrorBanner error={opened.error} context="Loading the group's members" />
      ) : null}
    </section>
  );
}

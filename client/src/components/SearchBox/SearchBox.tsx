import { useId, useState, type KeyboardEvent } from 'react';
import { searchActors, type Origin, type SearchResult } from '../../api/api';
import { KIND_NAMES } from '../../format/names';
import { useAsync } from '../../hooks/useAsync';
import { useDebounced } from '../../hooks/useDebounced';
import { ErrorBanner } from '../ErrorBanner/ErrorBanner';
import { KindIcon } from '../KindIcon/KindIcon';
import './SearchBox.css';

export interface SearchBoxProps {
  /** Visible label of the input. */
  label: string;
  /** Called with the chosen actor; the input then clears. */
  onSelect: (actor: SearchResult) => void;
  placeholder?: string;
  /** Prefix of the test ids: `<prefix>-input`, `<prefix>-option`. Default "search". */
  testIdPrefix?: string;
  /** Wait this long after the last keystroke before asking. Default 200 ms. */
  debounceMs?: number;
  /** Ask only from this many characters. Default 2. */
  minChars?: number;
  /** How many suggestions at most. Default 8. */
  limit?: number;
  /** Hide the label visually (still read by screen readers). Default false. */
  hideLabel?: boolean;
  /** Only actors of this origin; absent: curated and imported alike. */
  origin?: Origin | null;
}

/**
 * An ARIA combobox: suggestions appear as you type; ArrowUp/ArrowDown move,
 * Enter picks (the first suggestion when none is active), Escape closes and
 * then clears.
 */
export function SearchBox({
  label,
  onSelect,
  placeholder = 'Search actors…',
  testIdPrefix = 'search',
  debounceMs = 200,
  minChars = 2,
  limit = 8,
  hideLabel = false,
  origin = null,
}: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<{ query: string; index: number }>({ query: '', index: -1 });
  const query = useDebounced(text.trim(), debounceMs);
  const { state, retry } = useAsync(
    query.length >= minChars ? `search:${origin ?? '*'}:${query}` : null,
    async (signal) => ({
      query,
      results: await searchActors(
        origin ? { query, first: limit, origin } : { query, first: limit },
        signal,
      ),
    }),
  );
  const answer =
    state.status === 'ok' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const results = answer && related(answer.query, text.trim()) ? answer.results : [];
  // The active option belongs to one result list; a new query starts with none.
  const activeIndex = active.query === query ? Math.min(active.index, results.length - 1) : -1;
  const showList = open && text.trim().length >= minChars;

  function choose(actor: SearchResult) {
    onSelect(actor);
    setText('');
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (results.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = (activeIndex + step + results.length + 1) % (results.length + 1);
        setActive({ query, index: next === results.length ? -1 : next });
        return;
      }
      case 'Enter': {
        const pick = results[activeIndex >= 0 ? activeIndex : 0];
        if (showList && pick && state.status === 'ok' && query === text.trim()) {
          event.preventDefault();
          choose(pick);
        }
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (showList) setOpen(false);
        else setText('');
        return;
    }
  }

  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        data-testid={`${testIdPrefix}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={
          showList && activeIndex >= 0 ? `${id}-opt-${activeIndex}` : undefined
        }
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={label} className="suggestions" hidden={!showList}>
        {showList &&
          results.map((actor, index) => (
            <li
              key={actor.id}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              data-testid={`${testIdPrefix}-option`}
              className={index === activeIndex ? 'active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(actor)}
            >
              <KindIcon kind={actor.kind} />
              <span className="option-name">{actor.name}</span>
              <span className="option-meta">
                {KIND_NAMES[actor.kind]}
                {actor.aliases.length ? ` · ${actor.aliases.slice(0, 3).join(', ')}` : ''}
              </span>
            </li>
          ))}
      </ul>
      {showList && state.status === 'error' ? (
        <ErrorBanner error={state.error} context="Search" onRetry={retry} />
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {showList ? statusText(state.status, results.length) : ''}
      </p>
      {showList &&
      state.status === 'ok' &&
      state.data.query === text.trim() &&
      results.length === 0 ? (
        <p className="suggestions-empty">No actor matches “{query}”.</p>
      ) : null}
    </div>
  );
}

/** While typing on ("hez" → "hezb"), the previous suggestions stay up; after a new start they do not. */
function related(previous: string, current: string): boolean {
  const [a, b] = [previous.toLowerCase(), current.toLowerCase()];
  return a.startsWith(b) || b.startsWith(a);
}

function statusText(status: string, count: number): string {
  if (status === 'loading') return 'Searching…';
  if (status === 'ok') return count === 1 ? '1 suggestion' : `${count} suggestions`;
  return '';
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { fromSearch, toSearch } from '../state/urlState';
import type { ViewState } from '../state/view';

/**
 * The view, kept in the URL's query string: read at start and on Back or
 * Forward, written on every change. A new focus or view is a new history
 * entry (Back returns to the previous one); other changes replace the entry.
 */
export function useView(): [ViewState, (change: (view: ViewState) => ViewState) => void] {
  const [view, setView] = useState(() => fromSearch(window.location.search));
  const previous = useRef(view);

  useEffect(() => {
    const search = toSearch(view);
    const before = previous.current;
    previous.current = view;
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (before.mode !== view.mode || before.focus !== view.focus)
      window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [view]);

  useEffect(() => {
    const onPop = () => {
      const next = fromSearch(window.location.search);
      previous.current = next;
      setView(next);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((change: (view: ViewState) => ViewState) => setView(change), []);
  return [view, update];
}

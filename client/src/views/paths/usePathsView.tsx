import { useMemo, useState } from 'react';
import type { PathResult } from '../../api/api';
import { pathHighlight } from '../../graph/highlight';
import type { AsyncState } from '../../hooks/useAsync';
import { layer, pathsAsGraph, type ViewInput, type ViewLayer } from '../ViewLayer';
import { PathsPanel } from './PathsPanel';
import { usePaths } from './usePaths';

/**
 * The paths view: the shortest paths between the two chosen ends, loaded
 * whatever view is active (their actors join the graph), drawn even outside
 * the focus and highlighted while the view is active — the chosen path, or
 * every shortest one — until "Clear highlight" (or new ends).
 */
export function usePathsView({ view, time }: ViewInput): ViewLayer {
  const paths = usePaths(
    view.pathFrom,
    view.pathTo,
    { maxHops: view.pathMaxHops, directed: view.pathDirected, types: view.pathTypes },
    time,
  );
  // "Clear highlight" holds until the ends change (reset during render, React's
  // pattern for state derived from earlier renders).
  const ends = `${view.pathFrom}\u0000${view.pathTo}`;
  const [cleared, setCleared] = useState(false);
  const [clearedEnds, setClearedEnds] = useState(ends);
  if (clearedEnds !== ends) {
    setClearedEnds(ends);
    setCleared(false);
  }
  const list = paths.state.status === 'ok' ? paths.state.data : null;
  const graph = useMemo(() => pathsAsGraph(list), [list]);
  const highlighted = useMemo(
    () => (list && !cleared ? pathHighlight(list, view.chosenPath) : null),
    [list, cleared, view.chosenPath],
  );
  return layer(<PathsPanel paths={paths} />, {
    loaded: graph,
    pinned: graph,
    highlighted,
    clearHighlight: () => setCleared(true),
  });
}

export type PathsLoad = { state: AsyncState<PathResult[]>; retry: () => void };

import { useMemo } from 'react';
import type { Exposure, SanctionStatusReport } from '../../api/api';
import { pathHighlight } from '../../graph/highlight';
import type { AsyncState } from '../../hooks/useAsync';
import { layer, pathsAsGraph, type ViewInput, type ViewLayer } from '../ViewLayer';
import { sanctionsDecoration } from './sanctionsDecoration';
import { SanctionsView } from './SanctionsView';
import { useExposure } from './useExposure';
import { useSanctionStatus } from './useSanctionStatus';

export type ExposureLoad = { state: AsyncState<Exposure>; retry: () => void };
export type StatusLoad = { state: AsyncState<SanctionStatusReport>; retry: () => void };

/**
 * The sanctions view: designated actors labelled with their authorities;
 * the selected actor's status per authority and its exposure (asked for
 * only while the view is active),
 * its paths drawn and highlighted while "traced".
 */
export function useSanctionsView({ view, year, update }: ViewInput): ViewLayer {
  const active = view.mode === 'sanctions';
  const selected = view.selected?.kind === 'actor' ? view.selected.id : null;
  const exposure = useExposure(active ? selected : null, view.via, year);
  const status = useSanctionStatus(active ? selected : null, year);
  const linked =
    exposure.state.status === 'ok' && exposure.state.data.status === 'LINKED'
      ? exposure.state.data.paths
      : null;
  const graph = useMemo(() => pathsAsGraph(linked), [linked]);
  const highlighted = useMemo(
    () => (view.traced && linked ? pathHighlight(linked, null) : null),
    [view.traced, linked],
  );
  return layer(<SanctionsView exposure={exposure} status={status} />, {
    loaded: graph,
    pinned: view.traced ? graph : null,
    highlighted,
    clearHighlight: () => update((v) => ({ ...v, traced: false })),
    decoration: sanctionsDecoration,
  });
}

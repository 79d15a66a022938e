import { ActorKind, yearOf } from '@explorer/domain';
import { useCallback, useMemo, useState } from 'react';
import type { RelationshipFields, SourceDocument } from '../api/api';
import { designationAsLink } from '../api/designationLink';
import { designatedActors } from '../graph/authorities';
import type { AsyncState } from '../hooks/useAsync';
import type { GraphData } from '../state/graphData';
import type { ActorRef } from '../state/selection';
import { openView, setPathEnd, type ViewState } from '../state/view';
import type { Explorer } from './ExplorerContext';

/** The explorer the views and panels read (see `Explorer`), from what `App` loaded. */
export function useExplorerValue(
  view: ViewState,
  update: Explorer['update'],
  data: GraphData,
  loads: {
    documents: AsyncState<SourceDocument[]>;
    queryYear: number | null;
  },
): Explorer {
  const { documents: documentsState, queryYear } = loads;
  // Relationships opened from panels may lie outside the graph: keep them to show them.
  const [seen, setSeen] = useState<ReadonlyMap<string, RelationshipFields>>(new Map());

  const documentList = documentsState.status === 'ok' ? documentsState.data : undefined;
  const documents = useMemo(
    () => (documentList ? new Map(documentList.map((d) => [d.id, d])) : undefined),
    [documentList],
  );
  // Rings for every actor loaded, from the designations its subgraph brought
  // (read as links from their authorities, the shape designatedActors reads).
  // A range reads designations on its end, as the API does (by year here, as the rings always have).
  const designationYear = view.year ?? yearOf(view.range?.to);
  const designated = useMemo(
    () => designatedActors([...data.designations.values()].map(designationAsLink), designationYear),
    [data.designations, designationYear],
  );
  const authorities = useMemo(
    () => new Map(designated.authorities.map((a) => [a.id, a])),
    [designated],
  );

  const selectActor = useCallback(
    (id: string) => update((v) => ({ ...v, selected: { kind: 'actor', id }, traced: false })),
    [update],
  );
  const selectRelationship = useCallback(
    (rel: RelationshipFields) => {
      setSeen((previous) => new Map(previous).set(rel.id, rel));
      update((v) => ({ ...v, selected: { kind: 'relationship', id: rel.id } }));
    },
    [update],
  );

  const named = (id: string | null) => (id ? { id, name: data.actors.get(id)?.name ?? id } : null);
  const ref = (id: string | null): ActorRef | null => {
    if (!id) return null;
    const actor = data.actors.get(id);
    return { id, name: actor?.name ?? id, kind: actor?.kind ?? ActorKind.PERSON };
  };
  const selected = view.selected;
  return {
    view,
    update,
    change: (patch) => update((v) => ({ ...v, ...patch })),
    data,
    documents,
    designated,
    authorities,
    queryYear,
    selectedRelationship:
      selected?.kind === 'relationship'
        ? (data.relationships.get(selected.id) ?? seen.get(selected.id) ?? null)
        : null,
    selectActor,
    selectRelationship,
    openView: (mode, id) => update((v) => openView(v, mode, id)),
    setPathEnd: (which, actor) => update((v) => setPathEnd(v, which, actor?.id ?? null)),
    named,
    ref,
  };
}

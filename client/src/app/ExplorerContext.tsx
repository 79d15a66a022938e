import { createContext, useContext } from 'react';
import type { RelationshipFields, SourceDocument } from '../api/api';
import type { Authority, Designated } from '../graph/authorities';
import type { AsyncState } from '../hooks/useAsync';
import type { GraphData } from '../state/graphData';
import type { ActorRef } from '../state/selection';
import type { Mode, ViewState } from '../state/view';

/** A load with its retry, as `useAsync` gives it. */
export type Load<T> = { state: AsyncState<T>; retry: () => void };

/**
 * What every view and panel may read and do, whatever view is active: the
 * view state (the URL) and its transitions, everything loaded so far, the
 * documents and the designated actors, and the selection. Provided by `App`, read
 * with `useExplorer()`: panels take it from here instead of from props
 * passed down through the app.
 */
export interface Explorer {
  view: ViewState;
  /** A new view state from the current one. */
  update: (change: (view: ViewState) => ViewState) => void;
  /** Shorthand for `update` with a patch. */
  change: (patch: Partial<ViewState>) => void;
  /** Everything loaded so far, as one graph. */
  data: GraphData;
  /** The documents evidence cites, by id (undefined while loading). */
  documents: ReadonlyMap<string, SourceDocument> | undefined;
  /** Designations in force in the year shown, by actor and authority. */
  designated: Designated;
  authorities: ReadonlyMap<string, Authority>;
  /** The year paths, exposure and neighbourhoods are asked for (the slider's, once it rests). */
  queryYear: number | null;
  /** The selected relationship, whether or not it is in the graph; null: none. */
  selectedRelationship: RelationshipFields | null;
  selectActor: (id: string) => void;
  selectRelationship: (relationship: RelationshipFields) => void;
  /** Opens a view on an actor (from a panel's "Sanctions", "Money", "Control"). */
  openView: (mode: Mode, id: string) => void;
  /** Sets one end of the path search (and switches to the paths view). */
  setPathEnd: (which: 'from' | 'to', actor: ActorRef | null) => void;
  /** An actor by id with its name as loaded (the id while unknown); null for null. */
  named: (id: string | null) => { id: string; name: string } | null;
  /** Like `named`, with its kind. */
  ref: (id: string | null) => ActorRef | null;
}

const ExplorerContext = createContext<Explorer | null>(null);

export const ExplorerProvider = ExplorerContext.Provider;

/** The explorer around this component; throws outside `App` (a wiring mistake). */
export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer: no ExplorerProvider above this component');
  return explorer;
}

import type { Designation, RelationshipFields } from '../api/api';
import type { GraphActor, GraphInput } from '../graph/elements';

/** Everything drawn so far: the curated graph plus what the user expanded or found. */
export interface GraphData {
  actors: ReadonlyMap<string, GraphActor>;
  relationships: ReadonlyMap<string, RelationshipFields>;
  /**
   * The designations of the actors loaded, as each subgraph brought them
   * (`Subgraph.designations`): the rings come from here, never from the
   * authorities' whole lists.
   */
  designations: ReadonlyMap<string, Designation>;
  /** The actor the latest additions grew from; new nodes are placed around it. */
  anchor: string | null;
}

export const EMPTY_GRAPH: GraphData = {
  actors: new Map(),
  relationships: new Map(),
  designations: new Map(),
  anchor: null,
};

/**
 * `data` with the actors and relationships of `input` added (including the
 * endpoints of each relationship). Returns `data` itself when nothing is new.
 */
export function mergeGraph(
  data: GraphData,
  input: GraphInput,
  anchor: string | null = null,
): GraphData {
  const actors = new Map(data.actors);
  const relationships = new Map(data.relationships);
  const designations = new Map(data.designations);
  const addActor = (actor: GraphActor) => {
    if (!actors.has(actor.id)) actors.set(actor.id, actor);
  };
  input.actors.forEach(addActor);
  for (const rel of input.relationships) {
    addActor(rel.source);
    addActor(rel.target);
    if (!relationships.has(rel.id)) relationships.set(rel.id, rel);
  }
  for (const d of input.designations ?? []) if (!designations.has(d.id)) designations.set(d.id, d);
  if (
    actors.size === data.actors.size &&
    relationships.size === data.relationships.size &&
    designations.size === data.designations.size
  )
    return data;
  return { actors, relationships, designations, anchor };
}

/** The GraphInput view of `data`, for `toElements`. */
export function graphInput(data: GraphData): GraphInput {
  return { actors: [...data.actors.values()], relationships: [...data.relationships.values()] };
}

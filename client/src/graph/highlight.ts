import type { Collection, Core } from 'cytoscape';
import { FADED, HIGHLIGHTED } from './style';

/** Ids of the nodes and edges to highlight (e.g. a path). */
export interface HighlightIds {
  nodes: readonly string[];
  edges: readonly string[];
}

/**
 * Marks the given elements with the `highlighted` class and fades the rest.
 * Unknown ids are ignored. Returns the highlighted elements.
 */
export function highlight(cy: Core, ids: HighlightIds): Collection {
  let marked = cy.collection();
  cy.batch(() => {
    clearHighlight(cy);
    for (const id of [...ids.nodes, ...ids.edges]) marked = marked.union(cy.getElementById(id));
    marked.addClass(HIGHLIGHTED);
    if (marked.nonempty()) cy.elements().not(marked).addClass(FADED);
  });
  return marked;
}

/** Removes every highlight and fade. */
export function clearHighlight(cy: Core): void {
  cy.elements().removeClass(`${HIGHLIGHTED} ${FADED}`);
}

/** The ids currently highlighted, sorted: what end-to-end tests read. */
export function highlightedIds(cy: Core): { nodes: string[]; edges: string[] } {
  const marked = cy.elements(`.${HIGHLIGHTED}`);
  return {
    nodes: marked
      .nodes()
      .map((n) => n.id())
      .sort(),
    edges: marked
      .edges()
      .map((e) => e.id())
      .sort(),
  };
}

/** A path as the API gives it: its length, actors and relationships. */
export interface PathLike {
  hops: number;
  actors: readonly { id: string }[];
  relationships: readonly { id: string }[];
}

/**
 * The nodes and edges to highlight: the chosen path, or else every path as
 * short as the shortest.
 */
export function pathHighlight(
  paths: readonly PathLike[],
  chosen: number | null,
): HighlightIds | null {
  if (paths.length === 0) return null;
  const shortest = Math.min(...paths.map((p) => p.hops));
  const shown =
    chosen != null && paths[chosen] ? [paths[chosen]] : paths.filter((p) => p.hops === shortest);
  return {
    nodes: [...new Set(shown.flatMap((p) => p.actors.map((a) => a.id)))],
    edges: [...new Set(shown.flatMap((p) => p.relationships.map((r) => r.id)))],
  };
}

import { validityStatus, type TimeWindow, type ValidityStatus } from '@explorer/domain';
import type { Collection, Core, EdgeSingular } from 'cytoscape';
import type { ActorKind, RelationType } from '../api/api';
import type { EdgeData } from './elements';
import { HIDDEN, UNDATED } from './style';

/** Ids of nodes and edges. */
export interface IdSets {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What the graph draws out of everything loaded. */
export interface VisibilitySpec {
  /** The actors and relationships in view (a neighbourhood, a chain); null: everything loaded. */
  scope: IdSets | null;
  /** Actor kinds and relationship types switched off in the legend. */
  hiddenKinds: ReadonlySet<ActorKind>;
  hiddenTypes: ReadonlySet<RelationType>;
  /** Only these types are drawn (the money view); null: every type. */
  onlyTypes: ReadonlySet<RelationType> | null;
  /**
   * Only relationships that hold in this window (a year or a range), by the
   * domain's rule, the one the server applies; with `includeUndated` those
   * the sources do not date for it are drawn too, marked `undated`.
   * Undefined: all dates.
   */
  window: TimeWindow | undefined;
  /**
   * Only actors and relationships of these origins (curated, imported);
   * null or absent: every origin. Actors of unknown origin pass.
   */
  origins?: ReadonlySet<string> | null;
  /** Drawn whatever the filters say: the focus, the selection, a highlighted path. */
  pinned: IdSets;
}

export const EMPTY_IDS: IdSets = { nodes: new Set(), edges: new Set() };

/**
 * Marks every element that the spec leaves out with the `hidden` class and
 * returns the drawn ones. An edge is drawn when it is in scope, passes the
 * type and year filters, and both its ends are drawn. A node is drawn when it
 * is in scope, its kind is shown, and either one of its relationships is drawn
 * or it has none in view to begin with: an actor whose every relationship was
 * filtered out (by type, view or year) goes too, but hiding a kind never
 * hides the other ends of its relationships.
 */
export function applyVisibility(cy: Core, spec: VisibilitySpec): Collection {
  const inScope = (id: string, group: 'nodes' | 'edges') =>
    spec.scope == null || spec.scope[group].has(id);
  const candidates = new Set<string>();
  cy.nodes().forEach((node) => {
    const id = node.id();
    const kind = node.data('kind') as ActorKind;
    const origin = node.data('origin') as string | undefined;
    const originShown = !spec.origins || !origin || spec.origins.has(origin);
    if (
      spec.pinned.nodes.has(id) ||
      (inScope(id, 'nodes') && !spec.hiddenKinds.has(kind) && originShown)
    )
      candidates.add(id);
  });
  const drawnEdges = new Set<string>();
  const relevant = new Map<string, number>();
  cy.edges().forEach((edge) => {
    const id = edge.id();
    const [s, t] = [edge.source().id(), edge.target().id()];
    if (spec.pinned.edges.has(id)) {
      drawnEdges.add(id);
      return;
    }
    if (!inScope(id, 'edges') || !candidates.has(s) || !candidates.has(t)) return;
    relevant.set(s, (relevant.get(s) ?? 0) + 1);
    relevant.set(t, (relevant.get(t) ?? 0) + 1);
    const type = edge.data('type') as RelationType;
    if (spec.hiddenTypes.has(type)) return;
    if (spec.onlyTypes && !spec.onlyTypes.has(type)) return;
    if (spec.origins && !spec.origins.has(edge.data('origin') as string)) return;
    const status = statusIn(edge, spec.window);
    if (status === 'OUTSIDE' || (status === 'UNDATED' && !spec.window?.includeUndated)) return;
    drawnEdges.add(id);
  });
  const withEdge = new Set<string>();
  for (const id of drawnEdges) {
    const edge = cy.getElementById(id);
    withEdge.add(edge.source().id()).add(edge.target().id());
  }
  const drawnNodes = new Set<string>();
  for (const id of candidates) {
    if (spec.pinned.nodes.has(id) || withEdge.has(id) || !relevant.has(id)) drawnNodes.add(id);
  }
  let drawn = cy.collection();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const show = drawnNodes.has(node.id());
      node.toggleClass(HIDDEN, !show);
      if (show) drawn = drawn.union(node);
    });
    cy.edges().forEach((edge) => {
      const show =
        drawnEdges.has(edge.id()) &&
        drawnNodes.has(edge.source().id()) &&
        drawnNodes.has(edge.target().id());
      edge.toggleClass(HIDDEN, !show);
      edge.toggleClass(UNDATED, show && statusIn(edge, spec.window) === 'UNDATED');
      if (show) drawn = drawn.union(edge);
    });
  });
  return drawn;
}

/** How an edge's relationship answers the window (VALID without one). */
function statusIn(edge: EdgeSingular, window: TimeWindow | undefined): ValidityStatus {
  if (!window) return 'VALID';
  const data = edge.data() as EdgeData;
  const v = data.validity;
  return validityStatus(
    {
      start: data.start ?? undefined,
      end: data.end ?? undefined,
      // Without one (an older answer), the domain derives it from the dates.
      validity: v
        ? {
            kind: v.kind,
            reason: '',
            endedBefore: v.endedBefore ?? undefined,
            heldOn: v.heldOn ?? undefined,
          }
        : undefined,
    },
    window,
  );
}

/** The elements not marked hidden: what layouts, the camera and exports work on. */
export function drawnElements(cy: Core): Collection {
  return cy.elements().not(`.${HIDDEN}`);
}

/** Ids of everything in some subgraphs: a scope or a set of pinned elements. */
export function idSets(
  parts: Iterable<{
    actors: readonly { id: string }[];
    relationships: readonly { id: string; source: { id: string }; target: { id: string } }[];
  }>,
  extraNodes: Iterable<string | null | undefined> = [],
): IdSets {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const part of parts) {
    for (const a of part.actors) nodes.add(a.id);
    for (const r of part.relationships) {
      edges.add(r.id);
      nodes.add(r.source.id).add(r.target.id);
    }
  }
  for (const id of extraNodes) if (id) nodes.add(id);
  return { nodes, edges };
}

import type { Collection, Core, ElementDefinition } from 'cytoscape';
import {
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { RelationType } from '../../api/api';
import { isHierarchyType } from '../../graph/hierarchy';
import { TREE } from '../../graph/style';
import { applyAuthorityRings, type Designated } from '../../graph/authorities';
import { centreOn, fitZoom, focusOn, inView } from '../../graph/camera';
import { createGraph } from '../../graph/createGraph';
import { applyDecoration, type NodeDecoration } from '../../graph/decoration';
import { withDefaults, type GraphOptions } from '../../graph/defaults';
import { toElements } from '../../graph/elements';
import { GROUP } from '../../graph/groups';
import { canvasAvailable, isHeadless } from '../../graph/headless';
import { clearHighlight, highlight, type HighlightIds } from '../../graph/highlight';
import { runLayout } from '../../graph/layouts';
import { placeNewNodes } from '../../graph/placement';
import { applyVisibility, drawnElements, type VisibilitySpec } from '../../graph/visibility';
import { graphInput, type GraphData } from '../../state/graphData';
import type { LayoutChoice } from '../../state/view';
import './GraphView.css';

export interface GraphViewProps {
  /** Everything loaded so far; elements are only ever added. */
  data: GraphData;
  /** Which of them to draw. */
  visibility: VisibilitySpec;
  /**
   * Names what the view is about (mode, focus...). When it changes, what is
   * drawn is laid out afresh; otherwise newly drawn actors are placed next
   * to their neighbours and nobody else moves. Null: not ready, nothing is laid out.
   */
  layoutKey: string | null;
  layout: LayoutChoice;
  onChangeLayout: (layout: LayoutChoice) => void;
  /** Put in the middle after a fresh layout (the focus), or null to fit everything. */
  centreId: string | null;
  /** Newly drawn actors are placed around this one first (the latest expansion). */
  anchorId?: string | null;
  /** Told how many actors, relationships and groups are drawn, whenever that changes. */
  onDrawn?: (counts: DrawnCounts) => void;
  /**
   * Nodes and edges drawn besides the actors: the groups (graph/groups), kept
   * up to date (their labels change as they open). Visibility applies to them too.
   */
  extraElements?: readonly ElementDefinition[];
  /** A tap on a group's node, with the group's id. */
  onOpenGroup?: (groupId: string) => void;
  /** The selected actor or relationship id, or null. */
  selectedId: string | null;
  /** Elements to highlight (paths), or null. */
  highlighted: HighlightIds | null;
  /** Designated actors: ringed in their authorities' colours. */
  designated: Designated;
  /** What the active view adds to its nodes (a label line, a size); null or absent: names only. */
  decoration?: NodeDecoration | null;
  onSelectActor: (id: string) => void;
  onSelectRelationship: (id: string) => void;
  /** Double-click (dbltap) on a node: expand or collapse its neighbours. */
  onExpand: (id: string) => void;
  /** Click on the background, or Escape in the graph. */
  onClearSelection: () => void;
  /** "Clear highlight" in the toolbar, shown while something is highlighted. */
  onClearHighlight?: () => void;
  /** Controls shown at the start of the toolbar (focus, time). */
  toolbarStart?: ReactNode;
  /** Shown beside the canvas (the legend); the canvas takes the rest of the width. */
  aside?: ReactNode;
  /** Controls shown at the end of the toolbar (export). Receives the live instance. */
  toolbarEnd?: (getCy: () => Core | null) => ReactNode;
  /** Overrides of `graph/defaults`. */
  options?: Partial<GraphOptions>;
}

/** What is drawn: actor nodes, relationship edges, and group nodes apart. */
export interface DrawnCounts {
  nodes: number;
  edges: number;
  groups: number;
}

const LAYOUT_NAMES = { force: 'fcose', hierarchy: 'hierarchy' } as const;

/**
 * The cytoscape canvas. The instance is exposed as `window.__cy`; the canvas
 * element carries `data-layout="running"` while a layout moves nodes and
 * `"idle"` otherwise.
 */
const NO_ELEMENTS: readonly ElementDefinition[] = [];

export function GraphView(props: GraphViewProps) {
  const { data, visibility, layoutKey, layout, selectedId, highlighted, designated } = props;
  const decoration = props.decoration ?? null;
  const anchorId = props.anchorId ?? null;
  const extraElements = props.extraElements ?? NO_ELEMENTS;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [options] = useState(() => withDefaults(props.options));
  const laidOut = useRef<string | null>(null);
  const drawnIds = useRef<Set<string>>(new Set());
  const pending = useRef<Promise<void> | null>(null);
  const [relayouts, setRelayouts] = useState(0);

  const onEvent = useEffectEvent(
    (kind: 'actor' | 'group' | 'relationship' | 'expand' | 'clear', id = '') => {
      if (kind === 'actor') props.onSelectActor(id);
      else if (kind === 'group') props.onOpenGroup?.(id);
      else if (kind === 'relationship') props.onSelectRelationship(id);
      else if (kind === 'expand') props.onExpand(id);
      else props.onClearSelection();
    },
  );

  useEffect(() => {
    const container = containerRef.current;
    const cy = createGraph(container, options, !canvasAvailable());
    cyRef.current = cy;
    window.__cy = cy;
    if (container) container.dataset.layout = 'idle';
    // A group is no actor: a tap opens it, a double tap does nothing more.
    cy.on('tap', 'node', (event) =>
      event.target.hasClass(GROUP)
        ? onEvent('group', event.target.data('groupId') as string)
        : onEvent('actor', event.target.id()),
    );
    cy.on('tap', 'edge', (event) => {
      if (!event.target.hasClass(GROUP)) onEvent('relationship', event.target.id());
    });
    cy.on('dbltap', 'node', (event) => {
      if (!event.target.hasClass(GROUP)) onEvent('expand', event.target.id());
    });
    cy.on('tap', (event) => {
      if (event.target === cy) onEvent('clear');
    });
    // When the canvas changes size (the toolbar wraps, the window shrinks),
    // what was in the middle stays in the middle.
    let size = { w: cy.width(), h: cy.height() };
    const observer =
      container && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => {
            cy.resize();
            const next = { w: cy.width(), h: cy.height() };
            if (size.w && size.h) cy.panBy({ x: (next.w - size.w) / 2, y: (next.h - size.h) / 2 });
            size = next;
          })
        : null;
    if (container) observer?.observe(container);
    return () => {
      observer?.disconnect();
      if (window.__cy === cy) delete window.__cy;
      cyRef.current = null;
      laidOut.current = null;
      drawnIds.current = new Set();
      cy.destroy();
    };
  }, [options]);

  const reportDrawn = useEffectEvent((drawn: Collection) => {
    const groups = drawn.filter(`.${GROUP}`);
    props.onDrawn?.({
      nodes: drawn.nodes().length - groups.nodes().length,
      edges: drawn.edges().length - groups.edges().length,
      groups: groups.nodes().length,
    });
  });

  /**
   * Where the camera goes once nodes stop moving: after a fresh layout, onto
   * the focus (the layout itself fitted everything); then to the highlight,
   * only when part of it is out of view.
   */
  const settleCamera = useEffectEvent((cy: Core, fresh: boolean) => {
    if (isHeadless(cy)) return;
    const centre = props.centreId ? cy.getElementById(props.centreId) : null;
    const target =
      fresh && centre?.nonempty() ? centreOn(cy, centre, drawnElements(cy), options) : null;
    const marked = cy.elements('.highlighted');
    if (marked.empty() || inView(cy, marked.boundingBox({}), target ?? undefined)) return;
    cy.stop();
    // Everything, if it stays readable that way; else the highlight alone.
    const drawn = drawnElements(cy);
    if (fitZoom(cy, drawn, options.fitPadding, options.focusMaxZoom) >= options.readableZoom)
      focusOn(cy, drawn, options);
    else focusOn(cy, marked, options);
  });

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { nodes, edges } = toElements(graphInput(data), options);
    // Groups after the actors: their links need their anchors.
    const all = [...nodes, ...edges, ...extraElements];
    const missing = all.filter((el) => cy.getElementById(el.data.id!).empty());
    const nodeIds = new Set(missing.filter((el) => el.group === 'nodes').map((el) => el.data.id!));
    const known = (id: string) => nodeIds.has(id) || cy.getElementById(id).nonempty();
    // An edge whose end is not loaded (a group whose anchor is not) would throw in cy.add.
    const fresh = missing.filter(
      (el) => el.group !== 'edges' || (known(el.data.source!) && known(el.data.target!)),
    );
    cy.batch(() => {
      for (const el of extraElements) {
        const existing = cy.getElementById(el.data.id!);
        if (existing.nonempty() && existing.data('label') !== el.data.label)
          existing.data('label', el.data.label);
      }
    });
    // Arrive hidden (visibility decides below), on a circle rather than in a
    // heap at the origin, so that no frame ever draws nodes on top of each other.
    if (fresh.length) {
      const added = cy.add(
        fresh.map((el) => ({ ...el, classes: [el.classes ?? '', 'hidden'].join(' ').trim() })),
      );
      const spread = added.nodes();
      const radius = Math.max(100, spread.length * 12);
      spread.forEach((node, i) => {
        const angle = (2 * Math.PI * i) / spread.length;
        node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
      });
    }
    applyAuthorityRings(cy, designated);
    applyDecoration(cy, decoration, options);
    const drawn = applyVisibility(cy, visibility);
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        edge.toggleClass(
          TREE,
          layout === 'hierarchy' && isHierarchyType(edge.data('type') as RelationType),
        );
      });
    });
    const key = `${layoutKey}\u0000${layout}\u0000${relayouts}`;
    if (layoutKey != null && drawn.nodes().nonempty() && laidOut.current !== key) {
      const first = laidOut.current == null;
      laidOut.current = key;
      const container = containerRef.current;
      if (container) container.dataset.layout = 'running';
      const run = runLayout(
        cy,
        LAYOUT_NAMES[layout],
        first ? { ...options, animate: false } : options,
        drawn,
        // The URL's picture is seeded; Re-layout asks for another one.
        relayouts === 0 ? key : null,
      ).then(() => {
        if (pending.current !== run || cy.destroyed()) return;
        pending.current = null;
        if (container) container.dataset.layout = 'idle';
        settleCamera(cy, true);
      });
      pending.current = run;
    } else {
      const shown = drawn.nodes().filter((n) => !drawnIds.current.has(n.id()));
      if (shown.nonempty() && laidOut.current != null) placeNewNodes(cy, shown, anchorId, options);
    }
    drawnIds.current = new Set(drawn.map((e) => e.id()));
    reportDrawn(drawn);
  }, [
    data,
    extraElements,
    visibility,
    layoutKey,
    layout,
    relayouts,
    designated,
    decoration,
    options,
    anchorId,
  ]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements(':selected').unselect();
    if (!selectedId) return;
    const element = cy.getElementById(selectedId);
    element.select();
    if (
      element.nonempty() &&
      !pending.current &&
      !isHeadless(cy) &&
      !inView(cy, element.boundingBox({}))
    ) {
      cy.animate({ center: { eles: element } }, { duration: options.animationDuration });
    }
  }, [selectedId, data, visibility, options]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (!highlighted) {
      clearHighlight(cy);
      return;
    }
    const marked = highlight(cy, highlighted);
    // A layout under way moves the camera when it stops.
    if (marked.nonempty() && !pending.current) settleCamera(cy, false);
  }, [highlighted, data, visibility]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (!cy) return;
    const step = 60;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    // A camera move still under way (a focus, a fit) would undo the key's
    // pan or zoom when it lands: finish it first, then apply the key.
    if (pans[event.key] || ['+', '=', '-', '0'].includes(event.key)) cy.stop(true, true);
    if (pans[event.key]) cy.panBy({ x: pans[event.key]![0], y: pans[event.key]![1] });
    else if (event.key === '+' || event.key === '=')
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
    else if (event.key === '0') fit(cy);
    else if (event.key === 'Escape') props.onClearSelection();
    else return;
    event.preventDefault();
  }

  function fit(cy: Core) {
    const drawn: Collection = drawnElements(cy);
    cy.fit(drawn.nonempty() ? drawn : undefined, options.fitPadding);
  }

  return (
    <div className="graph-view">
      <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
        {props.toolbarStart}
        <span className="toolbar-group toolbar-end">
          {highlighted && props.onClearHighlight ? (
            <button type="button" onClick={props.onClearHighlight}>
              Clear highlight
            </button>
          ) : null}
          {props.toolbarEnd?.(() => cyRef.current)}
        </span>
      </div>
      <div className="graph-body">
        <div className="canvas-wrap">
          <div
            ref={containerRef}
            className="graph-canvas"
            data-testid="graph-canvas"
            role="region"
            tabIndex={0}
            onKeyDown={onKeyDown}
            aria-label="Network graph. Arrow keys pan, plus and minus zoom, 0 fits, Escape clears the selection. The search box and the side panel explore it by keyboard."
          />
          <div className="canvas-controls" role="group" aria-label="Layout">
            <span className="segmented">
              <button
                type="button"
                aria-pressed={layout === 'force'}
                title="Force-directed layout"
                onClick={() => props.onChangeLayout('force')}
              >
                Force
              </button>
              <button
                type="button"
                aria-pressed={layout === 'hierarchy'}
                data-testid="layout-hierarchy"
                title="Command, control and membership top-down"
                onClick={() => props.onChangeLayout('hierarchy')}
              >
                Top-down
              </button>
            </span>
            <button
              type="button"
              title="Lay out what is drawn afresh"
              data-testid="relayout"
              onClick={() => setRelayouts((n) => n + 1)}
            >
              Re-layout
            </button>
            <button
              type="button"
              title="Fit the drawing to the window (key 0)"
              onClick={() => cyRef.current && fit(cyRef.current)}
            >
              Fit
            </button>
          </div>
        </div>
        {props.aside}
      </div>
    </div>
  );
}

import type { Core } from 'cytoscape';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { createGraph } from '../../graph/createGraph';
import { canvasAvailable, isHeadless } from '../../graph/headless';
import { withDefaults, type GraphOptions, type LayoutName } from '../../graph/defaults';
import { toElements } from '../../graph/elements';
import { focusOn } from '../../graph/camera';
import { clearHighlight, highlight, type HighlightIds } from '../../graph/highlight';
import { runLayout } from '../../graph/layouts';
import { HIDDEN } from '../../graph/style';
import type { RelationType } from '../../api/api';
import { placeNewNodes } from '../../graph/placement';
import { graphInput, type GraphData } from '../../state/graphData';

export interface GraphViewProps {
  /** What to draw; elements are only ever added, never moved or removed by an update. */
  data: GraphData;
  /** The selected actor or relationship id, or null. */
  selectedId: string | null;
  /** Elements to highlight (a path), or null. */
  highlighted: HighlightIds | null;
  onSelectActor: (id: string) => void;
  onSelectRelationship: (id: string) => void;
  /** Double-click (dbltap) on a node: load its neighbours. */
  onExpand: (id: string) => void;
  /** Click on the background. */
  onClearSelection: () => void;
  /** "Clear highlight" in the toolbar, shown while something is highlighted. */
  onClearHighlight?: () => void;
  /** Relationship types not drawn. Default: none. */
  hiddenTypes?: ReadonlySet<RelationType>;
  /** Overrides of `graph/defaults`. */
  options?: Partial<GraphOptions>;
}

/**
 * The cytoscape canvas. The first data is laid out with the default layout;
 * later additions are placed next to their neighbours without moving anyone.
 * The instance is exposed as `window.__cy`.
 */
export function GraphView(props: GraphViewProps) {
  const { data, selectedId, highlighted } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [options] = useState(() => withDefaults(props.options));
  const [layout, setLayout] = useState<LayoutName>(options.layout);

  const onEvent = useEffectEvent((kind: 'actor' | 'relationship' | 'expand' | 'clear', id = '') => {
    if (kind === 'actor') props.onSelectActor(id);
    else if (kind === 'relationship') props.onSelectRelationship(id);
    else if (kind === 'expand') props.onExpand(id);
    else props.onClearSelection();
  });
  const currentLayout = useEffectEvent(() => layout);

  useEffect(() => {
    const container = containerRef.current;
    const cy = createGraph(container, options, !canvasAvailable());
    cyRef.current = cy;
    window.__cy = cy;
    cy.on('tap', 'node', (event) => onEvent('actor', event.target.id()));
    cy.on('tap', 'edge', (event) => onEvent('relationship', event.target.id()));
    cy.on('dbltap', 'node', (event) => onEvent('expand', event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) onEvent('clear');
    });
    const observer =
      container && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => cy.resize())
        : null;
    if (container) observer?.observe(container);
    return () => {
      observer?.disconnect();
      if (window.__cy === cy) delete window.__cy;
      cyRef.current = null;
      cy.destroy();
    };
  }, [options]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { nodes, edges } = toElements(graphInput(data), options);
    const fresh = [...nodes, ...edges].filter((el) => cy.getElementById(el.data.id!).empty());
    if (fresh.length === 0) return;
    const firstTime = cy.nodes().empty();
    const added = cy.add(fresh);
    // Start from a circle, not a heap at the origin, so no frame ever draws overlapping nodes.
    if (firstTime) added.nodes().layout({ name: 'circle', fit: false, animate: false }).run();
    // The first layout is not animated: every node starts at the origin, and
    // an explosion from one point shows nothing (and warns about overlaps).
    if (firstTime) void runLayout(cy, currentLayout(), { ...options, animate: false });
    else placeNewNodes(cy, added.nodes(), data.anchor, options);
  }, [data, options]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements(':selected').unselect();
    if (!selectedId) return;
    const element = cy.getElementById(selectedId);
    element.select();
    if (element.nonempty() && !isHeadless(cy) && !inView(cy, element.boundingBox({}))) {
      cy.animate({ center: { eles: element } }, { duration: options.animationDuration });
    }
  }, [selectedId, data, options]);

  const { hiddenTypes } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        edge.toggleClass(HIDDEN, !!hiddenTypes?.has(edge.data('type') as RelationType));
      });
    });
  }, [hiddenTypes, data]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (!highlighted) {
      clearHighlight(cy);
      return;
    }
    const marked = highlight(cy, highlighted);
    if (marked.nonempty() && !isHeadless(cy)) focusOn(cy, marked, options);
  }, [highlighted, data, options]);

  function relayout(name: LayoutName) {
    setLayout(name);
    if (cyRef.current) void runLayout(cyRef.current, name, options);
  }

  return (
    <div className="graph-view">
      <div className="graph-toolbar" role="toolbar" aria-label="Graph view">
        <button type="button" onClick={() => cyRef.current?.fit(undefined, options.fitPadding)}>
          Fit
        </button>
        <button type="button" aria-pressed={layout === 'fcose'} onClick={() => relayout('fcose')}>
          Force layout
        </button>
        <button
          type="button"
          aria-pressed={layout === 'breadthfirst'}
          onClick={() => relayout('breadthfirst')}
        >
          Hierarchy
        </button>
        {highlighted && props.onClearHighlight ? (
          <button type="button" onClick={props.onClearHighlight}>
            Clear highlight
          </button>
        ) : null}
        <span className="hint">Click: details · Double-click: expand neighbours</span>
      </div>
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph-canvas"
        role="region"
        aria-label="Network graph. Use the search box and the side panel to explore it by keyboard."
      />
    </div>
  );
}

function inView(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }): boolean {
  const view = cy.extent();
  return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}

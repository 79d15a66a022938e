import type { ElementDefinition } from 'cytoscape';
import { isMoneyType } from '@explorer/domain';
import type { ActorKind, Designation, RelationshipFields, RelationType } from '../api/api';
import { formatYears } from '../format/dates';
import { formatMoney } from '../format/money';
import { defaults, type GraphOptions } from './defaults';
import { TYPE_STYLES } from './palette';

/** What the graph needs to know about an actor to draw it. */
export interface GraphActor {
  id: string;
  name: string;
  kind: ActorKind;
  collective?: boolean;
  /** curated or imported, when known. */
  origin?: string;
}

/** Actors and relationships to draw; relationships name their endpoints. */
export interface GraphInput {
  actors: readonly GraphActor[];
  relationships: readonly RelationshipFields[];
  /** The actors' designations (records, never drawn as edges); only subgraphs bring them. */
  designations?: readonly Designation[];
}

/** `data` of a node element. Labels are canvas text, never HTML. */
export interface NodeData {
  id: string;
  /** What is drawn under the node: the name, plus a line of badges in some views. */
  label: string;
  /** The actor's name, exactly as given. */
  name: string;
  kind: ActorKind;
  collective: boolean;
  /** curated or imported; absent when only known as a relationship's end. */
  origin?: string;
}

/** `data` of an edge element; its id is the relationship id. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  width: number;
  /** Period of the relationship (partial ISO dates), for the time filter. */
  start: string | null;
  end: string | null;
  /** What the dates rest on (see the API's Validity): how a year or range treats it. */
  validity: RelationshipFields['validity'] | null;
  /** curated or imported. */
  origin: string;
  /** "$1bn · 2025" on money flows; absent elsewhere. */
  label?: string;
}

/**
 * Cytoscape elements for actors and relationships: one node per actor id,
 * one edge per relationship id. An endpoint missing from `actors` still gets
 * a node (from the relationship's own source or target), so edges never
 * dangle.
 */
export function toElements(
  input: GraphInput,
  options: GraphOptions = defaults,
): { nodes: ElementDefinition[]; edges: ElementDefinition[] } {
  const actors = new Map<string, GraphActor>();
  for (const actor of input.actors) actors.set(actor.id, actor);
  for (const rel of input.relationships) {
    if (!actors.has(rel.source.id)) actors.set(rel.source.id, rel.source);
    if (!actors.has(rel.target.id)) actors.set(rel.target.id, rel.target);
  }
  const nodes = [...actors.values()].map((actor) => ({
    group: 'nodes' as const,
    data: nodeData(actor),
  }));
  const seen = new Set<string>();
  const edges: ElementDefinition[] = [];
  for (const rel of input.relationships) {
    if (seen.has(rel.id)) continue;
    seen.add(rel.id);
    edges.push({ group: 'edges', data: edgeData(rel, options) });
  }
  return { nodes, edges };
}

export function nodeData(actor: GraphActor): NodeData {
  const data: NodeData = {
    id: actor.id,
    label: actor.name,
    name: actor.name,
    kind: actor.kind,
    collective: !!actor.collective,
  };
  if (actor.origin) data.origin = actor.origin;
  return data;
}

export function edgeData(rel: RelationshipFields, options: GraphOptions = defaults): EdgeData {
  const data: EdgeData = {
    id: rel.id,
    source: rel.source.id,
    target: rel.target.id,
    type: rel.type,
    width: edgeWidth(rel, options),
    start: rel.start,
    end: rel.end,
    validity: rel.validity ?? null,
    origin: rel.origin,
  };
  const label = edgeLabel(rel);
  if (label) data.label = label;
  return data;
}

/**
 * Money flows widen with log10 of their dollar amount, between
 * `minMoneyWidth` and `maxMoneyWidth`; other edges keep their type's width.
 */
export function edgeWidth(
  rel: Pick<RelationshipFields, 'type' | 'amount'>,
  options: GraphOptions = defaults,
): number {
  if (!isMoneyType(rel.type)) return TYPE_STYLES[rel.type].width;
  const usd = rel.amount?.usd ?? (rel.amount?.currency === 'USD' ? rel.amount.value : null);
  if (usd == null || usd <= 0) return options.minMoneyWidth;
  const decades = Math.log10(usd / options.moneyWidthFloorUsd);
  const width = options.minMoneyWidth + decades * options.moneyWidthPerDecade;
  return (
    Math.round(Math.min(options.maxMoneyWidth, Math.max(options.minMoneyWidth, width)) * 10) / 10
  );
}

/** "$1bn · 2025" for money flows with an amount; undefined otherwise. */
export function edgeLabel(
  rel: Pick<RelationshipFields, 'type' | 'amount' | 'start' | 'end'>,
): string | undefined {
  if (!isMoneyType(rel.type) || !rel.amount) return undefined;
  return [formatMoney(rel.amount), formatYears(rel.start, rel.end)].filter(Boolean).join(' · ');
}

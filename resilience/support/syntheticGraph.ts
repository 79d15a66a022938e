import type { Actor, ActorKind, Relationship, RelationType } from '@explorer/domain';
import { prng } from '../../server/src/test/prng';

/**
 * A synthetic graph much bigger than the curated one, to stress walks: a hub
 * tied to many actors, random links among everyone, and a chain leading away
 * so that a path from the hub needs every allowed hop. Deterministic (seeded).
 */
export interface SyntheticGraph {
  actors: Actor[];
  relationships: Relationship[];
  /** The best-connected actor. */
  hub: string;
  /** An actor only reachable from the hub in `farHops` hops. */
  far: string;
  farHops: number;
}

const KINDS: readonly ActorKind[] = ['COMPANY', 'PERSON', 'STATE_BODY', 'VESSEL', 'ARMED_GROUP'];
const TYPES: readonly RelationType[] = ['OWNS', 'FUNDS', 'SUPPLIES', 'SUPPORTS', 'CONTROLS'];

export function syntheticGraph(options: {
  actors: number;
  /** Random links per actor (on average). */
  degree: number;
  /** Direct links of the hub. */
  hubDegree: number;
  farHops?: number;
  seed?: number;
}): SyntheticGraph {
  const random = prng(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const id = (i: number) => `syn-${String(i).padStart(6, '0')}`;
  const actors: Actor[] = [];
  for (let i = 0; i < options.actors; i++) {
    actors.push({
      id: id(i),
      name: `Synthetic actor ${i}`,
      aliases: [`SYN ${i}`],
      kind: pick(KINDS),
      origin: 'imported',
    });
  }
  const relationships: Relationship[] = [];
  const link = (source: string, target: string) => {
    const type = pick(TYPES);
    relationships.push({
      id: `syn-rel-${String(relationships.length).padStart(7, '0')}`,
      type,
      source,
      target,
      start: `${2000 + Math.floor(random() * 25)}`,
      evidence: [],
      origin: 'imported',
    });
  };
  const hub = id(0);
  for (let i = 1; i <= options.hubDegree && i < options.actors; i++) link(hub, id(i));
  const randomLinks = Math.round(options.actors * options.degree);
  for (let k = 0; k < randomLinks; k++) {
    const a = 1 + Math.floor(random() * (options.actors - 1));
    let b = 1 + Math.floor(random() * (options.actors - 1));
    if (b === a) b = (b % (options.actors - 1)) + 1;
    link(id(a), id(b));
  }
  // A chain hanging off the hub, of actors nothing else touches.
  const farHops = options.farHops ?? 8;
  let previous = hub;
  for (let h = 1; h <= farHops; h++) {
    const next = `syn-chain-${h}`;
    actors.push({
      id: next,
      name: `Chain actor ${h}`,
      aliases: [],
      kind: 'COMPANY',
      origin: 'imported',
    });
    link(previous, next);
    previous = next;
  }
  return { actors, relationships, hub, far: previous, farHops };
}

/**
 * Layers of `width` actors, each tied to `degree` random actors of the next
 * layer, and a hub tied to all of the first: a walk from the hub meets about
 * the same amount of work at each of its `layers` levels (no one level
 * dominates), and `far` sits in the last layer.
 */
export function layeredGraph(options: {
  width: number;
  layers: number;
  degree: number;
  seed?: number;
}): SyntheticGraph {
  const random = prng(options.seed ?? 7);
  const { width, layers, degree } = options;
  const id = (layer: number, i: number) => `lay-${layer}-${String(i).padStart(6, '0')}`;
  const hub = 'lay-hub';
  const actor = (actorId: string): Actor => ({
    id: actorId,
    name: `Layered actor ${actorId}`,
    aliases: [],
    kind: 'COMPANY',
    origin: 'imported',
  });
  const actors: Actor[] = [actor(hub)];
  for (let layer = 1; layer <= layers; layer++) {
    for (let i = 0; i < width; i++) actors.push(actor(id(layer, i)));
  }
  const relationships: Relationship[] = [];
  const link = (source: string, target: string) =>
    relationships.push({
      id: `lay-rel-${String(relationships.length).padStart(7, '0')}`,
      type: TYPES[relationships.length % TYPES.length]!,
      source,
      target,
      evidence: [],
      origin: 'imported',
    });
  for (let i = 0; i < width; i++) link(hub, id(1, i));
  let far = hub;
  for (let layer = 1; layer < layers; layer++) {
    for (let i = 0; i < width; i++) {
      for (let k = 0; k < degree; k++) {
        const target = id(layer + 1, Math.floor(random() * width));
        link(id(layer, i), target);
        if (layer === layers - 1) far = target;
      }
    }
  }
  return { actors, relationships, hub, far, farHops: layers };
}

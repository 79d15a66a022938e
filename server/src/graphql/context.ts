import DataLoader from 'dataloader';
import type { Actor, Relationship, RelationType } from '@explorer/domain';
import type { Services } from '../services/Services';
import type { Direction } from '../store/GraphStore';

/** Per-request context: services, batching loaders and the request id used in logs and errors. */
export interface RequestContext {
  services: Services;
  requestId: string;
  /** The client's IP (the socket's, or as TRUST_PROXY allows): whose cost budget a query is charged to. */
  clientIp: string;
  loaders: Loaders;
}

export interface Loaders {
  /** Actors by id, batched per tick so a list of relationships costs one store call. */
  actor: DataLoader<string, Actor | null>;
  /**
   * An actor this request has loaded already, without a promise: resolving a
   * relationship's endpoint from it keeps graphql-js on its synchronous path
   * (a list of thousands of relationships to a few actors resolves in a
   * fraction of the time).
   */
  loadedActor(id: string): Actor | null | undefined;
  degree: DataLoader<string, number>;
  /**
   * An actor's relationships, once per request for each actor and arguments:
   * a list nested under many copies of one actor (a hub's own relationships
   * reached back through each of them) reads and sorts them once, so a
   * request's work stays within its price.
   */
  relationships(
    id: string,
    types: readonly RelationType[] | null | undefined,
    direction: Direction | null | undefined,
    first: number | null | undefined,
  ): Promise<Relationship[]>;
}

/**
 * Tells the actor loader about actors a result already carries (a
 * Subgraph's, a Path's, an Exposure's paths'), so that resolving the ends of
 * its relationships costs no further store call. Ids already loaded keep
 * their value.
 */
export function primeActors<T>(
  loaders: Loaders,
  result: T,
  actorsOf: (result: T) => Iterable<Actor>,
): T {
  for (const actor of actorsOf(result)) loaders.actor.prime(actor.id, actor);
  return result;
}

export function createLoaders(services: Services): Loaders {
  const loaded = new Map<string, Actor | null>();
  return {
    actor: new DataLoader(async (ids) => {
      const found = new Map((await services.actors.getMany(ids)).map((a) => [a.id, a]));
      return ids.map((id) => {
        const actor = found.get(id) ?? null;
        loaded.set(id, actor);
        return actor;
      });
    }),
    loadedActor: (id) => loaded.get(id),
    degree: new DataLoader(async (ids) => {
      const degrees = await services.actors.degrees(ids);
      return ids.map((id) => degrees.get(id) ?? 0);
    }),
    relationships: memoized((id, types, direction, first) =>
      services.actors.relationships(id, types, direction, first),
    ),
  };
}

/** A function of plain arguments, each distinct call made once (per request: the loaders live that long). */
function memoized<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const calls = new Map<string, Promise<R>>();
  return (...args) => {
    const key = JSON.stringify(args);
    let call = calls.get(key);
    if (!call) {
      call = fn(...args);
      calls.set(key, call);
    }
    return call;
  };
}

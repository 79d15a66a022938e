import DataLoader from 'dataloader';
import type { Actor } from '@explorer/domain';
import type { Services } from '../services/Services';

/** Per-request context: services, batching loaders and the request id used in logs and errors. */
export interface RequestContext {
  services: Services;
  requestId: string;
  loaders: Loaders;
}

export interface Loaders {
  /** Actors by id, batched per tick so a list of relationships costs one store call. */
  actor: DataLoader<string, Actor | null>;
  degree: DataLoader<string, number>;
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
  return {
    actor: new DataLoader(async (ids) => {
      const found = new Map((await services.actors.getMany(ids)).map((a) => [a.id, a]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    degree: new DataLoader(async (ids) => {
      const degrees = await services.actors.degrees(ids);
      return ids.map((id) => degrees.get(id) ?? 0);
    }),
  };
}

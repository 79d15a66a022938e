import {
  API_DEFAULTS,
  SEARCH_QUERY_MAX_LENGTH,
  type Actor,
  type ActorKind,
  type Origin,
  type Relationship,
  type RelationType,
} from '@explorer/domain';
import { InvalidArgumentError } from '../errors/DomainError';
import type { Direction, GraphStore, StoreStats } from '../store/GraphStore';
import { bounded, optionalList } from './limits';

/** GraphQL's CURATED/IMPORTED as the model's origin. */
export function originOf(origin: 'CURATED' | 'IMPORTED' | null | undefined): Origin | undefined {
  return origin ? (origin.toLowerCase() as Origin) : undefined;
}

/** Finding actors and reading one actor's links. */
export class ActorService {
  constructor(private readonly store: GraphStore) {}

  async search(
    query: string,
    kinds: readonly ActorKind[] | null | undefined,
    first: number | null | undefined,
    origin?: 'CURATED' | 'IMPORTED' | null,
  ): Promise<Actor[]> {
    if (query.length > SEARCH_QUERY_MAX_LENGTH) {
      throw new InvalidArgumentError(
        'query',
        `must be at most ${SEARCH_QUERY_MAX_LENGTH} characters`,
      );
    }
    const limit = bounded('Query.searchActors.first', first);
    if (query.trim() === '') return [];
    return this.store.searchActors({
      text: query,
      kinds: optionalList(kinds),
      first: limit,
      origin: originOf(origin),
    });
  }

  async get(id: string): Promise<Actor | null> {
    const [actor] = await this.store.getActors([id]);
    return actor ?? null;
  }

  async getMany(ids: readonly string[]): Promise<Actor[]> {
    return this.store.getActors(ids);
  }

  async relationships(
    id: string,
    types: readonly RelationType[] | null | undefined,
    direction: Direction | null | undefined,
    first: number | null | undefined,
  ): Promise<Relationship[]> {
    return this.store.relationshipsOf(id, {
      types: optionalList(types),
      direction: direction ?? API_DEFAULTS.Actor.relationships.direction,
      first: bounded('Actor.relationships.first', first),
    });
  }

  async degrees(ids: readonly string[]): Promise<Map<string, number>> {
    return this.store.degrees(ids);
  }

  async stats(): Promise<StoreStats> {
    return this.store.stats();
  }
}

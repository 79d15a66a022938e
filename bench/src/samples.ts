import type { Actor, Relationship, RelationType } from '@explorer/domain';
import { Rng } from './prng';

/**
 * The subjects of the store queries, drawn with a seeded generator from the
 * data set itself, so both stores (and their baselines) answer exactly the
 * same questions. Uniform over actors (what a user lands on), except money
 * flows and control chains, which start from an endpoint of a random
 * relationship of their types (so well-connected actors come up as often as
 * they are linked).
 */
export interface Samples {
  search: string[];
  actors: string[];
  pairs: [string, string][];
  money: string[];
  chain: string[];
}

const MONEY: ReadonlySet<RelationType> = new Set(['FUNDS', 'INVESTS_IN', 'OWES']);
const CHAIN: ReadonlySet<RelationType> = new Set([
  'PART_OF',
  'CONTROLS',
  'COMMANDS',
  'HOLDS_OFFICE',
]);

export function drawSamples(
  actors: readonly Actor[],
  rels: readonly Relationship[],
  n: number,
  seed: number,
): Samples {
  const rng = new Rng(seed ^ 0x5eed);
  const anyActor = (): string => rng.pick(actors).id;
  const endpointOf = (
    types: ReadonlySet<RelationType>,
    useSource: (r: Relationship) => boolean,
  ): string => {
    for (let tries = 0; tries < 1000; tries++) {
      const r = rng.pick(rels);
      if (types.has(r.type)) return useSource(r) ? r.source : r.target;
    }
    return anyActor();
  };
  const search: string[] = [];
  for (let i = 0; i < n; i++) {
    // "First word + start of the second", as someone types a name.
    const words = rng.pick(actors).name.split(' ');
    search.push(words.length > 1 ? `${words[0]} ${words[1]!.slice(0, 3)}` : words[0]!.slice(0, 4));
  }
  return {
    search,
    actors: Array.from({ length: n }, anyActor),
    pairs: Array.from({ length: n }, () => [anyActor(), anyActor()] as [string, string]),
    money: Array.from({ length: n }, () => endpointOf(MONEY, () => rng.chance(0.5))),
    // The lower end of a chain link: where "who sits above?" is asked.
    chain: Array.from({ length: n }, () => endpointOf(CHAIN, (r) => r.type === 'PART_OF')),
  };
}

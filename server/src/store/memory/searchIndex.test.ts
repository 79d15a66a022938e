import { readSeed } from '@explorer/graph-seed';
import { ACTOR_KINDS, type Actor } from '@explorer/domain';
import { compareMatches, normalizeName } from '@explorer/domain';
import { scoreActor } from '../../search/actorKeys';
import type { SearchQuery } from '../GraphStore';
import { SearchIndex } from './searchIndex';
import { prng } from '../../test/prng';

/** What search answered before the index: scoreActor over every actor. */
function bruteForce(
  actors: readonly Actor[],
  { text, kinds, origin, first }: SearchQuery,
): Actor[] {
  return actors
    .filter((a) => (!kinds?.length || kinds.includes(a.kind)) && (!origin || a.origin === origin))
    .map((actor) => ({ actor, score: scoreActor(actor, text) }))
    .filter((m) => m.score > 0)
    .sort(compareMatches)
    .slice(0, first)
    .map((m) => m.actor);
}

describe('search index', () => {
  const seed = readSeed();
  // The curated actors, plus imported look-alikes so that origin filters and ties matter.
  const actors: Actor[] = [
    ...seed.actors,
    ...seed.actors.slice(0, 40).map((a, i) => ({
      ...a,
      id: `${a.id}-imported-${i}`,
      aliases: i % 3 === 0 ? [] : [...a.aliases, `Alias ${a.name.toUpperCase()}`],
      origin: 'imported' as const,
    })),
  ];
  const index = new SearchIndex();
  for (const a of actors) index.set(a);

  const next = prng(8);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const words = actors.flatMap((a) => [a.name, ...a.aliases]).flatMap((k) => k.split(/\s+/));
  /** A query: words or prefixes of names and aliases, raw or with vowels changed, or noise. */
  const query = (): string => {
    const count = 1 + Math.floor(next() * 3);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      let w = pick(words);
      const r = next();
      if (r < 0.3) w = w.slice(0, 1 + Math.floor(next() * w.length));
      else if (r < 0.5) w = w.replace(/[aeiou]/gi, () => pick(['a', 'e', 'i', 'o', 'u', '']));
      else if (r < 0.6) w = w.toUpperCase();
      else if (r < 0.65) w = pick(['x', 'zz', '—', "'", 'al-', 'ó', '123', ' ']);
      parts.push(w);
    }
    return parts.join(pick([' ', '  ', '-', ', ']));
  };

  it('answers exactly what scoring every actor answers', () => {
    const all = new Set<string>();
    let nonEmpty = 0;
    for (let i = 0; i < 2000; i++) {
      const q: SearchQuery = {
        text: i < actors.length ? actors[i]!.name : query(),
        first: 1 + Math.floor(next() * 30),
        ...(next() < 0.2 ? { kinds: ACTOR_KINDS.filter(() => next() < 0.4) } : {}),
        ...(next() < 0.2 ? { origin: pick(['curated', 'imported'] as const) } : {}),
      };
      const want = bruteForce(actors, q).map((a) => a.id);
      expect({ q, got: index.search(q).map((a) => a.id) }).toEqual({ q, got: want });
      if (want.length > 0) nonEmpty++;
      for (const id of want) all.add(id);
    }
    expect(nonEmpty).toBeGreaterThan(600);
    expect(all.size).toBeGreaterThan(actors.length / 2);
  });

  it('follows renames, new aliases and deletions', () => {
    const local = new SearchIndex();
    const a: Actor = {
      id: 'x',
      name: 'Zarif Holding',
      aliases: [],
      kind: 'COMPANY',
      origin: 'curated',
    };
    local.set(a);
    expect(local.search({ text: 'zarif', first: 5 }).map((m) => m.id)).toEqual(['x']);
    local.set({ ...a, name: 'Mehr Trading', aliases: ['Zareef'] });
    expect(local.search({ text: 'zarif', first: 5 }).map((m) => m.id)).toEqual(['x']);
    expect(local.search({ text: 'holding', first: 5 })).toEqual([]);
    expect(local.search({ text: 'mehr', first: 5 })[0]!.name).toBe('Mehr Trading');
    local.set({ ...a, name: 'Mehr Trading', aliases: ['Zareef'], summary: 'new' });
    expect(local.search({ text: 'mehr', first: 5 })[0]!.summary).toBe('new');
    local.delete('x');
    expect(local.search({ text: 'mehr', first: 5 })).toEqual([]);
    expect(normalizeName('')).toBe('');
    expect(local.search({ text: '  ', first: 5 })).toEqual([]);
  });
});

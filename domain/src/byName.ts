/**
 * `{ A: 'A', B: 'B' }` from `['A', 'B']`: an enum-like object over a list of
 * names, so code can write `ActorKind.PERSON` (checked, found by "go to
 * definition") while the list itself is written once.
 */
export function byName<T extends string>(names: readonly T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as {
    readonly [K in T]: K;
  };
}

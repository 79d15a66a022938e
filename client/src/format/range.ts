/** Every integer of a bound, min to max: the choices a control offers for an API argument. */
export function range(bound: { min: number; max: number }): number[] {
  return Array.from({ length: bound.max - bound.min + 1 }, (_, i) => bound.min + i);
}

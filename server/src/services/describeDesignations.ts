import type { Designation } from '@explorer/domain';

/** "by US Treasury (SDGT, IRGC) since 2007-10-25; by …" */
export function describe(
  designations: readonly Designation[],
  authorities: ReadonlyMap<string, string>,
): string {
  return designations
    .map((d) => {
      const by = authorities.get(d.authority) ?? d.authority;
      const programs = d.programs.length ? ` (${d.programs.join(', ')})` : '';
      return `by ${by}${programs}${d.listedOn ? ` since ${d.listedOn}` : ''}`;
    })
    .join('; ');
}
